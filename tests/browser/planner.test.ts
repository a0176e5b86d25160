import { describe, expect, inject, it } from "vitest";
import { axeViolations, browserSession } from "../helpers/browser.ts";
import { printedSheets } from "../helpers/pdf-pages.ts";

const baseUrl = inject("realSiteUrl");
const plannerUrl = `${baseUrl}/toolkit/2.0/training/planner/`;
const session = browserSession();
const errors = session.errors;

/** Every day the planner shows: its heading, its lunch rows and the times of all its rows. */
async function days(): Promise<{ title: string; lunches: string[]; times: string[] }[]> {
  return session.page().$$eval("#planner-result .day-plan", (sections) =>
    sections.map((section) => ({
      title: section.querySelector("h3")?.textContent ?? "",
      lunches: [...section.querySelectorAll("tr.programme__lunch td:first-child")].map((cell) => cell.textContent ?? ""),
      times: [...section.querySelectorAll("td.day-plan__time, th .day-plan__time")].map((cell) => cell.textContent ?? ""),
    })),
  );
}

/** The ids of the modules in the order the form lists them. */
async function order(): Promise<string[]> {
  return session.page().$$eval("#planner-modules > li", (items) => items.map((item) => item.getAttribute("data-id") ?? ""));
}

describe("the session planner with JavaScript", () => {
  it("plans all five modules over days that end by 17:00, each with one lunch between 12:00 and 13:30", async () => {
    await session.page().goto(plannerUrl);
    const boxes = session.page().locator('input[name="modules"]');
    expect(await boxes.count()).toBe(5);
    for (let index = 0; index < 5; index += 1) await boxes.nth(index).check();
    const planned = await days();
    expect(planned.length).toBeGreaterThanOrEqual(2);
    expect(planned[1]?.title).toMatch(/^Dag 2 van \d: 09:30–\d\d:\d\d$/);
    for (const day of planned) {
      expect(day.title.slice(-5) <= "17:00").toBe(true);
      expect(day.lunches).toHaveLength(1);
      const [start = "", end = ""] = (day.lunches[0] ?? "").split("–");
      expect(start >= "12:00" && end <= "13:30").toBe(true);
      expect(day.times.every((time) => /^\d\d:\d\d–\d\d:\d\d$/.test(time) && time.slice(6) <= "17:00")).toBe(true);
    }
    expect(await session.page().locator(".planner-warnings").count()).toBe(0);
    expect(await axeViolations(session.page())).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("reorders modules by keyboard, and the shared address brings back that order after a reload", async () => {
    await session.page().goto(`${plannerUrl}?modules=werken-vanuit-vertrouwen,bouwplan-begeleiden`);
    const before = await order();
    const third = before[2] ?? "";
    await session.page().locator(`li[data-id="${third}"] button[data-move="-1"]`).focus();
    await session.page().keyboard.press("Enter");
    await session.page().keyboard.press("Enter");
    expect((await order()).slice(0, 3)).toEqual([third, before[0], before[1]]);
    await session.page().locator(`#module-${third}`).focus();
    await session.page().keyboard.press("Space");
    expect(await session.page().locator("#planner-status").textContent()).toMatch(/staat nu op plaats 1 van 5\.$/);
    const shared = session.page().url();
    expect(new URL(shared).searchParams.get("modules")).toBe(`${third},werken-vanuit-vertrouwen,bouwplan-begeleiden`);
    await session.page().reload();
    expect((await order()).slice(0, 3)).toEqual([third, "werken-vanuit-vertrouwen", "bouwplan-begeleiden"]);
    expect(await session.page().locator('input[name="modules"]:checked').count()).toBe(3);
    const firstModule = await session.page().locator("#planner-result .day-plan__module a").first().textContent();
    expect(firstModule).toBe(
      await session
        .page()
        .locator(`label[for="module-${third}"]`)
        .evaluate((label) => label.textContent?.replace(/ \(.*\)$/, "")),
    );
  });

  it("opens an address of the one-day planner with the same selection and times", async () => {
    await session.page().goto(`${plannerUrl}?modules=werken-vanuit-vertrouwen,geld-en-regels&start=08:45&pauze=30&lunch=60`);
    expect(
      await session
        .page()
        .locator('input[name="modules"]:checked')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)),
    ).toEqual(["werken-vanuit-vertrouwen", "geld-en-regels"]);
    expect(await session.page().locator("#planner-start").inputValue()).toBe("08:45");
    expect(await session.page().locator("#planner-eind").inputValue()).toBe("17:00");
    expect(await session.page().locator("#planner-pauze").inputValue()).toBe("30");
    expect(await session.page().locator("#planner-lunch").inputValue()).toBe("60");
    expect((await days())[0]?.title).toMatch(/^Dag 1( van \d)?: 08:45–/);
  });

  it("warns about a module longer than a day and honours the chosen end", async () => {
    await session.page().goto(`${plannerUrl}?modules=geld-en-regels&start=09:30&eind=11:00`);
    expect(await session.page().locator(".planner-warnings").textContent()).toContain('"Geld en regels" past niet in een dag van 09:30 tot 11:00');
  });

  it("prints one A4 sheet per day, with times on one line and without screen-only sentences", async () => {
    await session.page().goto(`${plannerUrl}?modules=werken-vanuit-vertrouwen,bouwplan-begeleiden,geld-en-regels,starten-in-je-gemeente,woorden-en-beelden`);
    const count = (await days()).length;
    const sheets = await printedSheets(session.page());
    expect(sheets).toHaveLength(count);
    sheets.forEach((sheet, index) => {
      expect(sheet).toContain(`Dag ${index + 1} van ${count}`);
      expect(sheet).not.toMatch(/\d\d:\d\d–\s*\n\s*\d\d:\d\d/);
      expect(sheet).not.toContain("Het programma volgt je keuze");
      expect(sheet).not.toContain("presenteren");
    });
  });
});

describe("the session planner without JavaScript", () => {
  it("shows a worked one-day example and hides the form", async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(plannerUrl);
    expect(await plain.locator("#planner").isVisible()).toBe(false);
    expect(await plain.locator("#planner-uitkomst").textContent()).toBe("Voorbeelddag");
    expect(await plain.locator("#planner-result .day-plan").count()).toBe(1);
    expect(await plain.locator("#planner-result h3").textContent()).toMatch(/^Dag 1: 09:30–(1[2-6]:\d\d|17:00)$/);
    expect(await plain.locator("#planner-result tr.programme__lunch").count()).toBe(1);
    await context.close();
  });
});
