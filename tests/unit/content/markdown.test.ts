import { describe, expect, it } from "vitest";
import { renderMarkdown, type MarkdownContext } from "../../../src/content/markdown.ts";

const context: MarkdownContext = {
  resolveId: (id) => (id === "anbi-stichting" ? "/toolkit/2.0/randvoorwaarden/anbi-stichting/" : undefined),
  resolveTerm: (id) => (id === "anbi" ? "/toolkit/3.0/begrippen/#anbi" : undefined),
  resolveImage: () => undefined,
  view: "reader",
  firstLine: 1,
  exerciseMinutes: null,
};

const moduleContext: MarkdownContext = { ...context, exerciseMinutes: new Map([["Teken de geldroute", 30]]) };

describe("renderMarkdown", () => {
  it("gives headings ids without diacritics", () => {
    const { html, problems } = renderMarkdown("## Wat één jongere krijgt", context);
    expect(problems).toEqual([]);
    expect(html).toContain('<h2 id="wat-een-jongere-krijgt" class="utrecht-heading-2">Wat één jongere krijgt</h2>');
  });

  it("resolves id links within the release, keeping a fragment", () => {
    const { html } = renderMarkdown("[schenking](id:anbi-stichting#waarom)", context);
    expect(html).toContain('<a href="/toolkit/2.0/randvoorwaarden/anbi-stichting/#waarom">schenking</a>');
  });

  it("escapes raw HTML and reports it with its line", () => {
    const { html, problems } = renderMarkdown("Tekst\n\n<script>alert(1)</script>\n", { ...context, firstLine: 6 });
    expect(html).not.toContain("<script>");
    expect(problems[0]).toEqual({ field: "tekst (regel 8)", expected: "Markdown zonder HTML-code", found: 'HTML: "<script>alert(1)</script>"' });
  });

  it("never evaluates template syntax", () => {
    const { html } = renderMarkdown("Som: {{ 1 + 1 }} en {% if true %}ja{% endif %}", context);
    expect(html).toContain("{{ 1 + 1 }}");
    expect(html).toContain("{% if true %}ja{% endif %}");
  });

  it("renders a labelled voorbeeld box", () => {
    const { html } = renderMarkdown("::: voorbeeld\nEen jongere koopt een fiets.\n:::", context);
    expect(html).toMatch(
      /<aside class="voorbeeld" aria-label="Voorbeeld"><p class="voorbeeld__label">Voorbeeld<\/p>\s*<p>Een jongere koopt een fiets.<\/p>\s*<\/aside>/,
    );
  });

  it("keeps trainer notes out of the reader view and shows them in the trainer view", () => {
    const body = "Voor iedereen.\n\n::: trainer\nAlleen voor de trainer.\n:::\n\nWeer voor iedereen.";
    const reader = renderMarkdown(body, context).html;
    const trainer = renderMarkdown(body, { ...context, view: "trainer" }).html;
    expect(reader).not.toContain("Alleen voor de trainer");
    expect(reader).toContain("Weer voor iedereen.");
    expect(trainer).toContain('aria-label="Notitie voor de trainer"');
    expect(trainer).toContain("Alleen voor de trainer.");
  });

  it("rejects a level-1 heading and skipped heading levels", () => {
    const { problems } = renderMarkdown("# Titel\n\n## Goed\n\n#### Te diep", context);
    expect(problems.map((problem) => problem.found)).toEqual(["een kop van niveau 1 (#)", "een kop van niveau 4"]);
  });

  it("allows http(s), mailto, tel and site paths, and rejects protocol-relative links", () => {
    const { problems } = renderMarkdown("[a](https://x.nl) [b](mailto:a@b.nl) [c](tel:+31) [d](/toolkit/) [e](#kop) [f](//evil.example/x)", context);
    expect(problems.map((problem) => problem.field)).toEqual(['tekst (regel 1), link "//evil.example/x"']);
  });
});

describe("heading ids the templates use", () => {
  it("renames a content heading whose id the page template already uses", () => {
    const { html } = renderMarkdown("## Bronnen\n\n## Afwijkingen", context);
    expect(html).toContain('<h2 id="bronnen-tekst" class="utrecht-heading-2">Bronnen</h2>');
    expect(html).toContain('<h2 id="afwijkingen-tekst" class="utrecht-heading-2">Afwijkingen</h2>');
  });
});

describe("tables", () => {
  it("wrap in a keyboard-scrollable region so narrow screens do not scroll sideways", () => {
    const { html } = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |", context);
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" aria-label="Tabel; schuif opzij om alles te zien" tabindex="0">\n<table class="utrecht-table utrecht-table--html-table">\n<thead>/,
    );
    expect(html).toContain("</table>\n</div>");
  });

  it("links a glossary term and reports an unknown one", () => {
    const { html, problems } = renderMarkdown("Een [ANBI](begrip:anbi) en een [fonds](begrip:fonds).", context);
    expect(html).toContain('<a href="/toolkit/3.0/begrippen/#anbi">ANBI</a>');
    expect(problems).toEqual([expect.objectContaining({ field: 'tekst (regel 1), link "begrip:fonds"', found: '"fonds", dat daar niet staat' })]);
  });

  it("shows an exercise with its programme time and keeps its instructions without trainer notes", () => {
    const body = "::: oefening Teken de geldroute\nTeken de route van het geld.\n\n::: trainer\nGeheim voor de trainer.\n:::\n:::";
    const { html, exercises, problems } = renderMarkdown(body, moduleContext);
    expect(problems).toEqual([]);
    expect(html).toContain('<p class="oefening__label">Oefening · 30 minuten</p>');
    expect(exercises).toEqual([{ title: "Teken de geldroute", minutes: 30, html: "<p>Teken de route van het geld.</p>\n" }]);
  });

  it("reports an exercise that names no exercise block of the programme, and exercises outside a module", () => {
    const wrong = renderMarkdown("::: oefening Teken iets anders\nTekst.\n:::", moduleContext);
    expect(wrong.problems.map((problem) => problem.found)).toEqual(['"Teken iets anders"']);
    expect(wrong.problems[0]?.expected).toContain('"Teken de geldroute"');
    expect(wrong.exercises).toEqual([]);
    const elsewhere = renderMarkdown("::: casus Een vraag\nTekst.\n:::", context);
    expect(elsewhere.problems).toEqual([expect.objectContaining({ expected: "'::: casus' alleen in trainingsmodules" })]);
  });

  it("labels every case as an illustration and keeps it for the case cards", () => {
    const { html, cases } = renderMarkdown("::: casus Een vraag over de huurtoeslag\nEen jongere belt.\n:::", moduleContext);
    expect(html).toContain('<p class="casus__label">Voorbeeld · casus</p>');
    expect(cases).toEqual([{ title: "Een vraag over de huurtoeslag", html: "<p>Een jongere belt.</p>\n" }]);
  });
});
