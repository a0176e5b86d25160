import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSiteContent } from "../../src/content/load-site-content.ts";
import { stringify } from "yaml";
import { parseFrontmatter, parseYaml } from "../../src/content/frontmatter.ts";
import { axeViolations, browserSession } from "../helpers/browser.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { pngHeader } from "../helpers/memory-site.ts";

const session = browserSession();
const PAGE = "content/toolkit/3.0/aanpak/gedeeld.md";
let root: string;
let edit: ChildProcess;
let origin: string;
let siteOrigin: string;
let siteOutput: string;

function git(...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@localhost", ...args], { cwd: root, encoding: "utf8" });
}

async function openEditingRoom(page: Page, route = ""): Promise<void> {
  await page.goto(`${origin}/beheer/`);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("link", { name: "3.0 · Aanpak" }).waitFor();
  if (route) await page.goto(`${origin}/beheer/#${route}`);
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publiceer" }).click();
  await page.getByRole("menuitem", { name: "Publiceer nu" }).click();
}

function commits(): number {
  return Number(git("rev-list", "--count", "HEAD").trim());
}

async function waitForCommits(count: number): Promise<void> {
  for (let tries = 0; tries < 100 && commits() < count; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until a URL answers 200. */
async function answers(url: string): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** Posts one request to the editing room's backend as Decap does, from its own page unless `from` says otherwise. */
function backend(action: string, params: Record<string, unknown>, from = origin): Promise<Response> {
  return fetch(`${origin}/api/v1`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: from },
    body: JSON.stringify({ action, params: { branch: "main", ...params } }),
  });
}

/** Saves one file as Decap's persistEntry does: the whole file as Decap serialises it. */
function persistEntry(file: string, slug: string, raw: string, from = origin): Promise<Response> {
  return backend("persistEntry", { dataFiles: [{ path: file, slug, raw }], assets: [], options: { commitMessage: "Test" } }, from);
}

/** A backend answer's status with its JSON body. */
async function answer(response: Promise<Response>): Promise<{ status: number; error?: string }> {
  const done = await response;
  return { status: done.status, ...((await done.json()) as { error?: string }) };
}

