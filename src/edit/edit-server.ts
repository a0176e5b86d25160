import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { loadSiteContent } from "../content/load-site-content.ts";
import { editRoomCsp, editRoomFiles, localCollections, previewAddresses } from "./edit-room.ts";
import { localBackend } from "./local-backend.ts";

/** Where the editing room listens and what it edits. */
export interface EditServerOptions {
  /** The repository: content/ lies in it, and saves are commits in it. */
  root: string;
  /** The port on 127.0.0.1 (8081, where Decap looks for a local backend); 0 for any free port. */
  port: number;
  /** Where the dev server shows the site, for links in the preview. */
  siteUrl: string;
}

/**
 * Starts the editing room on 127.0.0.1: Decap CMS at /beheer/ with a configuration generated from the content
 * schemas, and the local backend at /api/v1. It answers only requests addressed to localhost, and saves only what
 * comes from its own page, so that no other site can write through it.
 */
export async function startEditServer(options: EditServerOptions): Promise<Server> {
  const root = path.resolve(options.root);
  const loaded = await loadSiteContent(root);
  if (!loaded.ok) throw new Error("De inhoud heeft fouten; herstel ze eerst (npm run check).");
  const started = loaded.content;
  const backend = localBackend(root, localCollections(started));
  let files: Awaited<ReturnType<typeof editRoomFiles>> | undefined;
  const server = createServer((request, response) => {
    void respond(request, response).catch((error: unknown) => send(response, 500, "text/plain; charset=utf-8", String(error)));
  });

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? "";
    const port = /^(?:localhost|127\.0\.0\.1):(\d+)$/.exec(host)?.[1];
    if (!port) return send(response, 421, "text/plain; charset=utf-8", "Alleen via localhost.");
    // One origin, so that the page and its backend are the same site: 127.0.0.1 goes to localhost.
    if (host.startsWith("127.")) return redirect(response, `http://localhost:${port}${request.url ?? "/"}`);
    const origin = `http://${host}`;
    const url = new URL(request.url ?? "/", origin);
    if (url.pathname === "/api/v1" && request.method === "POST") {
      if (request.headers.origin !== origin)
        return send(response, 403, "application/json", JSON.stringify({ error: "Alleen de beheeromgeving zelf mag opslaan." }));
      const answer = await backend(JSON.parse(await body(request)) as unknown);
      return send(response, answer.status, "application/json", JSON.stringify(answer.json));
    }
    if (request.method !== "GET") return send(response, 405, "text/plain; charset=utf-8", "Niet toegestaan.");
    if (url.pathname === "/" || url.pathname === "/beheer") return redirect(response, "/beheer/");
    if (url.pathname === "/beheer/adressen.json") {
      const now = await loadSiteContent(root);
      const content = now.ok ? now.content : started;
      return send(response, 200, "application/json", JSON.stringify(previewAddresses(content, options.siteUrl)));
    }
    files ??= await editRoomFiles(started, { kind: "local", url: `${origin}/api/v1` }, options.siteUrl);
    const file = files.get(url.pathname);
    return file ? send(response, 200, file.type, file.bytes) : send(response, 404, "text/plain; charset=utf-8", "Niet gevonden.");
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return server;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, type: string, content: string | Uint8Array): void {
  response.writeHead(status, {
    "Content-Type": type,
    "Content-Security-Policy": editRoomCsp(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
  });
  response.end(content);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { Location: location });
  response.end();
}
