import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePath } from "../helpers/build-fixture.ts";
import { siteSnapshot } from "../helpers/site-snapshot.ts";

// A copy of the project's code (so a test can change a template or the ranking code) and a copy of a fixture site,
// both inside the project so that the copy finds node_modules. Every build runs the copy's own scripts/build.ts.
const project = process.cwd();
let work: string;
let code: string;
let root: string;

interface BuildRun {
  /** What the build printed. */
  output: string;
}

function build(args: string[], env: Record<string, string> = {}): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(code, "scripts", "build.ts"), ...args], {
      cwd: root,
      env: { ...process.env, SOURCE_DATE_EPOCH: "1764374400", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => (status === 0 ? resolve({ output }) : reject(new Error(`build failed (${status}):\n${output}`))));
  });
}

/** A warm build (with .cache and the previous _site) and a cold build into another folder; returns both snapshots. */
async function warmAndCold(env: Record<string, string> = {}): Promise<{ warm: Map<string, string>; cold: Map<string, string>; output: string }> {
  const { output } = await build([], env);
  const coldDir = path.join(work, "cold");
  await rm(coldDir, { recursive: true, force: true });
  await build(["--no-cache", `--out=${coldDir}`], env);
  return { warm: await siteSnapshot(path.join(root, "_site")), cold: await siteSnapshot(coldDir), output };
}

/** Changes a file, failing when the change finds nothing to change (so a renamed constant cannot hide a case). */
async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  await writeFile(file, after);
}

/**
 * Corrects a page of the published (locked) release 2.0 through its errata file, the only way its text can change,
 * and keeps the state this makes. YAML block scalars keep `wrong` and `right` exact.
 */