beforeAll(async () => {
  root = await copyFixture("two-releases");
  await writeFile(path.join(root, ".gitignore"), ".cache/\n_site/\n_site-dev/\n");
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Begin");
  const [editPort, sitePort] = [await freePort(), await freePort()];
  siteOutput = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-edit-site-"));
  // npm run edit, as an editor starts it: the dev server and the editing room together.
  edit = spawn(process.execPath, ["--import", "tsx", "scripts/edit.ts", `--output=${siteOutput}`], {
    cwd: process.cwd(),
    env: { ...process.env, BOUWDEPOT_ROOT: root, EDIT_PORT: String(editPort), SITE_PORT: String(sitePort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  edit.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  origin = `http://localhost:${editPort}`;
  siteOrigin = `http://localhost:${sitePort}`;
  await answers(`${origin}/beheer/`);
  await answers(`${siteOrigin}/toolkit/3.0/aanpak/gedeeld/`);
  expect(printed).toContain(`Beheeromgeving: ${origin}/beheer/`);
});

afterAll(() => {
  edit?.kill();
});

describe("the editing room (npm run edit)", () => {
  it("saves a changed title and list as a commit that changes only those lines, in a file npm run check accepts", async () => {
    const page = session.page();
    const before = await readFile(path.join(root, PAGE), "utf8");
    const parsedBefore = parseFrontmatter(before);
    if (!parsedBefore.ok) throw new Error("fixture page does not parse");
    await openEditingRoom(page, "/collections/3-0-aanpak/entries/gedeeld");
    await page.getByLabel("Titel", { exact: true }).fill("Gedeeld, bewerkt in de beheeromgeving");
    await page.getByRole("button", { name: /Voeg trefwoorden toe/ }).click();
    await page.getByLabel("Waarde").last().fill("beheer");
    await expect.poll(() => page.frameLocator("iframe").first().locator("h1").innerText()).toBe("Gedeeld, bewerkt in de beheeromgeving");
    const count = commits();
    await publish(page);
    await waitForCommits(count + 1);

    const after = await readFile(path.join(root, PAGE), "utf8");
    const parsedAfter = parseFrontmatter(after);
    expect(parsedAfter.ok && parsedAfter.body).toBe(parsedBefore.body);
    expect(parsedAfter.ok && parsedAfter.data).toEqual({
      ...parsedBefore.data,
      title: "Gedeeld, bewerkt in de beheeromgeving",
      trefwoorden: [...((parsedBefore.data.trefwoorden as string[] | undefined) ?? []), "beheer"],
    });
    const changedLines = after.split("\n").filter((line) => !before.split("\n").includes(line));
    expect(changedLines.every((line) => /^title: |^trefwoorden:|^ {2}- /.test(line))).toBe(true);
    expect(git("log", "-1", "--format=%s")).toMatch(/^Werk 3\.0 · Aanpak “gedeeld” bij \(beheeromgeving\)/);
    expect(git("show", "--name-only", "--format=", "HEAD").trim()).toBe(PAGE);
    expect(git("status", "--porcelain").trim()).toBe("");
    expect((await loadSiteContent(root)).ok).toBe(true);
    // The site of npm run edit shows the change: the dev server rebuilt the page from the saved file.
    await expect
      .poll(() => readFile(path.join(siteOutput, "toolkit", "3.0", "aanpak", "gedeeld", "index.html"), "utf8"), { timeout: 60_000 })
      .toContain("Gedeeld, bewerkt in de beheeromgeving");
  });

  it("shows the site's look in the preview, with id: links as links and trainer notes marked", async () => {
    const page = session.page();
    await openEditingRoom(page, "/collections/3-0-aanpak/entries/gedeeld");
    const preview = page.frameLocator("iframe").first();
    await expect.poll(() => preview.locator("main.content-page h1").count()).toBe(1);
    const styles = await preview.locator("link[rel=stylesheet], style").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? "inline"));
    expect(styles).toContain("/beheer/site.css");
    const body = page.getByLabel("Tekst", { exact: true });
    await body.fill("Zie [de andere pagina](id:nieuwe-naam).\n\n::: trainer\nAlleen voor de trainer.\n:::\n");
    await expect.poll(() => preview.getByRole("link", { name: "de andere pagina" }).getAttribute("href")).toBe(`${siteOrigin}/toolkit/3.0/aanpak/nieuwe-naam/`);
    await expect.poll(() => preview.locator("main").innerText()).toMatch(/trainer/i);
    await body.fill("Zie [weg](id:bestaat-niet).");
    await expect.poll(() => preview.getByRole("status").innerText()).toMatch(/bestaat-niet/);
  });

  it("refuses a save the build would reject, shows the build's Dutch error, and keeps the file and history as they were", async () => {
    const page = session.page();
    const before = await readFile(path.join(root, PAGE), "utf8");
    const count = commits();
    await openEditingRoom(page, "/collections/3-0-aanpak/entries/gedeeld");
    await page.getByLabel("Tekst", { exact: true }).fill("Een link naar [niets](id:bestaat-niet).");
    await publish(page);
    await expect
      .poll(() => page.locator("body").innerText(), { timeout: 20_000 })
      .toMatch(/Niet opgeslagen\. content\/toolkit\/3\.0\/aanpak\/gedeeld\.md: .*bestaat-niet/s);
    expect(await readFile(path.join(root, PAGE), "utf8")).toBe(before);
    expect(commits()).toBe(count);
    // What the language lint of npm run check rejects is refused too, not only what the build rejects.
    await page.reload();
    await page.getByLabel("Tekst", { exact: true }).fill("Het gaat over zwerfjongeren in de stad.");
    await publish(page);
    await expect
      .poll(() => page.locator("body").innerText(), { timeout: 20_000 })
      .toMatch(/Niet opgeslagen\. content\/toolkit\/3\.0\/aanpak\/gedeeld\.md: .*zwerfjongeren/is);
    expect(await readFile(path.join(root, PAGE), "utf8")).toBe(before);
    expect(commits()).toBe(count);
  });

  it("offers a published release no page forms, only its errata, and its backend refuses to write there or outside content/", async () => {
    const page = session.page();
    await openEditingRoom(page);
    const collections = await page.getByRole("link").allInnerTexts();
    expect(collections.some((name) => name.startsWith("3.0"))).toBe(true);
    expect(collections.filter((name) => /\b[12]\.0\b/.test(name)).sort()).toEqual(["1.0 · Errata", "2.0 · Errata"]);
    const released = "content/toolkit/2.0/aanpak/gedeeld.md";
    const old = await readFile(path.join(root, released), "utf8");
    const refusedRelease = await answer(persistEntry(released, "gedeeld", old));
    expect(refusedRelease.status).toBe(403);
    expect(refusedRelease.error).toMatch(/gepubliceerd.*erratum/);
    expect(await answer(persistEntry("content/../package.json", "gedeeld", old))).toMatchObject({ status: 403 });
    expect(await answer(backend("getEntry", { path: "_data/site.yaml" }))).toMatchObject({ status: 403 });
    await symlink(path.join(root, "_data"), path.join(root, "content", "toolkit", "3.0", "aanpak", "buiten"));
    const leaked = await answer(backend("getEntry", { path: "content/toolkit/3.0/aanpak/buiten/site.yaml" }));
    expect(leaked.status).toBe(403);
    expect(JSON.stringify(leaked)).not.toMatch(/contactEmail/);
    await rm(path.join(root, "content", "toolkit", "3.0", "aanpak", "buiten"));
    const foreign = await answer(persistEntry(released.replace("2.0", "3.0"), "gedeeld", old, "http://voorbeeld.invalid"));
    expect(foreign.status).toBe(403);
    expect(foreign.error).toMatch(/beheeromgeving zelf/);
    expect(await readFile(path.join(root, released), "utf8")).toBe(old);
  });

  it("lets a published release take an erratum, appended after the earlier ones without touching their text", async () => {
    const page = session.page();
    await openEditingRoom(page, "/collections/errata-1-0/entries/errata");
    await expect.poll(() => page.locator("body").innerText()).toMatch(/4 errata[\s\S]*2026-11-20[\s\S]*2026-11-23/);
    const file = "content/errata/1.0.yaml";
    const before = await readFile(path.join(root, file), "utf8");
    const parsed = parseYaml(before);
    const errata = parsed.ok ? (parsed.value as { errata: unknown[] }).errata : [];
    const added = {
      date: "2026-11-30",
      why: "De samenvatting noemde de pagina niet.",
      sources: ["bron-a"],
      corrections: [{ page: "gedeeld", wrong: "Samenvatting van gedeeld.", right: "Samenvatting van de gedeelde pagina.", source: "" }],
    };
    const count = commits();
    // What Decap sends for a file collection: the whole file as it serialises it.
    const response = await persistEntry(file, "errata", stringify({ errata: [...errata, added] }));
    expect(response.status, await response.clone().text()).toBe(200);
    const after = await readFile(path.join(root, file), "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^ {2}- date: "2026-11-30"\n/);
    expect(commits()).toBe(count + 1);
    const loaded = await loadSiteContent(root);
    expect(loaded.ok).toBe(true);
  });

  it("changes one term of the concept release's glossary and leaves the other terms' lines as they were", async () => {
    const file = "content/toolkit/3.0/begrippen.yaml";
    const before = await readFile(path.join(root, file), "utf8");
    const parsed = parseYaml(before);
    const terms = parsed.ok ? (parsed.value as { begrippen: Record<string, unknown>[] }).begrippen : [];
    const changed = terms.map((term) => (term.id === "bouwbudget" ? { ...term, explanation: "Het geld dat een jongere elke maand krijgt." } : term));
    const response = await persistEntry(file, "begrippen", stringify({ begrippen: changed }));
    expect(response.status, await response.clone().text()).toBe(200);
    const after = await readFile(path.join(root, file), "utf8");
    const [oldLines, newLines] = [before.split("\n"), after.split("\n")];
    expect(newLines.filter((line) => !oldLines.includes(line))).toEqual(["    explanation: Het geld dat een jongere elke maand krijgt."]);
    expect(oldLines.filter((line) => !newLines.includes(line))).toEqual([
      before.split("\n").find((line) => line.includes("Het geld dat een jongere elke maand krijgt, via")),
    ]);
    expect((await loadSiteContent(root)).ok).toBe(true);
  });

  it("puts an image next to its page of the concept release, and refuses one in a published release or one that is no image", async () => {
    const media = (file: string, bytes: Uint8Array): Promise<Response> =>
      backend("persistMedia", {
        asset: { path: file, content: Buffer.from(bytes).toString("base64"), encoding: "base64" },
        options: { commitMessage: "Test" },
      });
    const count = commits();
    const stored = await media("content/toolkit/3.0/aanpak/schema.png", pngHeader(800, 600));
    expect(stored.status, await stored.clone().text()).toBe(200);
    expect(await readFile(path.join(root, "content/toolkit/3.0/aanpak/schema.png"))).toEqual(Buffer.from(pngHeader(800, 600)));
    expect(commits()).toBe(count + 1);
    expect((await media("content/toolkit/2.0/aanpak/schema.png", pngHeader())).status).toBe(403);
    const fake = await media("content/toolkit/3.0/aanpak/nep.png", new TextEncoder().encode("<svg onload=alert(1)>"));
    expect(fake.status).toBe(422);
    expect(((await fake.json()) as { error: string }).error).toMatch(/nep\.png/);
    expect(commits()).toBe(count + 1);
  });

  it("serves the editing room with its own policy and no axe violations on its own page (the login screen)", async () => {
    const page = session.page();
    const response = await page.goto(`${origin}/beheer/`);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'unsafe-eval'/);
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    await page.getByRole("button", { name: "Inloggen" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
