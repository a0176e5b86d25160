import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { checkInternalLinks } from "../../src/checks/link-check.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

const siteDir = inject("realSiteDir");
const files = await listFiles(siteDir);
const htmlFiles = files.filter((file) => file.endsWith(".html"));

describe("the real site, built once for the test run", () => {
  it("publishes every page of both releases at /toolkit/<version>/<section>/<slug>/", () => {
    for (const url of [
      "toolkit/1.0/aanpak/wat-is-het-bouwdepot/index.html",
      "toolkit/2.0/aanpak/wat-is-het-bouwdepot/index.html",
      "toolkit/2.0/randvoorwaarden/anbi-stichting/index.html",
    ]) {
      expect(files).toContain(url);
    }
    for (const version of ["1.0", "2.0"]) {
      for (const section of ["aanpak", "randvoorwaarden", "varianten", "training", "methodieken"])
        expect(files).toContain(`toolkit/${version}/${section}/index.html`);
    }
  });

  it("lists all releases with status and date on /toolkit/", async () => {
    const html = await readPage(siteDir, "/toolkit/");
    expect(html).toMatch(
      /<a href="\/toolkit\/3\.0\/">Release 3\.0<\/a><\/th><td><span class="tag tag--current">huidige release<\/span><\/td><td>7 december 2026<\/td>/,
    );
    expect(html).toMatch(/<a href="\/toolkit\/2\.0\/">Release 2\.0<\/a><\/th><td><span class="tag tag--archived">gearchiveerd<\/span><\/td><td>2022<\/td>/);
    expect(html).toMatch(/<a href="\/toolkit\/1\.0\/">Release 1\.0<\/a><\/th><td><span class="tag tag--archived">gearchiveerd<\/span><\/td><td>2021<\/td>/);
  });

  it("marks 1.0 and 2.0 as archived with a link to the same page in 3.0, and gives 3.0 no banner", async () => {
    for (const version of ["1.0", "2.0"]) {
      const old = await readPage(siteDir, `/toolkit/${version}/aanpak/wat-is-het-bouwdepot/`);
      expect(old).toContain('<a href="/toolkit/3.0/aanpak/wat-is-het-bouwdepot/">Lees deze pagina in release 3.0</a>');
    }
    const current = await readPage(siteDir, "/toolkit/3.0/aanpak/wat-is-het-bouwdepot/");
    expect(current).not.toContain("notice--archived");
  });

  it("points canonical URLs of archived releases at the current release", async () => {
    for (const version of ["1.0", "2.0"]) {
      const old = await readPage(siteDir, `/toolkit/${version}/aanpak/wat-is-het-bouwdepot/`);
      expect(old).toContain('<link rel="canonical" href="https://toolkit.bouwdepot.example/toolkit/3.0/aanpak/wat-is-het-bouwdepot/">');
    }
  });

  it("offers a version switcher from 2.0 to the same page in 1.0, or to 1.0's home when it is new", async () => {
    const known = await readPage(siteDir, "/toolkit/2.0/aanpak/wat-is-het-bouwdepot/");
    expect(known).toContain('<a href="/toolkit/1.0/aanpak/wat-is-het-bouwdepot/">1.0 <span class="version-switch__note">(gearchiveerd)</span></a>');
    const newer = await readPage(siteDir, "/toolkit/2.0/aanpak/wat-het-onderzoek-laat-zien/");
    expect(newer).toContain('<a href="/toolkit/1.0/">1.0 <span class="version-switch__note">(bestaat daar niet; naar de startpagina van 1.0)</span></a>');
  });

  it("generates actueel rules for Netlify-style hosts and nginx, and fallback pages", async () => {
    const netlify = await readFile(path.join(siteDir, "_redirects"), "utf8");
    expect(netlify).toContain("/toolkit/actueel/ /toolkit/3.0/ 302!");
    expect(netlify).toContain("/toolkit/actueel/randvoorwaarden/anbi-stichting/ /toolkit/3.0/randvoorwaarden/anbi-stichting/ 302!");
    const nginx = await readFile(path.join(siteDir, "_actueel.nginx.conf"), "utf8");
    expect(nginx).toContain("location = /toolkit/actueel/ { return 302 /toolkit/3.0/; }");
    const fallback = await readPage(siteDir, "/toolkit/actueel/randvoorwaarden/anbi-stichting/");
    expect(fallback).toContain('<meta http-equiv="refresh" content="0; url=/toolkit/3.0/randvoorwaarden/anbi-stichting/">');
    expect(fallback).toContain('<meta name="robots" content="noindex">');
  });

  it("keeps trainer notes out of the module page", async () => {
    const source = await readFile("content/toolkit/2.0/training/werken-vanuit-vertrouwen.md", "utf8");
    const note = /::: trainer\n([^\n]+)/.exec(source)?.[1];
    expect(note).toBeTruthy();
    const html = await readPage(siteDir, "/toolkit/2.0/training/werken-vanuit-vertrouwen/");
    expect(html).not.toContain(note!.slice(0, 40));
    expect(html).toContain('<p class="voorbeeld__label">Voorbeeld</p>');
  });

  it("has exactly one h1, lang=nl, a skip link and a main landmark on every page", async () => {
    for (const file of htmlFiles) {
      const html = await readFile(path.join(siteDir, file), "utf8");
      expect(html.match(/<h1[ >]/g)?.length, file).toBe(1);
      expect(html, file).toContain('<html lang="nl">');
      expect(html, file).toContain('<a class="skiplink utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">');
      expect(html, file).toContain('<main id="inhoud"');
    }
  });

  it("keeps release, status, year, permanent URL and a citation on every toolkit page", async () => {
    const html = await readPage(siteDir, "/toolkit/1.0/randvoorwaarden/anbi-stichting/");
    expect(html).toMatch(/<span>Release 1\.0 · 2021<\/span>\s*<span class="tag tag--archived">oudere release<\/span>/);
    expect(html).toContain(
      '<dt>Permanente URL</dt><dd class="page-about__url">https://toolkit.bouwdepot.example/toolkit/1.0/randvoorwaarden/anbi-stichting/</dd>',
    );
    expect(html).toContain('<h2 class="utrecht-heading-2" id="citeer">Citeer deze pagina</h2>');
    expect(html).toContain(
      "Het bouwbudget is een gift via een ANBI-stichting. In: Toolkit Het Bouwdepot, release 1.0 (2021). Redactie Toolkit Het Bouwdepot (voorbeelduitgever). https://toolkit.bouwdepot.example/toolkit/1.0/randvoorwaarden/anbi-stichting/ (geraadpleegd op <span data-consulted>[datum]</span>).",
    );
  });

  it('never says "huidige release" in a citation, which would stop being true when the next release appears', async () => {
    let citations = 0;
    for (const file of htmlFiles) {
      const html = await readFile(path.join(siteDir, file), "utf8");
      for (const [citation] of html.matchAll(/<section class="citation"[\s\S]*?<\/section>/g)) {
        citations += 1;
        expect(citation, file).not.toMatch(/huidige/);
        if (/^toolkit\/\d/.test(file)) expect(citation, file).toMatch(/release \d+\.\d+ \(\d{4}\)/);
      }
    }
    expect(citations).toBeGreaterThan(80);
  });

  it("links a hashed stylesheet and no inline or external scripts", async () => {
    for (const file of htmlFiles) {
      const html = await readFile(path.join(siteDir, file), "utf8");
      expect(html, file).toMatch(/<link rel="stylesheet" href="\/assets\/main-[0-9a-f]{10}\.css">/);
      expect(html, file).not.toMatch(/<script(?![^>]*\ssrc=)/);
      expect(html, file).not.toMatch(
        /<(?:script|img|audio|source|iframe|link rel="(?:stylesheet|icon|preload|modulepreload)")[^>]+(?:src|href)="(?:https?:)?\/\//,
      );
    }
  });

  it("writes a sitemap of released pages and a robots.txt that points to it", async () => {
    const sitemap = await readFile(path.join(siteDir, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("<loc>https://toolkit.bouwdepot.example/toolkit/1.0/aanpak/wat-is-het-bouwdepot/</loc>");
    expect(sitemap).not.toContain("/toolkit/actueel/");
    expect(sitemap).not.toContain("404");
    const robots = await readFile(path.join(siteDir, "robots.txt"), "utf8");
    expect(robots).toContain("Sitemap: https://toolkit.bouwdepot.example/sitemap.xml");
  });

  it("leaves the editing room out: it exists only under npm run edit", async () => {
    expect(files.filter((file) => file.startsWith("beheer/") || /decap|config\.yml/i.test(file))).toEqual([]);
    expect(await readFile(path.join(siteDir, "sitemap.xml"), "utf8")).not.toMatch(/\/beheer\//);
    for (const file of htmlFiles) expect(await readFile(path.join(siteDir, file), "utf8"), file).not.toMatch(/decap|\/beheer\//i);
  });

  it("shows the publisher's contact address on the accessibility statement", async () => {
    const html = await readPage(siteDir, "/toegankelijkheid/");
    expect(html).toContain('<a href="mailto:redactie@bouwdepot.example">redactie@bouwdepot.example</a>');
  });

  it("passes html-validate with 0 errors on every page", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(path.join(siteDir, file));
      for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
    }
    expect(htmlFiles.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it("has 0 broken internal links", async () => {
    expect(await checkInternalLinks(siteDir)).toEqual([]);
  });
});

describe("the home page", () => {
  it("shows the home page's own title and text, not another site page", async () => {
    const source = await readFile("content/pages/home.md", "utf8");
    const title = /^title: (.+)$/m.exec(source)?.[1]?.replace(/^["']|["']$/g, "");
    const html = await readPage(siteDir, "/");
    expect(html).toContain(`<h1 class="utrecht-heading-1">${title}</h1>`);
    expect(html).toContain('<h2 class="utrecht-heading-2" id="huidige-release">Huidige release: 3.0</h2>');
  });
});

describe("the planner's sample day", () => {
  it("links every module in the day to that module's own page", async () => {
    const html = await readPage(siteDir, "/toolkit/2.0/training/planner/");
    const links = [...html.matchAll(/<th scope="rowgroup" colspan="3"><span class="day-plan__time">[\d:–]+<\/span> <a href="([^"]+)">([^<]+)<\/a>/g)];
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const [, url = "", title = ""] of links) expect(await readPage(siteDir, url), url).toContain(`<h1 class="utrecht-heading-1">${title}</h1>`);
  });
});

/** Every part of a built page that tells corrections of fact: the Correcties sections, the print chapters' and the lists of errata. */
function correctionParts(html: string): string[] {
  return [...html.matchAll(/<section class="corrections"[\s\S]*?<\/section>|<div class="corrections"[\s\S]*?<\/div>|<ul class="errata">[\s\S]*?<\/ul>/g)].map(
    ([part]) => part,
  );
}

/** The text of a piece of HTML as readers see it. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

describe("corrections of fact in the real site", () => {
  it("read as plain sentences everywhere: no diff labels or marks, no doubled end marks, no YAML keys, never indexed", async () => {
    let parts = 0;
    for (const file of htmlFiles) {
      for (const part of correctionParts(await readFile(path.join(siteDir, file), "utf8"))) {
        parts += 1;
        expect(part, file).not.toMatch(/<del|<ins|\[verwijderd|\[toegevoegd|diff-label/);
        expect(textOf(part), file).not.toMatch(/\.\s*\.|[?!]\./);
        expect(textOf(part), file).not.toMatch(/\b(sources|status|durationMonths|partners|trefwoorden|summary|origin):/);
        if (part.startsWith("<section")) expect(part, file).toContain("data-pagefind-ignore");
      }
    }
    expect(parts).toBeGreaterThan(40);
  });

  it("name a corrected field by its Dutch label and its values as readers see them", async () => {
    const eindhoven = await readPage(siteDir, "/toolkit/2.0/varianten/eindhoven/");
    expect(eindhoven).toContain("<li>Bij Stand van zaken stond: „pilot”. Nu staat er: „structureel”.</li>");
    expect(eindhoven).toContain("Dit draait de correctie van 29 november 2026 terug. Bij Stand van zaken stond: „structureel”. Nu staat er weer: „pilot”.");
    const amersfoort = await readPage(siteDir, "/toolkit/2.0/varianten/amersfoort/");
    expect(amersfoort).toContain("<li>Bij Duur per jongere stond: „12 maanden”. Nu staat er: „onbekend”.</li>");
    expect(amersfoort).toContain("<li>Bij Partners is weggehaald: „Gemeente Amersfoort”.</li>");
    expect(amersfoort).toContain("<li>Bij Trefwoorden is weggehaald: „sociaal werk”.</li>");
    expect(amersfoort).toContain("<li>Bij Bronnen is weggehaald: „&quot;Het Bouwdepot helpt jongeren naar bestaanszekerheid en perspectief&quot;");
  });

  it("quote only the sentences that changed, and name a source all errata of a page share once", async () => {
    const html = await readPage(siteDir, "/toolkit/2.0/varianten/amersfoort/");
    const [section = ""] = correctionParts(html);
    expect(section).toContain("<li>Er stond: „Het traject duurt een jaar en liep in 2022 nog.” Nu staat er: „Het traject liep in 2022 nog.”</li>");
    expect(section).not.toContain("Er stond: „In Amersfoort werkt het Jeugd Interventie Team (JIT).");
    expect(section.split("Vertrouwen als sleutel tot succes").length - 1).toBe(1);
    expect(section).toMatch(/<p class="corrections__sources">Bron: <a [^>]+>&quot;Vertrouwen als sleutel tot succes/);
  });

  it("list each erratum on the release home and in comparisons with its date, why, pages and source, and anchor it for the feed", async () => {
    const home = await readPage(siteDir, "/toolkit/2.0/");
    expect(home).toMatch(
      /<li id="erratum-1"><strong>Correctie van 29 november 2026\.<\/strong> De pagina over Amersfoort vertelde [^<]+ Verbeterd op: <a href="\/toolkit\/2\.0\/varianten\/amersfoort\/#correcties">/,
    );
    const comparison = await readPage(siteDir, "/toolkit/vergelijk/1.0/2.0/");
    expect(comparison).toContain("<strong>Release 2.0, correctie van 29 november 2026.</strong>");
    expect(comparison).toContain('<span class="diff-label">[verwijderd: </span>');
  });
});
