import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../helpers/browser.ts";
import { printedSheets } from "../helpers/pdf-pages.ts";

const conceptUrl = inject("realPreviewSiteUrl");
const session = browserSession();
const MODULES = ["werken-vanuit-vertrouwen", "bouwplan-begeleiden", "geld-en-regels", "starten-in-je-gemeente", "woorden-en-beelden"];

describe("training paper of release 3.0", () => {
  it("prints every hand-out on at most two A4 sheets, with objectives, programme, main points and the exercises", async () => {
    for (const module of MODULES) {
      await session.page().goto(`${conceptUrl}/toolkit/3.0/training/${module}/hand-out/`);
      const sheets = await printedSheets(session.page());
      expect(sheets.length, module).toBeLessThanOrEqual(2);
      const text = sheets.join("\n");
      for (const heading of ["Wat je leert", "Programma", "Oefeningen"]) expect(text, module).toContain(heading);
      const onHandout = await session.page().locator(".sheet__exercise").count();
      const onSheet = await session.page().locator('a[href$="/oefeningen/"]').count();
      expect(onHandout > 0 || onSheet > 0, module).toBe(true);
    }
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
