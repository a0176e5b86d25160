import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../helpers/browser.ts";

const baseUrl = inject("realSiteUrl");
const plannerUrl = `${baseUrl}/toolkit/2.0/training/planner/`;
const session = browserSession();
const errors = session.errors;

async function caption(): Promise<string> {
  return (await session.page().locator("#planner-result caption").textContent()) ?? "";
}

describe("the session planner with JavaScript", () => {
  it("shows the form, updates the day when modules, start time and breaks change, and keeps the choice in the URL", async () => {
    await session.page().goto(plannerUrl);
    await expect(session.page().locator("#planner").isVisible()).resolves.toBe(true);
    expect(await session.page().locator("#planner-uitkomst").textContent()).toBe("Jouw dagprogramma");
    const boxes = session.page().locator('input[name="modules"]');
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let index = 0; index < count; index += 1) await boxes.nth(index).uncheck();
    await boxes.nth(1).check();
    await session.page().locator("#planner-start").fill("13:00");
    await session.page().locator("#planner-start").dispatchEvent("change");
    expect(await caption()).toMatch(/^Dagprogramma van 13:00 tot \d\d:\d\d/);
    const moduleId = await boxes.nth(1).getAttribute("value");
    const url = new URL(session.page().url());
    expect(url.searchParams.get("modules")).toBe(moduleId);
    expect(url.searchParams.get("start")).toBe("13:00");

    await boxes.nth(0).check();
    await session.page().locator("#planner-pauze").selectOption("30");
    const twoModules = await session.page().locator("#planner-result tbody").allTextContents();
    expect(twoModules.some((text) => text.includes("Pauze") && /\d\d:\d\d–\d\d:\d\d/.test(text))).toBe(true);
    expect(new URL(session.page().url()).searchParams.get("pauze")).toBe("30");
    expect(errors).toEqual([]);
  });

  it("restores a shared choice from the URL", async () => {
    await session.page().goto(plannerUrl);
    const firstId = await session.page().locator('input[name="modules"]').first().getAttribute("value");
    await session.page().goto(`${plannerUrl}?modules=${firstId}&start=08:45&pauze=0&lunch=0`);
    expect(await session.page().locator('input[name="modules"]:checked').count()).toBe(1);
    expect(await session.page().locator("#planner-start").inputValue()).toBe("08:45");
    expect(await caption()).toMatch(/^Dagprogramma van 08:45 tot/);
  });

  it("can be used with the keyboard only", async () => {
    await session.page().goto(plannerUrl);
    await session.page().locator('input[name="modules"]').first().focus();
    const before = await caption();
    await session.page().keyboard.press("Space");
    expect(await caption()).not.toBe(before);
    await session.page().keyboard.press("Space");
    expect(await caption()).toBe(before);
  });

  it("prints the day programme without the form", async () => {
    await session.page().goto(plannerUrl);
    await session.page().emulateMedia({ media: "print" });
    expect(await session.page().locator("#planner").isVisible()).toBe(false);
    expect(await session.page().locator("#planner-result table").isVisible()).toBe(true);
  });
});

describe("the session planner without JavaScript", () => {
  it("shows the sample day and hides the form", async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(plannerUrl);
    expect(await plain.locator("#planner").isVisible()).toBe(false);
    expect(await plain.locator("#planner-uitkomst").textContent()).toBe("Voorbeelddag");
    expect(await plain.locator("#planner-result caption").textContent()).toMatch(/^Dagprogramma van 09:30 tot/);
    await context.close();
  });
});
