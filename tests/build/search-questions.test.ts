import { describe, expect, inject, it } from "vitest";
import { search, type Shown } from "../../src/assets/ts/search-ui.ts";
import { pagefindSource } from "../helpers/pagefind-node.ts";

/**
 * Questions as readers type them into the search of the release they are reading, each with the page that must be
 * among the first three results. Written before the search words were tuned; a question that fails is a reason to
 * improve the page or the tool's description, never to add a word only this question uses.
 */
const QUESTIONS: readonly { who: string; query: string; release: string; expected: string }[] = [
  // Policy officers who must decide and justify.
  { who: "beleidsmedewerker", query: "wat kost het bouwdepot", release: "2.0", expected: "/toolkit/2.0/rekenhulp/" },
  { who: "beleidsmedewerker", query: "hoeveel kost het", release: "2.0", expected: "/toolkit/2.0/rekenhulp/" },
  { who: "beleidsmedewerker", query: "kosten", release: "2.0", expected: "/toolkit/2.0/rekenhulp/" },
  { who: "beleidsmedewerker", query: "begroting", release: "2.0", expected: "/toolkit/2.0/rekenhulp/" },
  { who: "beleidsmedewerker", query: "rekenhulp", release: "2.0", expected: "/toolkit/2.0/rekenhulp/" },
  { who: "beleidsmedewerker", query: "rekenhulp", release: "1.0", expected: "/toolkit/1.0/rekenhulp/" },
  { who: "beleidsmedewerker", query: "huurtoeslag", release: "2.0", expected: "/toolkit/2.0/randvoorwaarden/anbi-stichting/" },
  { who: "beleidsmedewerker", query: "anbi stichting", release: "2.0", expected: "/toolkit/2.0/randvoorwaarden/anbi-stichting/" },
  { who: "beleidsmedewerker", query: "bouwbudget per maand", release: "2.0", expected: "/toolkit/2.0/randvoorwaarden/bedrag-en-duur/" },
  { who: "beleidsmedewerker", query: "voor wie is het bouwdepot", release: "2.0", expected: "/toolkit/2.0/aanpak/voor-wie/" },
  { who: "beleidsmedewerker", query: "participatiewet", release: "2.0", expected: "/toolkit/2.0/randvoorwaarden/ruimte-in-de-participatiewet/" },
  { who: "beleidsmedewerker", query: "subsidie gemeente", release: "2.0", expected: "/toolkit/2.0/randvoorwaarden/financiering-door-de-gemeente/" },
  { who: "beleidsmedewerker", query: "resultaten onderzoek", release: "2.0", expected: "/toolkit/2.0/aanpak/wat-het-onderzoek-laat-zien/" },
  { who: "beleidsmedewerker", query: "amersfoort", release: "2.0", expected: "/toolkit/2.0/varianten/amersfoort/" },
  { who: "beleidsmedewerker", query: "gemeenten vergelijken", release: "2.0", expected: "/toolkit/2.0/varianten/vergelijk/" },
  { who: "beleidsmedewerker", query: "pdf", release: "2.0", expected: "/toolkit/2.0/#meenemen" },
  { who: "beleidsmedewerker", query: "samenvatting", release: "2.0", expected: "/toolkit/2.0/samenvatting/" },
  { who: "beleidsmedewerker", query: "raadsvoorstel", release: "2.0", expected: "/toolkit/2.0/samenvatting/" },
  // Trainers preparing a session.
  { who: "trainer", query: "hand-out woorden en beelden", release: "2.0", expected: "/toolkit/2.0/training/woorden-en-beelden/hand-out/" },
  { who: "trainer", query: "handout geld en regels", release: "1.0", expected: "/toolkit/1.0/training/geld-en-regels/hand-out/" },
  { who: "trainer", query: "draaiboek", release: "2.0", expected: "/toolkit/2.0/training/planner/" },
  { who: "trainer", query: "dagprogramma", release: "2.0", expected: "/toolkit/2.0/training/planner/" },
  { who: "trainer", query: "sessieplanner", release: "2.0", expected: "/toolkit/2.0/training/planner/" },
  { who: "trainer", query: "casuskaarten geld en regels", release: "2.0", expected: "/toolkit/2.0/training/geld-en-regels/casuskaarten/" },
  { who: "trainer", query: "oefeningen bouwplan", release: "2.0", expected: "/toolkit/2.0/training/bouwplan-begeleiden/oefeningen/" },
  { who: "trainer", query: "training vertrouwen", release: "2.0", expected: "/toolkit/2.0/training/werken-vanuit-vertrouwen/" },
  // Listeners looking for an episode.
  { who: "luisteraar", query: "podcast onderzoek eindhoven", release: "2.0", expected: "/podcast/onderzoek-in-eindhoven/" },
  { who: "luisteraar", query: "aflevering anbi", release: "2.0", expected: "/podcast/bouwbudget-en-anbi-stichting/" },
  { who: "luisteraar", query: "podcast beeld en taal", release: "2.0", expected: "/podcast/beeld-en-taal/" },
  { who: "luisteraar", query: "verwante aanpakken", release: "2.0", expected: "/podcast/verwante-aanpakken/" },
];

/** Words that only correction notices, plumbing and navigation use: none may show in a snippet or a sub-result. */
const NOT_CONTENT = /gecorrigeerd|correctie|er stond|nu staat er|\[toegevoegd|\[verwijderd|permanente url|citeer|huidige release|oudere release|hoofdmenu/i;

const source = pagefindSource(inject("realSiteDir"));
const RELEASES = ["2.0", "1.0"];
const answers = new Map<string, Shown[]>();

async function answer(query: string, release: string): Promise<Shown[]> {
  const key = `${release}\0${query}`;
  const known = answers.get(key);
  if (known) return known;
  const found = await search(query, release, RELEASES, 10, source);
  answers.set(key, found);
  return found;
}

describe("search answers readers' questions in the release they read (built bundles of the real site)", () => {
  it("has at least 20 questions from policy officers, trainers and listeners", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(QUESTIONS.map((question) => question.who))).toEqual(new Set(["beleidsmedewerker", "trainer", "luisteraar"]));
  });

  it.each(QUESTIONS)("$who: “$query” (release $release) finds $expected in the top three", async ({ query, release, expected }) => {
    const top = (await answer(query, release)).slice(0, 3).map((result) => result.data.url);
    expect(top, query).toContain(expected);
  });

  it("shows no correction, plumbing or navigation text in any snippet or sub-result of these questions", async () => {
    for (const { query, release } of QUESTIONS) {
      for (const { data } of await answer(query, release)) {
        expect(data.excerpt, `${query}: ${data.url}`).not.toMatch(NOT_CONTENT);
        for (const sub of data.sub_results) expect(sub.title, `${query}: ${data.url}`).not.toMatch(NOT_CONTENT);
      }
    }
  });

  it("never answers with a trainer view, and every tool result opens a page of the release being read", async () => {
    for (const { query, release } of QUESTIONS) {
      for (const { data } of await answer(query, release)) {
        expect(data.url, query).not.toMatch(/\/trainer\/$/);
        if (data.meta.soort === "hulpmiddel") {
          expect(data.url.startsWith(`/toolkit/${release}/`), `${query}: ${data.url}`).toBe(true);
          expect(data.meta.beschrijving, data.url).toBeTruthy();
        }
      }
    }
  });
});