async function addErratum(page: string, wrong: string, right: string): Promise<void> {
  const file = path.join(root, "content", "errata", "2.0.yaml");
  const block = (text: string): string => `|-\n${text.replace(/^/gm, "          ").replace(/^ +$/gm, "")}`;
  const before = await readFile(file, "utf8").catch(() => "");
  const entry = `  - date: "2026-11-29"\n    why: Een correctie in de test.\n    sources: [bron-a]\n    corrections:\n      - page: ${page}\n        wrong: ${block(wrong)}\n        right: ${block(right)}\n`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${before || "errata:\n"}${entry}`);
  // An erratum makes a new state of the release, whose documents the first build after it makes and keeps (and
  // marks as not yet kept): the warm and the cold build that follow both serve the kept state.
  await build([]);
}

beforeAll(async () => {
  await mkdir(path.join(project, "test-work"), { recursive: true });
  work = await mkdtemp(path.join(project, "test-work", "warm-"));
  code = path.join(work, "code");
  root = path.join(work, "site");
  for (const entry of ["src", "scripts", "package.json", "package-lock.json"]) await cp(path.join(project, entry), path.join(code, entry), { recursive: true });
  await cp(fixturePath("two-releases"), root, { recursive: true });
  await build([]);
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("a warm build equals a cold build", () => {
  it("when nothing changed, reusing every page, ranking, search bundle, link scan and text comparison from .cache", async () => {
    const { warm, cold, output } = await warmAndCold();
    expect(warm).toEqual(cold);
    expect(output).toMatch(/ ([1-9]\d*) van \1 pagina's/);
    expect(output).toMatch(/3 van 3 "Zie ook"-rangschikkingen, 3 van 3 zoekindexen/);
    expect(output).toMatch(/ ([1-9]\d*) van \1 tekstvergelijkingen/);
  });

  it("after a body edit", async () => {
    await addErratum("methode-b", "maar zonder trefwoord.", "maar zonder trefwoord.\n\nEen nieuwe alinea over WARM-BOUWEN.");
    const { warm, cold } = await warmAndCold();
    expect(warm.get("toolkit/2.0/methodieken/methode-b/index.html")).toBe(cold.get("toolkit/2.0/methodieken/methode-b/index.html"));
    expect(Buffer.from(warm.get("toolkit/2.0/methodieken/methode-b/index.html") ?? "", "base64").toString()).toContain("WARM-BOUWEN");
    expect(warm.get("zoeken/index/2.0/ (fragments)")).toContain("WARM-BOUWEN");
    expect(warm).toEqual(cold);
  });

  it("after a frontmatter edit that other pages show", async () => {
    await addErratum("voorwaarde-a", "title: Voorwaarde A", "title: Voorwaarde A, hernoemd");
    const { warm, cold } = await warmAndCold();
    expect(Buffer.from(warm.get("toolkit/2.0/varianten/stad-a/index.html") ?? "", "base64").toString()).toContain("Voorwaarde A, hernoemd");
    expect(warm).toEqual(cold);
  });

  it("after a data file edit", async () => {
    await edit(path.join(root, "_data/site.yaml"), (text) => text.replace(/^title: .*$/m, "title: Toolkit met een nieuwe naam"));
    const { warm, cold } = await warmAndCold();
    expect(Buffer.from(warm.get("toolkit/1.0/aanpak/gedeeld/index.html") ?? "", "base64").toString()).toContain("Toolkit met een nieuwe naam");
    expect(warm).toEqual(cold);
  });

  it("after a template edit", async () => {
    await edit(path.join(code, "src/layouts/base.njk"), (text) =>
      text.replace('<footer class="site-footer utrecht-page-footer">', '<footer class="site-footer utrecht-page-footer" data-test="SJABLOON">'),
    );
    const { warm, cold } = await warmAndCold();
    expect(Buffer.from(warm.get("index.html") ?? "", "base64").toString()).toContain("SJABLOON");
    expect(warm).toEqual(cold);
  });

  it("after a change of the ranking code", async () => {
    const seeAlso = (snapshot: Map<string, string>): number =>
      Math.max(
        ...[...snapshot.values()].map(
          (bytes) => (/<nav class="see-also"[\s\S]*?<\/nav>/.exec(Buffer.from(bytes, "base64").toString())?.[0].match(/<li>/g) ?? []).length,
        ),
      );
    const before = seeAlso(await siteSnapshot(path.join(root, "_site")));
    expect(before).toBeGreaterThan(1);
    await edit(path.join(code, "src/search/related.ts"), (text) => text.replace("const MAX_RELATED = 5;", "const MAX_RELATED = 1;"));
    const { warm, cold, output } = await warmAndCold();
    expect(output).toMatch(/0 van 3 "Zie ook"-rangschikkingen/);
    expect(seeAlso(warm)).toBe(1);
    expect(warm).toEqual(cold);
  });

  it("after a different Node version string", async () => {
    const { warm, cold, output } = await warmAndCold({ BOUWDEPOT_RUNTIME: "node v99.0.0 icu 99.1 unicode 99.0" });
    expect(output).toMatch(/0 van 3 "Zie ook"-rangschikkingen/);
    expect(warm).toEqual(cold);
  });

  it("after a search bundle was deleted by hand", async () => {
    await rm(path.join(root, "_site", "zoeken", "index", "2.0"), { recursive: true, force: true });
    const { warm, cold } = await warmAndCold();
    expect(warm.get("zoeken/index/2.0/ (fragments)")).toBeDefined();
    expect(warm).toEqual(cold);
  });

  it("after a cached search bundle was changed by hand", async () => {
    const entries = await import("node:fs/promises").then((fs) => fs.readdir(path.join(root, ".cache", "search")));
    const entry = entries.find((name) => name.startsWith("2.0-")) ?? "";
    await writeFile(path.join(root, ".cache", "search", entry, "files", "pagefind-entry.json"), "{}");
    const { warm, cold, output } = await warmAndCold();
    expect(output).toMatch(/2 van 3 zoekindexen/);
    expect(warm).toEqual(cold);
  });

  it("after a file in _site was changed by hand", async () => {
    const target = path.join(root, "_site", "toolkit", "2.0", "aanpak", "gedeeld", "index.html");
    await writeFile(target, "handmatig veranderd");
    const { warm, cold } = await warmAndCold();
    expect(warm.get("toolkit/2.0/aanpak/gedeeld/index.html")).not.toBe(Buffer.from("handmatig veranderd").toString("base64"));
    expect(warm).toEqual(cold);
  });

  it("after a cached page was changed by hand, which is rendered again", async () => {
    await warmAndCold();
    const page = await readFile(path.join(root, "_site", "toolkit", "2.0", "aanpak", "gedeeld", "index.html"));
    const dir = path.join(root, ".cache", "pages");
    const names = (await readdir(dir)).filter((name) => name.endsWith(".html"));
    const cached = [];
    for (const name of names) if ((await readFile(path.join(dir, name))).equals(page)) cached.push(name);
    expect(cached).toHaveLength(1);
    await writeFile(path.join(dir, cached[0] ?? ""), page.toString().replace("</main>", "<p>HANDMATIG</p></main>"));
    const { warm, cold, output } = await warmAndCold();
    expect(output).toMatch(new RegExp(` ${names.length - 1} van ${names.length} pagina's`));
    expect(Buffer.from(warm.get("toolkit/2.0/aanpak/gedeeld/index.html") ?? "", "base64").toString()).not.toContain("HANDMATIG");
    expect(warm).toEqual(cold);
  });

  it("after an edit of a nested field of the site settings (a podcast app's link), which only the views holding it show", async () => {
    await edit(path.join(root, "_data/site.yaml"), (text) =>
      text.replace("applePodcasts: https://podcasts.example/fixture", "applePodcasts: https://podcasts.example/genest"),
    );
    const { warm, cold, output } = await warmAndCold();
    const [, reused = "", total = ""] = / (\d+) van (\d+) pagina's/.exec(output) ?? [];
    expect(Number(reused)).toBeLessThan(Number(total));
    expect(Buffer.from(warm.get("podcast/index.html") ?? "", "base64").toString()).toContain("https://podcasts.example/genest");
    expect(warm).toEqual(cold);
  });

  it("after a change of a template filter in src/", async () => {
    await edit(path.join(code, "src/index.ts"), (text) =>
      text.replace(
        'eleventyConfig.addFilter("dutchDate", dutchDate);',
        'eleventyConfig.addFilter("dutchDate", (value: string) => `${dutchDate(value)} (FILTER)`);',
      ),
    );
    const { warm, cold, output } = await warmAndCold();
    expect(output).toMatch(/ 0 van \d+ pagina's/);
    expect([...warm.values()].some((bytes) => Buffer.from(bytes, "base64").toString().includes("(FILTER)"))).toBe(true);
    expect(warm).toEqual(cold);
  });

  it("after a cached text comparison was changed by hand", async () => {
    const { output: before } = await warmAndCold();
    expect(before).toMatch(/(\d+) van \1 tekstvergelijkingen/);
    const file = path.join(root, ".cache", "diffs", "blocks.json");
    await edit(file, (text) => text.replace(/een nieuw id/g, "een vervalst id"));
    const { warm, cold, output } = await warmAndCold();
    expect(output).toMatch(/ 0 van \d+ tekstvergelijkingen/);
    expect(Buffer.from(warm.get("toolkit/vergelijk/1.0/2.0/index.html") ?? "", "base64").toString()).not.toContain("een vervalst id");
    expect(warm).toEqual(cold);
  });
});
