import { parseAtomFeed } from "feedsmith";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { buildFixture } from "../helpers/build-fixture.ts";
import { listFiles, readPage } from "../helpers/site-files.ts";

let production: string;
const preview = inject("previewSiteDir");

beforeAll(async () => {
  production = await buildFixture("two-releases", "production");
});

async function allText(dir: string): Promise<string> {
  const files = await listFiles(dir);
  const texts = await Promise.all(files.filter((file) => !file.endsWith(".css")).map((file) => readFile(path.join(dir, file), "utf8")));
  return `${files.join("\n")}\n${texts.join("\n")}`;
}

describe("a fixture site with a page that was dropped after 1.0 and a concept 3.0", () => {
  it("tells readers of a dropped page that it no longer exists in the current release", async () => {
    const html = await readPage(production, "/toolkit/1.0/aanpak/alleen-oud/");
    expect(html).toContain('Deze pagina staat niet in release 2.0: <a href="/toolkit/2.0/">naar release 2.0</a>');
    expect(html).toContain('<link rel="canonical" href="https://fixture.bouwdepot.example/toolkit/1.0/aanpak/alleen-oud/">');
    expect(html).toContain('<a href="/toolkit/2.0/">2.0 <span class="version-switch__note">(bestaat daar niet; naar de startpagina van 2.0)</span></a>');
  });

  it("serves a notice page instead of a redirect for an actueel address of a dropped page", async () => {
    const html = await readPage(production, "/toolkit/actueel/aanpak/alleen-oud/");
    expect(html).toContain("Deze pagina staat niet in de huidige release 2.0.");
    expect(html).toContain('<a href="/toolkit/1.0/aanpak/alleen-oud/">release 1.0</a>');
    expect(html).not.toContain('http-equiv="refresh"');
    const redirects = await readFile(path.join(production, "_redirects"), "utf8");
    expect(redirects).not.toContain("alleen-oud");
  });

  it("leaves every trace of the concept release out of a production build", async () => {
    const text = await allText(production);
    expect(text).not.toContain("CONCEPTPAGINA-NIEUW");
    expect(text).not.toContain("CONCEPTAFLEVERING");
    expect(text).not.toContain("/toolkit/3.0/");
    expect(text).not.toMatch(/Release 3\.0/);
    expect(text).not.toContain("Voorvertoning");
    expect(await readPage(production, "/toolkit/2.0/")).not.toContain('<meta name="robots"');
  });

  it("includes the concept release in a preview build, with a banner and noindex everywhere", async () => {
    const html = await readPage(preview, "/toolkit/3.0/aanpak/concept-nieuw/");
    expect(html).toContain('<span class="tag tag--concept">concept</span> <span>nog niet gepubliceerd; de inhoud kan nog veranderen</span>');
    expect(html).toContain("Voorvertoning: deze site toont ook conceptreleases.");
    const files = (await listFiles(preview)).filter((file) => file.endsWith(".html"));
    for (const file of files) expect(await readFile(path.join(preview, file), "utf8"), file).toContain('<meta name="robots" content="noindex">');
    expect(await readFile(path.join(preview, "robots.txt"), "utf8")).toContain("Disallow: /");
    expect(await readFile(path.join(preview, "sitemap.xml"), "utf8")).not.toContain("/toolkit/3.0/");
  });

  it("puts concept episodes in the preview's podcast pages and feed, marked as concept", async () => {
    expect(await readFile(path.join(preview, "podcast", "feed.xml"), "utf8")).toContain("CONCEPTAFLEVERING");
    const html = await readPage(preview, "/podcast/concept-aflevering/");
    expect(html).toContain("Deze aflevering hoort bij release 3.0, die nog niet is gepubliceerd.");
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it("keeps actueel on the highest released release even when a concept is higher", async () => {
    const redirects = await readFile(path.join(preview, "_redirects"), "utf8");
    expect(redirects).toContain("/toolkit/actueel/ /toolkit/2.0/ 302!");
  });

  it("shows trainer notes only in the trainer view, with a draaiboek and a materials checklist", async () => {
    const files = (await listFiles(production)).filter((file) => file.endsWith(".html"));
    const withNotes = [];
    for (const file of files) if ((await readFile(path.join(production, file), "utf8")).includes("GEHEIME-TRAINERNOTITIE")) withNotes.push(file);
    expect(withNotes).toEqual(["toolkit/1.0/training/module-a/trainer/index.html", "toolkit/2.0/training/module-a/trainer/index.html"]);
    const trainer = await readPage(production, "/toolkit/2.0/training/module-a/trainer/");
    expect(trainer).toContain('<tr class="programme__inhoud"><td>09:30–10:00</td><td>Start</td><td>inhoud</td><td>30</td></tr>');
    expect(trainer).toContain('<tr class="programme__pauze"><td>10:00–10:15</td><td>Pauze</td><td>pauze</td><td>15</td></tr>');
    expect(trainer).toContain('<tfoot><tr><th scope="row" colspan="3">Totaal, pauzes inbegrepen</th><td>45</td></tr></tfoot>');
    expect(trainer).toContain('<ul class="checklist">');
    const participant = await readPage(production, "/toolkit/2.0/training/module-a/");
    expect(participant).toContain('<a href="/toolkit/2.0/training/module-a/trainer/">Trainersversie met draaiboek en notities</a>');
  });

  it("renders a complete sample day in the planner's HTML for readers without JavaScript", async () => {
    const html = await readPage(production, "/toolkit/2.0/training/planner/");
    expect(html).toContain('<form class="planner-form" id="planner" hidden>');
    expect(html).toContain('<h2 class="utrecht-heading-2 no-print" id="planner-uitkomst">Voorbeelddag</h2>');
    expect(html).toContain('<h3 class="utrecht-heading-3 day-plan__title" id="dag-1">Dag 1: 09:30–10:15</h3>');
    expect(html).toContain('<caption id="dag-1-tabel">Dagprogramma van 09:30 tot 10:15 (45 minuten)</caption>');
    expect(html).toMatch(/<script type="module" src="\/assets\/planner-[0-9a-f]{10}\.js"><\/script>/);
    expect(html).toContain('<a href="/toolkit/2.0/training/module-a/">Module A</a>');
  });

  it("compares all variants of a release against its preconditions", async () => {
    const html = await readPage(production, "/toolkit/2.0/varianten/vergelijk/");
    expect(html).toContain('<th scope="col"><a href="/toolkit/2.0/varianten/stad-a/">Variant stad A</a></th>');
    expect(html).toContain(
      '<th scope="row"><a href="/toolkit/2.0/randvoorwaarden/voorwaarde-a/">Voorwaarde A</a> <span class="comparison__kind">(verplicht)</span></th><td><strong>Wijkt af:</strong> Andere hoogte.</td>',
    );
    expect(html).toContain('<tr><th scope="row">Aantal jongeren</th><td>onbekend</td></tr>');
  });

  it("lists every page of a release from A to Z", async () => {
    const html = await readPage(production, "/toolkit/1.0/a-z/");
    expect(html).toContain('<li><a href="/toolkit/1.0/aanpak/alleen-oud/">Alleen in 1.0</a> <span class="az-list__section">(Aanpak)</span></li>');
    expect(html.indexOf("Alleen in 1.0")).toBeLessThan(html.indexOf("Voorwaarde A"));
  });

  it("shows a variant's unknown values as onbekend and links its deviations", async () => {
    const html = await readPage(production, "/toolkit/2.0/varianten/stad-a/");
    expect(html).toContain("<dt>Aantal jongeren</dt> <dd>onbekend</dd>");
    expect(html).toContain("<dt>Start</dt> <dd>februari 2020</dd>");
    expect(html).toContain('<a href="/toolkit/2.0/randvoorwaarden/voorwaarde-a/">Voorwaarde A</a>: Andere hoogte.');
  });

  it("sums a module's programme into its duration", async () => {
    const html = await readPage(production, "/toolkit/2.0/training/module-a/");
    expect(html).toContain('<caption id="programma-titel">Programma van 45 minuten, van 09:30 tot 10:15</caption>');
  });
});

describe("material for trainers: handouts, exercise sheets and case cards", () => {
  it("gives every module a handout and an exercise sheet made from its programme, without trainer notes", async () => {
    for (const version of ["1.0", "2.0"]) {
      const handout = await readPage(production, `/toolkit/${version}/training/module-a/hand-out/`);
      expect(handout).toContain('<h1 class="utrecht-heading-1">Hand-out: Module A</h1>');
      expect(handout).toContain("<li>iets leren</li>");
      expect(handout).toContain('<caption id="programma-titel">');
      expect(handout).toContain('<h2 class="utrecht-heading-2" id="oefeningen">Oefeningen</h2>');
      expect(handout).toContain("<p>Het programma van deze module heeft geen oefeningen.</p>");
      expect(await readPage(production, `/toolkit/${version}/training/module-a/casuskaarten/`)).toContain("<p>Een voorbeeld.</p>");
      expect(await readPage(production, `/toolkit/${version}/training/module-a/oefeningen/`)).toContain(
        '<h1 class="utrecht-heading-1">Oefeningen: Module A</h1>',
      );
    }
    const participant = await readPage(production, "/toolkit/2.0/training/module-a/");
    expect(participant).toContain('<a href="/toolkit/2.0/training/module-a/hand-out/">hand-out voor deelnemers</a>');
  });

  it("puts a module's exercises with their instructions and programme times on the handout, its cases on cards", async () => {
    const handout = await readPage(preview, "/toolkit/3.0/training/module-a/hand-out/");
    expect(handout).toContain('<h3 class="utrecht-heading-3" id="oefening-1">Teken de route</h3>');
    expect(handout).toContain('<p class="sheet__time">10:15–10:35, 20 minuten</p>');
    expect(handout).toContain("ROUTE-VAN-HET-GELD");
    expect(handout.match(/<span class="sheet__rule"><\/span>/g)).toHaveLength(6 + 3);
    expect(handout).toContain('<h3 class="utrecht-heading-3" id="oefening-2">Afsluiting</h3>');
    expect(handout).toContain("<p>Zeg in één zin wat je meeneemt.</p>");
    expect(handout).not.toContain("TOESLAGVRAAG");
    expect(handout).not.toContain("GEHEIME-TRAINERNOTITIE");
    expect(handout).not.toContain("BLOKNOTITIE");
    const sheet = await readPage(preview, "/toolkit/3.0/training/module-a/oefeningen/");
    expect(sheet).toContain("ROUTE-VAN-HET-GELD");
    expect(sheet).not.toContain("TOESLAGVRAAG");
    expect(sheet).not.toContain('id="leerdoelen"');
    const cards = await readPage(preview, "/toolkit/3.0/training/module-a/casuskaarten/");
    expect(cards).toContain('<h2 class="utrecht-heading-2 case-card__title" id="casus-2">Een vraag over de toeslag</h2>');
    expect(cards).toContain('<p class="case-card__label">Voorbeeld · casus 2 van 4</p>');
    expect(cards).toContain("TOESLAGVRAAG");
    expect(cards).toContain('<p class="case-card__label">Voorbeeld · rollenkaart 3 van 4</p>');
    expect(cards).toContain("ROLLENKAART-JONGERE");
    const trainer = await readPage(preview, "/toolkit/3.0/training/module-a/trainer/");
    expect(trainer).toContain("GEHEIME-TRAINERNOTITIE-IN-OEFENING");
    expect(trainer).toContain('<p class="oefening__label">Oefening · 20 minuten</p>');
    expect(trainer).toContain("<p>Deel de rollenkaarten uit. BLOKNOTITIE-ROUTE</p>");
  });

  it("keeps handouts and case cards out of search", async () => {
    for (const url of [
      "/toolkit/2.0/training/module-a/hand-out/",
      "/toolkit/2.0/training/module-a/oefeningen/",
      "/toolkit/2.0/training/module-a/casuskaarten/",
    ]) {
      expect(await readPage(production, url)).not.toContain("data-pagefind-body");
    }
  });
});

describe("the rekenhulp", () => {
  it("shows readers without JavaScript a worked example computed at build time, with every figure's source and year", async () => {
    const html = await readPage(production, "/toolkit/2.0/rekenhulp/");
    expect(html).toContain('<form class="rekenhulp-form" id="rekenhulp" hidden data-config="');
    expect(html).toContain('<td data-out="budget">€\u00a0120.000</td>');
    expect(html).toContain('<td data-out="aboveYouthNorm">€\u00a090.000</td>');
    expect(html).toContain('<td data-out="guidance">niet ingevuld</td>');
    expect(html).toContain('<td data-out="perYoungPerson">€\u00a012.000</td>');
    expect(html).toContain(
      '<th scope="row">Een huisuitzetting</th><td data-label="Bedrag">ongeveer €\u00a05.000</td><td data-label="Wiens kosten, voor wie">Kosten voor de maatschappij; de bron zegt niet wie ze draagt. Leeftijd: geen leeftijd genoemd.</td><td data-label="Herkomst en jaar">Teststad, praktijkvoorbeeld, 2021</td><td data-label="Bouwbudget per jongere">gelijk aan <span data-out="count-huisuitzetting">2,4</span> keer</td>',
    );
    expect(html).toContain('<span data-out="count-opvang-later">0,5</span> jaar');
    expect(html).toContain('<td data-label="Van">50 %</td><td data-label="Naar">75 %</td><td data-label="Waar">Testpilot</td>');
    expect(html).toContain("De jongerennorm is ongeveer €\u00a0250 per maand. Herkomst: Testbron A (jaar van het bedrag onbekend).");
    expect(html).toContain("https://fixture.bouwdepot.example/toolkit/2.0/rekenhulp/?jongeren=10&amp;bedrag=1000&amp;maanden=12");
    expect(html).not.toContain("data-pagefind-body");
  });

  it("uses in a release only the figures its own time knew, and is linked from the release and the pages on money", async () => {
    const html = await readPage(production, "/toolkit/1.0/rekenhulp/");
    expect(html).toContain("Een huisuitzetting");
    expect(html).not.toContain("Een jaar opvang");
    expect(html).not.toContain("Woont zelfstandig");
    const page = await readPage(production, "/toolkit/1.0/randvoorwaarden/voorwaarde-a/");
    expect(page).toContain('<a href="/toolkit/1.0/rekenhulp/">Reken uit wat Het Bouwdepot je gemeente kost: de rekenhulp van release 1.0</a>');
    expect(page).toContain('<li><a href="/toolkit/1.0/rekenhulp/">Rekenhulp</a></li>');
    expect(await readPage(production, "/toolkit/1.0/aanpak/gedeeld/")).not.toContain("Reken uit wat");
  });
});

describe("the print edition of a release", () => {
  it("holds a title page, a table of contents and every page in section order with in-document links", async () => {
    const html = await readPage(production, "/toolkit/2.0/afdrukken/");
    expect(html).toContain('<h1 class="utrecht-heading-1">Release 2.0</h1>');
    expect(html).toContain("<div><dt>Permanente URL</dt> <dd>https://fixture.bouwdepot.example/toolkit/2.0/</dd></div>");
    expect(html).toContain("Geen officiële uitgave van Het Bouwdepot.");
    expect(html).toContain(
      '<li class="print-toc__section"><a href="#sectie-aanpak"><span class="print-toc__title">Aanpak</span> <span class="print-toc__page" data-page-of="sectie-aanpak"></span></a>',
    );
    expect(html).toContain('<p class="print-title__state">Stand: 7 december 2026</p>');
    expect(html).toMatch(/<p class="print-title__cite"><strong>Citeer als:<\/strong> Fixture-toolkit, release 2\.0 \(2022\), stand 7 december 2026\. /);
    expect(html).toContain('<link rel="stylesheet" href="/toolkit/2.0/afdrukken/pagina.css">');
    expect(html.indexOf('<h2 class="utrecht-heading-2" id="sectie-aanpak">')).toBeLessThan(
      html.indexOf('<h2 class="utrecht-heading-2" id="sectie-randvoorwaarden">'),
    );
    expect(html).toContain('<h3 class="utrecht-heading-3" id="gedeeld">');
    expect(html).toContain('<h4 id="gedeeld--kop">Kop</h4>');
    expect(html).toContain('<a href="#voorwaarde-a--waarom">de voorwaarde</a>');
    expect(html).toContain('<h2 class="utrecht-heading-2" id="alle-bronnen">Bronnen</h2>');
    expect(html).not.toContain("data-pagefind-body");
    expect(await readPage(production, "/toolkit/2.0/")).toContain('<a href="/toolkit/2.0/afdrukken/">De hele release op één pagina, om af te drukken</a>');
  });

  it("tells the corrections in plain sentences in a closing chapter Correcties, announced by a dated line under each corrected title", async () => {
    const html = await readPage(production, "/toolkit/1.0/afdrukken/");
    const start = html.indexOf('<h3 class="utrecht-heading-3" id="stad-a">');
    const chapter = html.slice(start, html.indexOf("</section>", start));
    expect(chapter).toContain('<a href="#correcties-stad-a">Gecorrigeerd op 20 november 2026 · 1 correctie, verwerkt in de tekst</a>');
    expect(chapter).toContain('(zie Correcties, pagina <span data-page-of="correcties-stad-a"></span>)');
    expect(chapter).not.toContain("Volgens de bron begon stad A");
    const closing = html.slice(html.indexOf('<h2 class="utrecht-heading-2" id="correcties">Correcties</h2>'));
    expect(html.indexOf('id="alle-bronnen"')).toBeLessThan(html.indexOf('id="correcties"'));
    const entry = closing.slice(closing.indexOf('id="correcties-stad-a"'));
    expect(entry).toContain("Volgens de bron begon stad A in maart 2020, niet in februari.");
    expect(entry).toContain("<li>Bij Start stond: „februari 2020”. Nu staat er: „maart 2020”.</li>");
    expect(closing).not.toMatch(/<del|<ins|\[verwijderd|\[toegevoegd/);
    expect(await readFile(path.join(production, "toolkit", "1.0", "afdrukken", "pagina.css"), "utf8")).toContain(
      'content: "Fixture-toolkit · release 1.0 (2021) · stand 7 december 2026";',
    );
  });
});

describe("a release's glossary", () => {
  it("explains each term once on its own page, sorted, with its source, which pages and the release navigation link to", async () => {
    const glossary = await readPage(preview, "/toolkit/3.0/begrippen/");
    expect(glossary).toContain('<h1 class="utrecht-heading-1">Begrippen van release 3.0</h1>');
    expect(glossary.indexOf('id="bouwbudget"')).toBeLessThan(glossary.indexOf('id="stichting"'));
    expect(glossary).toContain('<a href="/toolkit/3.0/begrippen/#stichting">stichting</a>');
    expect(glossary).toContain('Meer hierover: <a href="/toolkit/3.0/randvoorwaarden/voorwaarde-a/">');
    expect(glossary).toContain('Bron: <a href="https://bron.example.org/a">');
    const page = await readPage(preview, "/toolkit/3.0/aanpak/gedeeld/");
    expect(page).toContain('<a href="/toolkit/3.0/begrippen/#stichting">stichting</a>');
    expect(page).toContain('<a href="/toolkit/3.0/begrippen/">Begrippen</a>');
    expect(await readPage(preview, "/toolkit/2.0/aanpak/gedeeld/")).not.toContain("/begrippen/");
  });
});

describe("errata: corrections of fact to a published release", () => {
  it("apply to the page, which says in plain sentences, per erratum, when, why, from which source and what changed", async () => {
    const html = await readPage(production, "/toolkit/1.0/varianten/stad-a/");
    expect(html).toContain("<dt>Start</dt> <dd>maart 2020</dd>");
    expect(html).toContain(
      '<section class="corrections" aria-labelledby="correcties" data-pagefind-ignore>\n  <h2 class="utrecht-heading-2" id="correcties">Correcties</h2>',
    );
    expect(html).toContain(
      '<p><strong>Correctie van 20 november 2026.</strong> Volgens de bron begon stad A in maart 2020, niet in februari. Bron: <a href="https://bron.example.org/a">&quot;Testbron A&quot;, Testuitgever, 2021</a>.</p>',
    );
    expect(html).toContain("<li>Bij Start stond: „februari 2020”. Nu staat er: „maart 2020”.</li>");
    expect(await readPage(production, "/toolkit/1.0/randvoorwaarden/voorwaarde-a/")).toContain("<p>Omdat het moet, vanaf maart 2020.</p>");
    expect(await readPage(production, "/toolkit/2.0/varianten/stad-a/")).not.toContain("correcties");
  });

  it("say so when an erratum undoes an earlier one, and name the source all errata share once, at the end", async () => {
    const html = await readPage(production, "/toolkit/1.0/methodieken/methode-a/");
    expect(html).toContain("<dt>Herkomst</dt> <dd>Ergens.</dd>");
    expect(html).toContain("<li>Bij Herkomst stond: „Ergens.” Nu staat er: „Utrecht.”</li>");
    expect(html).toContain("<li>Dit draait de correctie van 22 november 2026 terug. Bij Herkomst stond: „Utrecht.” Nu staat er weer: „Ergens.”</li>");
    const section = html.slice(html.indexOf('<section class="corrections"'), html.indexOf("</section>", html.indexOf('<section class="corrections"')));
    expect(section.split("Testbron A").length - 1).toBe(1);
    expect(section).toContain('<p class="corrections__sources">Bron: <a href="https://bron.example.org/a">&quot;Testbron A&quot;, Testuitgever, 2021</a>.</p>');
    expect(section).not.toContain("origin");
  });

  it("are listed on the release home, one erratum with every page it corrected", async () => {
    const home = await readPage(production, "/toolkit/1.0/");
    expect(home).toContain('<h2 class="utrecht-heading-2" id="errata">Correcties</h2>');
    expect(home).toContain(
      '<li id="erratum-1"><strong>Correctie van 20 november 2026.</strong> Volgens de bron begon stad A in maart 2020, niet in februari. Verbeterd op: <a href="/toolkit/1.0/varianten/stad-a/#correcties">Variant stad A</a> en <a href="/toolkit/1.0/randvoorwaarden/voorwaarde-a/#correcties">Voorwaarde A</a>. Bron: <a href="https://bron.example.org/a">&quot;Testbron A&quot;, Testuitgever, 2021</a>.</li>',
    );
  });
});

describe("release comparisons", () => {
  it("publishes what changed from 1.0 to 2.0 at a citable URL, word by word, readable without colour", async () => {
    const html = await readPage(production, "/toolkit/vergelijk/1.0/2.0/");
    expect(html).toContain('<h1 class="utrecht-heading-1">Release 1.0 en 2.0 vergeleken</h1>');
    expect(html).toContain('<dt>Permanente URL</dt><dd class="page-about__url">https://fixture.bouwdepot.example/toolkit/vergelijk/1.0/2.0/</dd>');
    // 1.0 as corrected by its erratum: stad-a and voorwaarde-a differ from 2.0 too; and the renamed page changed.
    expect(html).toContain('<a href="#gewijzigd">4 pagina&#39;s gewijzigd</a>');
    expect(html).toContain('<h2 class="utrecht-heading-2" id="correcties">Correcties na publicatie</h2>');
    expect(html).toContain("<strong>Release 1.0, correctie van 20 november 2026.</strong> Volgens de bron begon stad A in maart 2020, niet in februari.");
    expect(html).toContain('<a href="#nieuw">2 nieuw</a>');
    expect(html).toContain('<a href="#verdwenen">1 niet meer in release 2.0</a>');
    expect(html).toContain('<h3 class="utrecht-heading-3" id="pagina-gedeeld">Gedeelde pagina 2.0');
    expect(html).toContain(
      'Gedeelde pagina <del><span class="diff-label">[verwijderd: </span>1.0<span class="diff-label">]</span></del><ins><span class="diff-label">[toegevoegd: </span>2.0<span class="diff-label">]</span></ins>',
    );
    expect(html).toContain('<a href="/toolkit/1.0/aanpak/alleen-oud/">Alleen in 1.0</a>');
    expect(html).not.toContain('<meta name="robots"');
    expect(await readFile(path.join(production, "sitemap.xml"), "utf8")).toContain("/toolkit/vergelijk/1.0/2.0/");
  });

  it("follows a renamed page by its alias: comparison, history, switcher, actueel and a redirect from the old name", async () => {
    const html = await readPage(production, "/toolkit/vergelijk/1.0/2.0/");
    expect(html).toContain('<a href="#hernoemd">1 met een nieuw id</a>');
    expect(html).toContain('(Aanpak): eerst <a href="/toolkit/1.0/aanpak/oude-naam/">oude-naam</a>, nu nieuwe-naam</li>');
    expect(html).not.toContain('<a href="/toolkit/1.0/aanpak/oude-naam/">Een pagina met een oude naam</a> (Aanpak)</li>');
    expect(await readPage(production, "/toolkit/2.0/aanpak/nieuwe-naam/")).toContain(
      'Deze pagina staat in release <a href="/toolkit/1.0/aanpak/oude-naam/">1.0</a> en 2.0',
    );
    const old = await readPage(production, "/toolkit/1.0/aanpak/oude-naam/");
    expect(old).toContain('<a href="/toolkit/2.0/aanpak/nieuwe-naam/">Lees deze pagina in release 2.0</a>');
    expect(old).toContain('<link rel="canonical" href="https://fixture.bouwdepot.example/toolkit/2.0/aanpak/nieuwe-naam/">');
    expect(await readPage(production, "/toolkit/2.0/aanpak/oude-naam/")).toContain(
      '<meta http-equiv="refresh" content="0; url=/toolkit/2.0/aanpak/nieuwe-naam/">',
    );
    const redirects = await readFile(path.join(production, "_redirects"), "utf8");
    expect(redirects).toContain("/toolkit/2.0/aanpak/oude-naam/ /toolkit/2.0/aanpak/nieuwe-naam/ 301!");
    expect(redirects).toContain("/toolkit/actueel/aanpak/oude-naam/ /toolkit/2.0/aanpak/nieuwe-naam/ 302!");
    expect(await readFile(path.join(production, "_actueel.nginx.conf"), "utf8")).toContain(
      "location = /toolkit/2.0/aanpak/oude-naam/ { return 301 /toolkit/2.0/aanpak/nieuwe-naam/; }",
    );
    expect(await readFile(path.join(production, "sitemap.xml"), "utf8")).not.toContain("/toolkit/2.0/aanpak/oude-naam/");
  });

  it("corrects a release's notes through an erratum, shown under the notes and in the list of errata", async () => {
    const home = await readPage(production, "/toolkit/1.0/");
    expect(home).toContain("<p>Notities van release 1.0 van de testsite.");
    expect(home).toContain('<h2 class="utrecht-heading-2" id="correcties">Correcties in de releasenotities</h2>');
    expect(home).toContain("<li>Er stond: „Notities van release 1.0.” Nu staat er: „Notities van release 1.0 van de testsite.”</li>");
    expect(home).toContain('Verbeterd op: <a href="/toolkit/1.0/#correcties">de releasenotities van release 1.0</a>.');
  });

  it("announces every published release and erratum in an Atom feed of changes, and no concept", async () => {
    const xml = await readFile(path.join(production, "toolkit", "wijzigingen.xml"), "utf8");
    const feed = parseAtomFeed(xml);
    expect(feed.title?.value).toBe("Wijzigingen in de toolkit Het Bouwdepot");
    expect(feed.updated).toBe("2026-11-23T00:00:00Z");
    expect(feed.entries?.map((entry) => [entry.title?.value, entry.id, entry.updated])).toEqual([
      ["Correctie in release 1.0 (23 november 2026)", "https://fixture.bouwdepot.example/toolkit/1.0/#erratum-4", "2026-11-23T00:00:00Z"],
      ["Correctie in release 1.0 (22 november 2026)", "https://fixture.bouwdepot.example/toolkit/1.0/#erratum-3", "2026-11-22T00:00:00Z"],
      ["Correctie in release 1.0 (21 november 2026)", "https://fixture.bouwdepot.example/toolkit/1.0/#erratum-2", "2026-11-21T00:00:00Z"],
      ["Correctie in release 1.0 (20 november 2026)", "https://fixture.bouwdepot.example/toolkit/1.0/#erratum-1", "2026-11-20T00:00:00Z"],
      ["Release 2.0 gepubliceerd", "https://fixture.bouwdepot.example/toolkit/2.0/", "2022-06-01T00:00:00Z"],
      ["Release 1.0 gepubliceerd", "https://fixture.bouwdepot.example/toolkit/1.0/", "2021-01-01T00:00:00Z"],
    ]);
    expect(xml).not.toContain("3.0");
    expect(await readPage(production, "/toolkit/")).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  it("lists the same releases and corrections on a readable page of changes, with the feed's address to copy", async () => {
    const html = await readPage(production, "/toolkit/wijzigingen/");
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Wijzigingen in de toolkit (nieuwe releases en correcties)" href="/toolkit/wijzigingen.xml">',
    );
    expect([...html.matchAll(/<h3 class="utrecht-heading-3">([^<]+)<\/h3>/g)].map((match) => match[1])).toEqual([
      "Correctie in release 1.0 (23 november 2026)",
      "Correctie in release 1.0 (22 november 2026)",
      "Correctie in release 1.0 (21 november 2026)",
      "Correctie in release 1.0 (20 november 2026)",
      "Release 2.0 gepubliceerd",
      "Release 1.0 gepubliceerd",
    ]);
    expect(html).toContain('<time datetime="2026-11-21">21 november 2026</time> · <a href="/toolkit/1.0/">Release 1.0</a>');
    expect(html).toContain('<li><a href="/toolkit/1.0/">de releasenotities van release 1.0</a></li>');
    expect(html).toContain(
      '<input class="utrecht-textbox utrecht-textbox--html-input" type="text" id="feed-url" value="https://fixture.bouwdepot.example/toolkit/wijzigingen.xml" readonly>',
    );
    expect(html).toContain('<button type="button" class="utrecht-button utrecht-button--primary-action" data-copy="feed-url" hidden>Kopieer</button>');
    expect(html).toContain("Het adres is voor feedlezers.");
    expect(html).not.toContain("data-pagefind-body");
    expect(html).not.toContain("3.0");
    expect(await readFile(path.join(production, "sitemap.xml"), "utf8")).toContain("/toolkit/wijzigingen/");
    expect(await readPage(production, "/toolkit/")).toContain('<a href="/toolkit/wijzigingen/">');
  });

  it("keeps comparisons with the concept release out of production, and marks them noindex in a preview", async () => {
    expect((await listFiles(production)).filter((file) => file.startsWith("toolkit/vergelijk/"))).toEqual([
      "toolkit/vergelijk/1.0/2.0/index.html",
      "toolkit/vergelijk/1.0/actueel/index.html",
      "toolkit/vergelijk/2.0/actueel/index.html",
    ]);
    const concept = await readPage(preview, "/toolkit/vergelijk/2.0/3.0/");
    expect(concept).toContain('<meta name="robots" content="noindex">');
    expect(concept).toContain('<a href="/toolkit/3.0/aanpak/concept-nieuw/">');
  });

  it("indexes no comparison for search", async () => {
    const fragments = (await listFiles(path.join(production, "zoeken", "index"))).filter((file) => file.endsWith(".pf_fragment"));
    expect(fragments.length).toBeGreaterThan(0);
    const { gunzipSync } = await import("node:zlib");
    for (const file of fragments) {
      const text = gunzipSync(await readFile(path.join(production, "zoeken", "index", file))).toString("utf8");
      expect(text).not.toContain("/toolkit/vergelijk/");
    }
  });

  it("lists on a release home what changed since the release before, generated, with the editors' why", async () => {
    const home = await readPage(production, "/toolkit/2.0/");
    expect(home).toContain('<h2 class="utrecht-heading-2" id="veranderingen">Wat er veranderde sinds release 1.0</h2>');
    expect(home).toContain('<li><a href="/toolkit/2.0/aanpak/gedeeld/">Gedeelde pagina 2.0</a> (Aanpak): De titel noemt nu release 2.0. Bron A.</li>');
    expect(home).toContain('<li><a href="/toolkit/2.0/methodieken/methode-b/">Methode B</a> (Methodieken)</li>');
    expect(home).toContain('<li><a href="/toolkit/1.0/aanpak/alleen-oud/">Alleen in 1.0</a> (Aanpak)</li>');
    expect(home).toContain('<a href="/toolkit/vergelijk/1.0/2.0/">Bekijk alle veranderingen woord voor woord</a>');
    expect(await readPage(production, "/toolkit/1.0/")).not.toContain('id="veranderingen"');
  });

  it("shows on each toolkit page the releases it is in and where it changed, and links a release home to its comparisons", async () => {
    const shared = await readPage(production, "/toolkit/2.0/aanpak/gedeeld/");
    expect(shared).toContain(
      'Deze pagina staat in release <a href="/toolkit/1.0/aanpak/gedeeld/">1.0</a> en 2.0; gewijzigd in release 2.0 (<a href="/toolkit/vergelijk/1.0/2.0/#pagina-gedeeld">wat er veranderde in 2.0</a>).',
    );
    expect(await readPage(production, "/toolkit/2.0/methodieken/methode-a/")).toContain("; de tekst is in die releases gelijk.");
    expect(await readPage(production, "/toolkit/2.0/")).toContain('<a href="/toolkit/vergelijk/1.0/2.0/">Wat er veranderde sinds release 1.0</a>');
  });
});

describe("the podcast's directory listings", () => {
  it("links the show's directory pages that site.yaml names, and no others", async () => {
    const html = await readPage(production, "/podcast/");
    expect(html).toContain('<p>De podcast staat ook in <a href="https://podcasts.example/fixture">Apple Podcasts</a>.</p>');
    expect(html).not.toContain("Spotify");
  });
});
