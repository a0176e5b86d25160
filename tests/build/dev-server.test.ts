import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePath } from "../helpers/build-fixture.ts";

// The content root sits inside the project (gitignored test-work/): Eleventy's watcher follows only folders there.
const project = process.cwd();
let root: string;
let output: string;
let server: ChildProcess;
let log = "";

async function waitFor(what: string, predicate: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > 30_000) throw new Error(`dev server: timed out waiting for ${what}\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Saves a file and waits for the result; saves again every few seconds in case the watcher was not yet ready. */
async function saveUntil(file: string, text: string, what: string, predicate: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    await writeFile(file, text);
    const saved = Date.now();
    while (Date.now() - saved < 3000) {
      if (await predicate()) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  throw new Error(`dev server: timed out waiting for ${what}\n${log.slice(-3000)}`);
}

const page = (url: string): string => path.join(output, ...url.split("/").filter(Boolean), "index.html");
const read = (url: string): Promise<string> => readFile(page(url), "utf8").catch(() => "");
const source = (file: string): string => path.join(root, "content", "toolkit", "2.0", file);

beforeAll(async () => {
  await mkdir(path.join(project, "test-work"), { recursive: true });
  root = await mkdtemp(path.join(project, "test-work", "dev-"));
  await cp(fixturePath("two-releases"), root, { recursive: true });
  output = path.join(root, "_site-dev");
  const port = 21_000 + Math.floor(Math.random() * 2000);
  server = spawn(process.execPath, [path.join(project, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--serve", `--port=${port}`, `--output=${output}`], {
    cwd: project,
    env: { ...process.env, BOUWDEPOT_ROOT: root },
  });
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await waitFor("the first build", async () => log.includes("Watching"));
});

afterAll(async () => {
  server.kill("SIGTERM");
  await rm(root, { recursive: true, force: true });
});

describe("npm start (the dev server) after a save", () => {
  const edited = "/toolkit/2.0/methodieken/methode-b/";
  const other = "/toolkit/2.0/aanpak/gedeeld/";
  let original: string;

  it("renders the edited page again, and leaves pages that did not change alone", async () => {
    original = await readFile(source("methodieken/methode-b.md"), "utf8");
    const untouched = (await stat(page(other))).mtimeMs;
    await saveUntil(source("methodieken/methode-b.md"), `${original}\nEen alinea met DEV-MARKER.\n`, "the edited page", async () => (await read(edited)).includes("DEV-MARKER"));
    expect((await stat(page(other))).mtimeMs).toBe(untouched);
  });

  it("renders the page again when the edit is undone", async () => {
    await saveUntil(source("methodieken/methode-b.md"), original, "the page without the edit", async () => !(await read(edited)).includes("DEV-MARKER"));
  });

  it("lists a content error on every page, keeps the last good text, and clears the list once fixed", async () => {
    const file = source("aanpak/gedeeld.md");
    const good = await readFile(file, "utf8");
    await saveUntil(file, good.replace(/^title: .*$/m, "title:"), "the error list", async () => (await read(edited)).includes('id="inhoudsfouten"'));
    expect(await read(other)).toContain("content/toolkit/2.0/aanpak/gedeeld.md");
    await saveUntil(file, good, "the error list to go", async () => !(await read(edited)).includes('id="inhoudsfouten"'));
  });

  it("writes the search index once saves have paused", async () => {
    await waitFor("the search index", async () => (await readFile(path.join(output, "zoeken", "index", "2.0", "pagefind-entry.json"), "utf8").catch(() => "")).includes('"nl"'));
  });
});
