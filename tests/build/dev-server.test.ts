import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { urlToFile } from "../../src/content/urls.ts";
import { devSession } from "../../src/dev/dev-session.ts";
import { GENERATION_FILE, type Generation } from "../../src/dev/generation-file.ts";
import { fixturePath } from "../helpers/build-fixture.ts";
import { runScript } from "../helpers/run-script.ts";
import { siteSnapshot } from "../helpers/site-snapshot.ts";

// A copy of the project's code (so a test can edit a template) and of a fixture site, inside the project so that
// Eleventy's watcher follows them and the copy finds node_modules. The dev server runs from the copy.
const project = process.cwd();
const eleventyCli = path.join(project, "node_modules", "@11ty", "eleventy", "cmd.cjs");
let work: string;
let code: string;
let root: string;
let output: string;
let server: ChildProcess;
let log = "";

const env = (): NodeJS.ProcessEnv => ({ ...process.env, BOUWDEPOT_ROOT: root, BOUWDEPOT_SEARCH_QUIET_MS: "100" });

async function generation(dir = output): Promise<Generation> {
  return JSON.parse(await readFile(path.join(dir, GENERATION_FILE), "utf8").catch(() => '{"generation":0,"settled":false}')) as Generation;
}

/** Waits until the dev server has finished a build started after `after`, and nothing runs in the background. */
async function settledAfter(after: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const now = await generation();
    if (now.generation > after && now.settled) return;
    if (Date.now() - started > 60_000) throw new Error(`dev server: not settled after generation ${after}\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A fresh dev build (no server, no earlier state) of the same code and content. */
async function freshDevBuild(): Promise<Map<string, string>> {
  const dir = path.join(work, "fresh");
  await rm(dir, { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [eleventyCli, `--output=${dir}`, "--quiet"], { cwd: code, env: env() });
    let text = "";
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("close", (status) => (status === 0 ? resolve() : reject(new Error(`fresh dev build failed:\n${text}`))));
  });
  return siteSnapshot(dir, (file) => file === GENERATION_FILE);
}

/** Makes a change, waits for the server, and compares its output and search index with a fresh dev build. */
async function expectFresh(change: () => Promise<void>): Promise<Map<string, string>> {
  const before = (await generation()).generation;
  await change();
  await settledAfter(before);
  const served = await siteSnapshot(output, (file) => file === GENERATION_FILE);
  expectSame(served, await freshDevBuild());
  return served;
}

/** Compares two snapshots, naming the files that differ first. */
function expectSame(served: Map<string, string>, fresh: Map<string, string>): void {
  const differing = [...new Set([...served.keys(), ...fresh.keys()])].filter((file) => served.get(file) !== fresh.get(file));
  expect(differing).toEqual([]);
}

const text = (snapshot: Map<string, string>, file: string): string => Buffer.from(snapshot.get(file) ?? "", "base64").toString();
// Editors edit a concept release (a published one is locked): 4.0, started from the current release 2.0 in beforeAll.
const source = (file: string): string => path.join(root, "content", "toolkit", "4.0", file);

beforeAll(async () => {
  await mkdir(path.join(project, "test-work"), { recursive: true });
  work = await mkdtemp(path.join(project, "test-work", "dev-"));
  code = path.join(work, "code");
  // Inside the code's folder: Eleventy's watcher follows only folders within its working directory.
  root = path.join(code, "fixture");
  output = path.join(work, "served");
  for (const entry of ["src", ".eleventy.js", "package.json"]) await cp(path.join(project, entry), path.join(code, entry), { recursive: true });
  await cp(fixturePath("two-releases"), root, { recursive: true });
  expect(runScript("release", root, ["4.0"]).status).toBe(0);
  // A concept needs the trainer's notes for every block; the module of 2.0 predates them, the concept 3.0's has them.
  await cp(path.join(root, "content", "toolkit", "3.0", "training", "module-a.md"), source("training/module-a.md"));
  const port = 21_000 + Math.floor(Math.random() * 2000);
  server = spawn(process.execPath, [eleventyCli, "--serve", `--port=${port}`, `--output=${output}`], { cwd: code, env: env() });
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await settledAfter(0);
}, 120_000);

afterAll(async () => {
  server.kill("SIGTERM");
  await rm(work, { recursive: true, force: true });
});

describe("npm start (the dev server) never shows a stale page", () => {
  it("starts with exactly what a fresh dev build makes, search index included", async () => {
    const served = await siteSnapshot(output, (file) => file === GENERATION_FILE);
    expectSame(served, await freshDevBuild());
    expect(served.get("zoeken/index/2.0/ (fragments)")).toBeDefined();
    // What Eleventy itself took for the pages, the floor npm run bench sets a save beside.
    expect((await generation()).renderMs).toEqual(expect.any(Number));
  });

  it("after a body edit, also when the save keeps the file's size and modification time", async () => {
    const file = source("methodieken/methode-b.md");
    const original = await readFile(file, "utf8");
    const served = await expectFresh(() => writeFile(file, `${original}\nEen alinea met DEV-MARKER.\n`));
    expect(text(served, "toolkit/4.0/methodieken/methode-b/index.html")).toContain("DEV-MARKER");
    const { atime, mtime } = await stat(file);
    const sameSize = await expectFresh(async () => {
      await writeFile(file, `${original}\nEen alinea met DEV-MERKER.\n`);
      await utimes(file, atime, mtime);
    });
    expect(text(sameSize, "toolkit/4.0/methodieken/methode-b/index.html")).toContain("DEV-MERKER");
  });

  it('after a body edit that changes the page\'s "Zie ook" list, which is ranked once the save is on disk', async () => {
    const file = source("methodieken/methode-b.md");
    const seeAlso = (snapshot: Map<string, string>): string =>
      /<nav class="see-also"[\s\S]*?<\/nav>/.exec(text(snapshot, "toolkit/4.0/methodieken/methode-b/index.html"))?.[0] ?? "";
    const before = seeAlso(await siteSnapshot(output));
    const served = await expectFresh(async () =>
      writeFile(file, `${await readFile(file, "utf8")}\nWaarom? Omdat het moet: de voorwaarde geldt. Omdat het moet.\n`),
    );
    expect(seeAlso(served)).not.toBe(before);
    expect(seeAlso(served)).toContain("/toolkit/4.0/randvoorwaarden/voorwaarde-a/");
  });

  it("after a frontmatter edit that other pages show", async () => {
    const served = await expectFresh(async () =>
      writeFile(
        source("randvoorwaarden/voorwaarde-a.md"),
        (await readFile(source("randvoorwaarden/voorwaarde-a.md"), "utf8")).replace("title: Voorwaarde A", "title: Voorwaarde A, hernoemd"),
      ),
    );
    expect(text(served, "toolkit/4.0/varianten/stad-a/index.html")).toContain("Voorwaarde A, hernoemd");
  });

  it("after adding, renaming and deleting a page of the concept release, which leaves no page behind", async () => {
    const page = (id: string): string => `toolkit/4.0/methodieken/${id}/index.html`;
    const methodeB = await readFile(source("methodieken/methode-b.md"), "utf8");
    const added = await expectFresh(() =>
      writeFile(source("methodieken/methode-c.md"), methodeB.replace("id: methode-b", "id: methode-c").replace("title: Methode B", "title: Methode C")),
    );
    expect(text(added, page("methode-c"))).toContain("Methode C");
    const renamed = await expectFresh(async () => {
      await rename(source("methodieken/methode-c.md"), source("methodieken/methode-d.md"));
      await writeFile(source("methodieken/methode-d.md"), methodeB.replace("id: methode-b", "id: methode-d").replace("title: Methode B", "title: Methode D"));
    });
    expect([renamed.has(page("methode-c")), text(renamed, page("methode-d"))]).toEqual([false, expect.stringContaining("Methode D")]);
    const deleted = await expectFresh(() => rm(source("methodieken/methode-d.md")));
    expect([...deleted.keys()].filter((file) => file.includes("methode-d"))).toEqual([]);
  });

  it("after adding, renaming and deleting a site page, which leaves neither page nor search entry behind", async () => {
    const sitePage = (slug: string): string => path.join(root, "content", "pages", `${slug}.md`);
    const over = await readFile(sitePage("over"), "utf8");
    const added = await expectFresh(() => writeFile(sitePage("extra-c"), over.replace("title: Pagina over", "title: Pagina EXTRA-C")));
    expect(added.get("zoeken/index/algemeen/ (fragments)")).toContain("EXTRA-C");
    const renamed = await expectFresh(async () => {
      await rename(sitePage("extra-c"), sitePage("extra-d"));
      await writeFile(sitePage("extra-d"), over.replace("title: Pagina over", "title: Pagina EXTRA-D"));
    });
    expect([renamed.has("extra-c/index.html"), renamed.get("zoeken/index/algemeen/ (fragments)")]).toEqual([false, expect.not.stringContaining("EXTRA-C")]);
    const deleted = await expectFresh(() => rm(sitePage("extra-d")));
    expect([...deleted.keys()].filter((file) => file.includes("extra-d"))).toEqual([]);
    expect(deleted.get("zoeken/index/algemeen/ (fragments)")).not.toContain("EXTRA-D");
  });

  it("after a template edit", async () => {
    const template = path.join(code, "src", "layouts", "base.njk");
    const served = await expectFresh(async () =>
      writeFile(
        template,
        (await readFile(template, "utf8")).replace(
          '<footer class="site-footer utrecht-page-footer">',
          '<footer class="site-footer utrecht-page-footer" data-test="SJABLOON">',
        ),
      ),
    );
    expect(text(served, "toolkit/1.0/aanpak/gedeeld/index.html")).toContain("SJABLOON");
  });

  it("after a page was deleted from the output folder by hand, which the next save's check of the folder brings back", async () => {
    const file = source("methodieken/methode-b.md");
    const original = await readFile(file, "utf8");
    const gone = path.join(output, "toolkit", "1.0", "aanpak", "gedeeld", "index.html");
    const served = await expectFresh(async () => {
      await rm(gone);
      await writeFile(file, `${original}\nNog een alinea.\n`);
    });
    expect(text(served, "toolkit/1.0/aanpak/gedeeld/index.html")).toContain("<html");
    expect(log).toContain("Verdwenen uit de uitvoermap: toolkit/1.0/aanpak/gedeeld/index.html");
  });

  it("after a _data/ edit", async () => {
    const file = path.join(root, "_data", "site.yaml");
    const served = await expectFresh(async () => writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, "title: Toolkit met een nieuwe naam")));
    expect(text(served, "toolkit/1.0/aanpak/gedeeld/index.html")).toContain("Toolkit met een nieuwe naam");
  });

  it("lists a content error on every page, keeps the last good text, and clears the list once fixed", async () => {
    const file = source("aanpak/gedeeld.md");
    const good = await readFile(file, "utf8");
    const before = (await generation()).generation;
    await writeFile(file, good.replace(/^title: .*$/m, "title:"));
    await settledAfter(before);
    const broken = await siteSnapshot(output);
    expect(text(broken, "toolkit/4.0/methodieken/methode-b/index.html")).toContain('id="inhoudsfouten"');
    expect(text(broken, "toolkit/4.0/aanpak/gedeeld/index.html")).toContain("content/toolkit/4.0/aanpak/gedeeld.md");
    const fixed = await expectFresh(() => writeFile(file, good));
    expect(text(fixed, "toolkit/4.0/methodieken/methode-b/index.html")).not.toContain('id="inhoudsfouten"');
  });

  it("reads only what the watcher reported: each such build was confirmed by a full read that found nothing else", () => {
    expect(log).toMatch(/File changed: .*methode-b\.md/);
    expect(log).not.toContain("Niet gemeld door de watcher");
  });
});

describe("the dev session, told of a save that the watcher reported only in part", () => {
  it("shows the reported file, stays unsettled until a full read has confirmed the build, and builds again with what the report left out", async () => {
    const siteRoot = path.join(work, "session-site");
    const served = path.join(work, "session-served");
    await cp(root, siteRoot, { recursive: true });
    const file = (name: string): string => path.join(siteRoot, "content", "toolkit", "4.0", name);
    let rebuilt: (reason: string) => void = () => undefined;
    const rebuild = new Promise<string>((resolve) => (rebuilt = resolve));
    const session = devSession({ root: siteRoot, cwd: project, stamp: path.join(siteRoot, ".cache", "dev", "rebuild") }, (reason) => rebuilt(reason));
    // What Eleventy does around the session, with a stand-in page for each view (search indexes the pages on disk).
    const build = async (): Promise<string> => {
      session.before(served, false);
      const views = await session.views();
      for (const { url } of Object.values(views).flat() as { url: string }[]) {
        await mkdir(path.dirname(path.join(served, urlToFile(url))), { recursive: true });
        await writeFile(path.join(served, urlToFile(url)), `<!doctype html><html lang="nl"><body><main>${url}</main></body></html>`);
      }
      await session.after();
      return JSON.stringify(views);
    };
    await build();
    expect((await generation(served)).settled).toBe(true);

    await writeFile(file("methodieken/methode-b.md"), `${await readFile(file("methodieken/methode-b.md"), "utf8")}\nEen alinea met WEL-GEMELD.\n`);
    await writeFile(
      file("randvoorwaarden/voorwaarde-a.md"),
      `${await readFile(file("randvoorwaarden/voorwaarde-a.md"), "utf8")}\nEen alinea met NIET-GEMELD.\n`,
    );
    session.reported([file("methodieken/methode-b.md")]);
    const partial = await build();
    expect([partial.includes("WEL-GEMELD"), partial.includes("NIET-GEMELD")]).toEqual([true, false]);
    expect((await generation(served)).settled).toBe(false);

    const noRebuild = new Promise<string>((resolve) => setTimeout(() => resolve("geen nieuwe build"), 10_000));
    expect(await Promise.race([rebuild, noRebuild])).toContain("content/toolkit/4.0/randvoorwaarden/voorwaarde-a.md");
    expect((await generation(served)).settled).toBe(false);
    session.reported([path.join(siteRoot, ".cache", "dev", "rebuild")]);
    expect(await build()).toContain("NIET-GEMELD");
    expect((await generation(served)).settled).toBe(true);
  });
});
