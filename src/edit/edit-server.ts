import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { stringify } from "yaml";
import { buildAssets } from "../assets/build-assets.ts";
import { loadSiteContent } from "../content/load-site-content.ts";
import { cmsConfig, type CmsCollection } from "./cms-config.ts";
import { localBackend } from "./local-backend.ts";

/** Where the editing room listens and what it edits. */
export interface EditServerOptions {
  /** The repository: content/ lies in it, and saves are commits in it. */
  root: string;
  /** The port on 127.0.0.1; 8081, where Decap looks for a local backend. */
  port: number;
  /** Where the dev server shows the site, for links in the preview. */
  siteUrl: string;
}

/**
 * The editing room's own policy: Decap's bundle needs `'unsafe-eval'` and inline styles. It applies to /beheer/ on
 * this server only; the reader pages keep their own, stricter policy.
 */
const EDIT_ROOM_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: about:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Decap's login screen shows "Ga terug naar site" in grey on grey (3.4:1); this raises it to the 4.5:1 WCAG AA asks. */
const EDIT_ROOM_CSS = `[class*="-ButtonText"] { color: #4a5260 !important; }\n`;

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * Starts the editing room on 127.0.0.1: Decap CMS at /beheer/ with a configuration generated from the content schemas,
 * the site's stylesheet for its preview, and the local backend at /api/v1. It answers only requests addressed to
 * localhost, and saves only when they come from its own page, so that no other site can write through it.
 */
export async function startEditServer(options: EditServerOptions): Promise<Server> {
  const root = path.resolve(options.root);
  const decapDir = path.dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));
  const [assets, script] = await Promise.all([buildAssets(), bundlePreview()]);
  const loaded = await loadSiteContent(root);
  if (!loaded.ok) throw new Error("De inhoud heeft fouten; herstel ze eerst (npm run check).");
  const releases = loaded.content.releases.map((release) => ({ version: release.version, status: release.status }));
  const collections = (cmsConfig({ releases }, { kind: "local", url: "" }).collections ?? []) as CmsCollection[];
  const backend = localBackend(root, collections);
  const server = createServer((request, response) => {
    void respond(request, response).catch((error: unknown) => send(response, 500, "text/plain; charset=utf-8", String(error)));
  });

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? "";
    if (!/^(localhost|127\.0\.0\.1):\d+$/.test(host)) return send(response, 421, "text/plain; charset=utf-8", "Alleen via localhost.");
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
    if (url.pathname === "/beheer/") return send(response, 200, "text/html; charset=utf-8", page(collections));
    if (url.pathname === "/beheer/config.yml") {
      const config = cmsConfig({ releases }, { kind: "local", url: `${origin}/api/v1` });
      return send(response, 200, "text/yaml; charset=utf-8", stringify({ ...config, site_url: options.siteUrl }));
    }
    if (url.pathname === "/beheer/beheer.js") return send(response, 200, "text/javascript; charset=utf-8", script);
    if (url.pathname === "/beheer/beheer.css") return send(response, 200, "text/css; charset=utf-8", EDIT_ROOM_CSS);
    if (url.pathname === "/beheer/site.css") return send(response, 200, "text/css; charset=utf-8", assets.css.contents);
    if (url.pathname === "/beheer/adressen.json") return send(response, 200, "application/json", JSON.stringify(await addresses(root, options.siteUrl)));
    const decapFile = /^\/beheer\/decap\/([\w.-]+\.js)$/.exec(url.pathname)?.[1];
    if (decapFile) {
      const bytes = await readFile(path.join(decapDir, decapFile)).catch(() => undefined);
      if (bytes) return send(response, 200, "text/javascript; charset=utf-8", bytes);
    }
    return send(response, 404, "text/plain; charset=utf-8", "Niet gevonden.");
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return server;
}

/** The editing room's page: Decap's bundle, then our script; the collections that get the site's preview. */
function page(collections: readonly CmsCollection[]): string {
  const names = collections.filter((collection) => collection.name !== "").map((collection) => collection.name);
  return `<!doctype html>
<html lang="nl" data-collections="${names.join(" ")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Beheer · Het Bouwdepot toolkit</title>
<link rel="stylesheet" href="/beheer/beheer.css">
</head>
<body>
<noscript>De beheeromgeving werkt alleen met JavaScript aan.</noscript>
<script src="/beheer/decap/decap-cms.js"></script>
<script src="/beheer/beheer.js"></script>
</body>
</html>
`;
}

/** Where each page id and glossary term of each release is on the dev server, for links in the preview. */
async function addresses(
  root: string,
  site: string,
): Promise<{ pages: Record<string, Record<string, string>>; terms: Record<string, Record<string, string>>; site: string }> {
  const loaded = await loadSiteContent(root);
  const pages: Record<string, Record<string, string>> = {};
  const terms: Record<string, Record<string, string>> = {};
  if (loaded.ok) {
    for (const entry of loaded.content.pages) (pages[entry.version] ??= {})[entry.data.id] = entry.url;
    for (const release of loaded.content.releases)
      for (const term of release.glossary) (terms[release.version] ??= {})[term.id] = `/toolkit/${release.version}/begrippen/#${term.id}`;
  }
  return { pages, terms, site };
}

async function bundlePreview(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [path.join(SCRIPT_DIR, "..", "assets", "ts", "cms-preview.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    write: false,
    logLevel: "silent",
    target: ["chrome100", "firefox100", "safari15"],
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
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
    "Content-Security-Policy": EDIT_ROOM_CSP,
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
