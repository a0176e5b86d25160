import { describe, expect, it } from "vitest";
import { inlineExplanations } from "../../../src/content/term-explanations.ts";

const terms = [
  { term: "ANBI-stichting", aliases: ["ANBI"], page: "anbi-stichting" },
  { term: "Participatiewet", aliases: [], page: null },
];

describe("inlineExplanations", () => {
  it("finds the usual forms of a definition of a glossary term, by its name or an alias", () => {
    const html = [
      "<p>Een ANBI-stichting is een instelling die het algemeen nut dient.</p>",
      "<p>Het geld gaat via de ANBI (algemeen nut beogende instelling).</p>",
      "<p>Dat regelt de Participatiewet, de wet over bijstand.</p>",
      "<p>Wat een ANBI is, lees je elders.</p>",
    ].join("");
    expect(inlineExplanations(terms, [{ file: "a.md", html }]).map((found) => found.term)).toEqual([
      "ANBI-stichting",
      "ANBI-stichting",
      "Participatiewet",
      "ANBI-stichting",
    ]);
  });

  it("leaves a mere mention alone, and lets the page that treats the term explain it", () => {
    const mention = "<p>De gemeente betaalt een ANBI-stichting. De Participatiewet geeft weinig ruimte.</p>";
    expect(inlineExplanations(terms, [{ file: "a.md", html: mention }])).toEqual([]);
    const own = "<p>Een ANBI-stichting is een instelling die het algemeen nut dient.</p>";
    expect(inlineExplanations(terms, [{ file: "anbi.md", html: own, id: "anbi-stichting" }])).toEqual([]);
  });
});
