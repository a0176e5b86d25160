// npm run edit: the site with live reload on :8080 and the editing room on :8081, in one command and without internet.
// npm run edit -- --hosted=github --repo=owner/name [--branch=main] [--api-root=<url>] --out=<dir>: the editing room
// for an admin host, with its header rules (--api-root is the forge's API, e.g. https://gitea.example.nl/api/v1).
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSiteContent } from "../src/content/load-site-content.ts";
import { siteUrl } from "../src/views/site-data.ts";
import { adminHostFiles, FORGE_API_ROOTS } from "../src/edit/admin-host.ts";
import { editRoomFiles } from "../src/edit/edit-room.ts";
import { startEditServer } from "../src/edit/edit-server.ts";

const root = process.env.BOUWDEPOT_ROOT ?? process.cwd();
const option = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const hosted = option("hosted");
if (hosted) {
  await writeHostedRoom(hosted);
  process.exit(0);
}
const sitePort = Number(process.env.SITE_PORT ?? 8080);
const editPort = Number(process.env.EDIT_PORT ?? 8081);
const project = fileURLToPath(new URL("..", import.meta.url));
// --output=<dir> goes to the dev server (instead of _site-dev/), as tests run it next to other servers.
const passOn = process.argv.filter((arg) => arg.startsWith("--output="));

const server = await startEditServer({ root, port: editPort, siteUrl: `http://localhost:${sitePort}` }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
const site = process.argv.includes("--zonder-site")
  ? undefined
  : spawn(
      process.execPath,
      ["--watch-path=src", "--watch-preserve-output", "node_modules/@11ty/eleventy/cmd.cjs", "--serve", `--port=${sitePort}`, ...passOn],
      {
        cwd: project,
        env: { ...process.env, BOUWDEPOT_ROOT: root },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );

console.log(`\nBeheeromgeving: http://localhost:${editPort}/beheer/  (elke opslag is een commit in ${root})`);
if (site) console.log(`De site zelf:    http://localhost:${sitePort}/\nStoppen: Ctrl+C\n`);

const stop = (): void => {
  site?.kill();
  server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
site?.on("exit", (code) => {
  console.error(`De ontwikkelserver is gestopt (code ${code ?? "?"}).`);
  server.close();
  process.exit(code ?? 1);
});

/** Writes the editing room for a hosted git forge (each change a pull request) and its header rules into --out. */
async function writeHostedRoom(name: string): Promise<void> {
  const [repo, out] = [option("repo"), option("out")];
  if (name !== "github" && name !== "gitlab" && name !== "gitea") throw new Error(`--hosted kent github, gitlab en gitea, niet "${name}".`);
  const apiRoot = option("api-root") ?? FORGE_API_ROOTS[name];
  if (!repo || !out || !apiRoot) throw new Error("Geef --repo=eigenaar/naam en --out=<map> mee (en bij gitea --api-root=https://…/api/v1).");
  const loaded = await loadSiteContent(root);
  if (!loaded.ok) throw new Error("De inhoud heeft fouten; herstel ze eerst (npm run check).");
  const files = await editRoomFiles(loaded.content, { kind: "hosted", name, repo, branch: option("branch") ?? "main", apiRoot }, siteUrl(loaded.content.site));
  for (const [address, file] of files) {
    const target = path.join(out, address.endsWith("/") ? `${address}index.html` : address);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
  const rules = adminHostFiles(apiRoot);
  for (const [file, text] of rules) await writeFile(path.join(out, file), text);
  console.log(`Beheeromgeving voor ${name} (${repo}) geschreven naar ${out}/beheer/, met ${[...rules.keys()].join(" en ")}.`);
}
