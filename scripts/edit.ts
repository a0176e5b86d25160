// npm run edit: the site with live reload on :8080 and the editing room on :8081, in one command and without internet.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startEditServer } from "../src/edit/edit-server.ts";

const root = process.env.BOUWDEPOT_ROOT ?? process.cwd();
const sitePort = Number(process.env.SITE_PORT ?? 8080);
const editPort = Number(process.env.EDIT_PORT ?? 8081);
const project = fileURLToPath(new URL("..", import.meta.url));

const server = await startEditServer({ root, port: editPort, siteUrl: `http://localhost:${sitePort}` }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
const site = process.argv.includes("--zonder-site")
  ? undefined
  : spawn(process.execPath, ["--watch-path=src", "--watch-preserve-output", "node_modules/@11ty/eleventy/cmd.cjs", "--serve", `--port=${sitePort}`], {
      cwd: project,
      env: { ...process.env, BOUWDEPOT_ROOT: root },
      stdio: ["ignore", "inherit", "inherit"],
    });

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
