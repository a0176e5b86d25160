import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../helpers/browser.ts";
import { printedSheets } from "../helpers/pdf-pages.ts";

const conceptUrl = inject("realPreviewSiteUrl");
const session = browserSession();
const MODULES = ["werken-vanuit-vertrouwen", "bouwplan-begeleiden", "geld-en-regels", "starten-in-je-gemeente", "woorden-en-beelden"];

describe("training paper of release 3.0", () => {
  it("prints every hand-out of every release on at most two A4 sheets, a second sheet only for whole exercises", async () => {
    for (const version of ["1.0", "2.0", "3.0"]) {
      for (const module of MODULES) {
        const label = `${version}/${module}`;
        const response = await session.page().goto(`${conceptUrl}/toolkit/${version}/training/${module}/hand-out/`);
        if (version === "1.0" && module === "woorden-en-beelden") {
          expect(response?.status(), label).toBe(404);
          continue;
        }
        expect(response?.status(), label).toBe(200);
        const sheets = await printedSheets(session.page());
        expect(sheets.length, label).toBeLessThanOrEqual(2);
        const text = sheets.join("\n");
        for (const heading of ["Wat je leert", "Programma"]) expect(text, label).toContain(heading);
        const secondStart = (sheets[1] ?? "")
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
          .slice(0, 5)
          .join("\n");
        if (sheets.length === 2) expect(secondStart, `${label}, vel 2 begint met een oefening`).toMatch(/\d\d:\d\d–\d\d:\d\d, \d/);
        const onHandout = await session.page().locator(".sheet__exercise").count();
        const pointer = await session.page().locator(".sheet").getByText("staat op het oefenvel").count();
        expect(onHandout > 0 || pointer > 0, label).toBe(true);
      }
    }
  });

  it("keeps the lines to write on when only the instructions move to the exercise sheet", async () => {
    await session.page().goto(`${conceptUrl}/toolkit/3.0/training/bouwplan-begeleiden/hand-out/`);
    const sections = session.page().locator(".sheet__exercise");
    expect(await sections.count()).toBe(3);
    expect(await sections.locator(".prose").count()).toBe(0);
    expect(await sections.evaluateAll((all) => all.map((section) => section.querySelectorAll(".sheet__rule").length))).toEqual([12, 11, 5]);
  });

  it("gives each exercise about three lines per ten minutes to write on, at most twelve", async () => {
    await session.page().goto(`${conceptUrl}/toolkit/3.0/training/bouwplan-begeleiden/oefeningen/`);
    const lines = await session.page().$$eval(".sheet__exercise", (sections) => sections.map((section) => section.querySelectorAll(".sheet__rule").length));
    expect(lines).toEqual([12, 11, 5]);
  });

  it("never ends an exercise sheet or the cards on a sheet that holds only a tail", async () => {
    for (const module of MODULES) {
      for (const [sheet, start] of [
        ["oefeningen", /\d\d:\d\d–\d\d:\d\d,\s+\d/],
        ["casuskaarten", /Voorbeeld\s+·\s+(casus|kaart|rollenkaart)\s+\d+\s+van\s+\d+/i],
      ] as const) {
        await session.page().goto(`${conceptUrl}/toolkit/3.0/training/${module}/${sheet}/`);
        const sheets = await printedSheets(session.page());
        for (const [index, text] of sheets.entries()) expect(text, `${module}/${sheet}, vel ${index + 1}`).toMatch(start);
      }
    }
  });

  it("prints role cards labelled as examples that name roles", async () => {
    await session.page().goto(`${conceptUrl}/toolkit/3.0/training/bouwplan-begeleiden/casuskaarten/`);
    const labels = await session.page().locator(".case-card--role .case-card__label").allTextContents();
    expect(labels).toEqual(["Voorbeeld · rollenkaart 3 van 5", "Voorbeeld · rollenkaart 4 van 5", "Voorbeeld · rollenkaart 5 van 5"]);
    expect(await session.page().locator(".case-card--role h2").allTextContents()).toEqual(["De jongere", "De begeleider", "De observator"]);
  });
});
