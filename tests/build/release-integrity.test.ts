import { readFile, rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture } from "../helpers/build-fixture.ts";
import { runScriptAsync } from "../helpers/run-script.ts";
import { readPage, treeFingerprint } from "../helpers/site-files.ts";

const read = (root: string, file: string): Promise<string> => readFile(path.join(root, file), "utf8");

describe.concurrent("release integrity", () => {
  it("refuses one changed sentence of a published page, and shows the same change recorded as an erratum everywhere", async () => {
    const root = await copyFixture("two-releases");
    expect((await runScriptAsync("build", root)).status).toBe(0);
    const before = await treeFingerprint(path.join(root, "_site"));
    const page = path.join(root, "content/toolkit/2.0/methodieken/methode-b.md");
    const original = await readFile(page, "utf8");
    await writeFile(page, original.replace("een huurschuld", "een huurachterstand"));
    const refused = await runScriptAsync("build", root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      "content/toolkit/2.0/methodieken/methode-b.md: inhoud — verwacht: de tekst zoals gepubliceerd (content/locks/2.0.json); gevonden: een gewijzigd bestand; release 2.0 is gepubliceerd en verandert niet meer.",
    );
    expect(refused.stderr).toContain("leg je vast als erratum in content/errata/2.0.yaml");
    expect(await treeFingerprint(path.join(root, "_site"))).toBe(before);

    await writeFile(page, original);
    await writeFile(
      path.join(root, "content/errata/2.0.yaml"),
      'errata:\n  - date: "2026-11-29"\n    why: De bron spreekt van een huurachterstand.\n    sources: [bron-a]\n    corrections:\n      - page: methode-b\n        wrong: een huurschuld\n        right: een huurachterstand\n',
    );
    const built = await runScriptAsync("build", root);
    expect(built.status, built.stderr).toBe(0);
    const site = path.join(root, "_site");
    const corrected = await readPage(site, "/toolkit/2.0/methodieken/methode-b/");
    expect(corrected).toContain("Ook hier komt een huurachterstand voor");
    expect(corrected).toContain("<li>Er stond: „…een huurschuld…”. Nu staat er: „…een huurachterstand…”.</li>");
    expect(await readPage(site, "/toolkit/2.0/")).toContain("<strong>Correctie van 29 november 2026.</strong> De bron spreekt van een huurachterstand.");
    const comparison = await readPage(site, "/toolkit/vergelijk/1.0/2.0/");
    expect(comparison).toContain("<strong>Release 2.0, correctie van 29 november 2026.</strong> De bron spreekt van een huurachterstand.");
  });

  it("refuses a changed source description that published pages cite, until each release records it as an erratum", async () => {
    const root = await copyFixture("two-releases");
    const sourcesFile = path.join(root, "_data/sources.yaml");
    await writeFile(sourcesFile, (await read(root, "_data/sources.yaml")).replace("title: Testbron A", "title: Testbron A, tweede druk"));
    const refused = await runScriptAsync("build", root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      '_data/sources.yaml: bron-a — verwacht: de bron zoals gepubliceerde release 1.0 haar citeert: "Testbron A", Testuitgever, 2021',
    );
    expect(refused.stderr).toContain("_data/sources.yaml: bron-a — verwacht: de bron zoals gepubliceerde release 2.0 haar citeert");

    const erratum =
      '  - date: "2026-11-29"\n    why: De bron heet anders.\n    sources: [bron-a]\n    corrections:\n      - source: bron-a\n        wrong: Testbron A\n        right: Testbron A, tweede druk\n';
    await writeFile(path.join(root, "content/errata/1.0.yaml"), `${await read(root, "content/errata/1.0.yaml")}${erratum}`);
    await writeFile(path.join(root, "content/errata/2.0.yaml"), `errata:\n${erratum}`);
    const built = await runScriptAsync("build", root);
    expect(built.status, built.stderr).toBe(0);
    const page = await readPage(path.join(root, "_site"), "/toolkit/2.0/aanpak/gedeeld/");
    expect(page).toContain("Testbron A, tweede druk");
    expect(page).toContain("<li>Er stond: „Testbron A…”. Nu staat er: „Testbron A, tweede druk…”.</li>");
    expect(await readPage(path.join(root, "_site"), "/toolkit/2.0/")).toContain("De bron heet anders. Verbeterd op: ");
  });

  it("publishes a concept only through npm run release -- publish: status, date, lock and ledger, and never twice", async () => {
    const root = await copyFixture("two-releases");
    const published = await runScriptAsync("release", root, ["publish", "3.0"]);
    expect(published.status, published.stderr).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(published.stdout).toContain(`Release 3.0 gepubliceerd op ${today}`);
    expect(await read(root, "content/toolkit/3.0/release.md")).toMatch(new RegExp(`^released: "${today}"\\nstatus: released$`, "m"));
    const lock = JSON.parse(await read(root, "content/locks/3.0.json")) as { release: string; files: Record<string, string> };
    expect(lock.release).toBe("3.0");
    expect(Object.keys(lock.files)).toContain("content/toolkit/3.0/aanpak/concept-nieuw.md");
    // The release's podcast season appears with it: its episode gets its moment, after the episodes of earlier releases.
    const dates = (await read(root, "content/episode-dates.txt")).split("\n").filter((line) => /^\d/.test(line));
    expect(dates.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [0-9a-f-]{36} 002-concept-aflevering$/);
    const ledger = (await read(root, "content/ledger.txt")).split("\n");
    expect(ledger).toEqual(
      expect.arrayContaining([
        "/toolkit/3.0/",
        "/toolkit/3.0/aanpak/concept-nieuw/",
        "/toolkit/vergelijk/2.0/3.0/",
        "/toolkit/vergelijk/1.0/3.0/",
        "/toolkit/vergelijk/1.0/2.0/",
      ]),
    );
    expect((await runScriptAsync("check", root)).status).toBe(0);
    const again = await runScriptAsync("release", root, ["publish", "3.0"]);
    expect([again.status, again.stderr]).toEqual([1, expect.stringContaining("Release 3.0 is al gepubliceerd en heeft een slot.")]);

    // A newer release becomes current; the comparisons 3.0 published keep answering.
    expect((await runScriptAsync("release", root, ["4.0"])).status).toBe(0);
    expect((await runScriptAsync("release", root, ["publish", "4.0"])).status).toBe(0);
    expect((await runScriptAsync("build", root)).status).toBe(0);
    expect(await readPage(path.join(root, "_site"), "/toolkit/vergelijk/1.0/3.0/")).toContain(
      '<h1 class="utrecht-heading-1">Release 1.0 en 3.0 vergeleken</h1>',
    );
    expect(await readPage(path.join(root, "_site"), "/toolkit/vergelijk/1.0/4.0/")).toContain(
      '<h1 class="utrecht-heading-1">Release 1.0 en 4.0 vergeleken</h1>',
    );
  });

  it("leaves release.md and the lock as they were when publishing fails", async () => {
    const root = await copyFixture("two-releases");
    const release = await read(root, "content/toolkit/3.0/release.md");
    await writeFile(path.join(root, "content/pages/over.md"), `${await read(root, "content/pages/over.md")}\n[weg](/bestaat-niet/)\n`);
    const failed = await runScriptAsync("release", root, ["publish", "3.0"]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('content/pages/over.md: link "/bestaat-niet/"');
    expect(await read(root, "content/toolkit/3.0/release.md")).toBe(release);
    await expect(read(root, "content/locks/3.0.json")).rejects.toThrow();
  });

  it("fails the build when a published episode disappears, until its address redirects", async () => {
    const root = await copyFixture("two-releases");
    await rm(path.join(root, "content/podcast/001-test-aflevering"), { recursive: true });
    const failed = await runScriptAsync("build", root);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("content/ledger.txt: /podcast/test-aflevering/ — verwacht: een pagina of doorverwijzing op dit adres");
    expect(failed.stderr).toContain("content/ledger.txt: /podcast/test-aflevering/aflevering.mp3 — ");

    const moves = ["/", "aflevering.mp3", "transcript.vtt", "chapters.json"].map(
      (file) => `- from: /podcast/test-aflevering/${file === "/" ? "" : file}\n  to: /podcast/\n  why: Deze aflevering is niet meer beschikbaar.\n`,
    );
    await mkdir(path.join(root, "content"), { recursive: true });
    await writeFile(path.join(root, "content/redirects.yaml"), moves.join(""));
    const built = await runScriptAsync("build", root);
    expect(built.status, built.stderr).toBe(0);
    const fallback = await readPage(path.join(root, "_site"), "/podcast/test-aflevering/");
    expect(fallback).toContain('<meta http-equiv="refresh" content="0; url=/podcast/">');
    expect(fallback).toContain("Deze aflevering is niet meer beschikbaar.");
    expect(await read(root, "_site/_redirects")).toContain("/podcast/test-aflevering/ /podcast/ 301!");
  });

  it("adds a new site page's address to the ledger on a production build, never on a preview", async () => {
    const root = await copyFixture("two-releases");
    await writeFile(path.join(root, "content/pages/nieuw.md"), "---\ntitle: Nieuw\nsummary: Een nieuwe pagina.\n---\nTekst.\n");
    expect((await runScriptAsync("build", root, ["--preview", "--out=_preview"])).status).toBe(0);
    expect(await read(root, "content/ledger.txt")).not.toContain("/nieuw/");
    const built = await runScriptAsync("build", root);
    expect(built.stdout).toContain("1 nieuwe adressen");
    expect((await read(root, "content/ledger.txt")).split("\n")).toContain("/nieuw/");
  });
});
