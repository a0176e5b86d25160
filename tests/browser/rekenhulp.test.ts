import { describe, expect, inject, it } from "vitest";
import { axeViolations, browserSession } from "../helpers/browser.ts";

const baseUrl = inject("realSiteUrl");
const url = `${baseUrl}/toolkit/2.0/rekenhulp/`;
const session = browserSession();
const errors = session.errors;

/** The text of an output element, with the non-breaking space of Dutch amounts made plain. */
async function out(name: string): Promise<string> {
  return ((await session.page().locator(`[data-out="${name}"]`).first().textContent()) ?? "").replace(/\u00a0/g, " ");
}

/** Dutch amount, computed here independently of the site's code: "€ 1.234". */
function amount(value: number): string {
  return `€ ${String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}

describe("the rekenhulp with JavaScript", () => {
  it("computes a civil servant's own inputs, typed by keyboard, and keeps them in the URL", async () => {
    const page = session.page();
    await page.goto(url);
    await expect(page.locator("#rekenhulp").isVisible()).resolves.toBe(true);
    await expect(page.locator("#rekenhulp-nojs").isVisible()).resolves.toBe(false);
    await page.locator("#r-jongeren").focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("25");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("r-begeleiding");
    await page.keyboard.type("3000");
    const budget = 25 * 1050 * 12;
    const total = budget + 25 * 3000;
    expect(await out("budget")).toBe(amount(budget));
    expect(await out("aboveYouthNorm")).toBe(amount(25 * (1050 - 255) * 12));
    expect(await out("guidance")).toBe(amount(75_000));
    expect(await out("anbi")).toBe("niet ingevuld");
    expect(await out("total")).toBe(amount(total));
    expect(await out("perYoungPerson")).toBe(amount(total / 25));
    expect(await out("count-huisuitzetting")).toBe((total / 6000).toFixed(1).replace(".", ","));
    expect(await out("count-schuldopbouw")).toBe((total / (666 * 12)).toFixed(1).replace(".", ","));
    const query = new URL(page.url()).searchParams;
    expect([query.get("jongeren"), query.get("begeleiding"), query.get("bedrag"), query.get("maanden")]).toEqual(["25", "3000", "1050", "12"]);
    expect(await out("link")).toBe(`https://toolkit.bouwdepot.example/toolkit/2.0/rekenhulp/?jongeren=25&bedrag=1050&maanden=12&begeleiding=3000`);
    expect(errors).toEqual([]);
  });

  it("reproduces a pasted link, and says what it could not use", async () => {
    const page = session.page();
    await page.goto(`${url}?jongeren=10&bedrag=1050&maanden=18&invoering=abc`);
    expect(await page.locator("#r-maanden").inputValue()).toBe("18");
    expect(await out("budget")).toBe(amount(10 * 1050 * 18));
    expect(await page.locator("#rekenhulp-jaren tr").count()).toBe(2);
    expect(await page.locator("#rekenhulp-meldingen").textContent()).toBe('Invoeringskosten: "abc" is geen getal; het blijft niet ingevuld.');
    await page.reload();
    expect(await out("budget")).toBe(amount(10 * 1050 * 18));
    expect(errors).toEqual([]);
  });

  it("prints inputs, results, sources and the warning without the form's hints or navigation", async () => {
    const page = session.page();
    await page.goto(`${url}?jongeren=12`);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      text: document.querySelector("main")?.innerText ?? "",
      nav: getComputedStyle(document.querySelector(".release-nav") ?? document.body).display,
      form: getComputedStyle(document.querySelector("#rekenhulp") ?? document.body).display,
    }));
    expect(printed.text).toContain("12 jongeren");
    expect(printed.text).toContain("Wat het moet voorkomen");
    expect(printed.text).toContain("Bossche Bond");
    expect(printed.text).toContain("deze bedragen komen uit andere plaatsen en jaren");
    expect(printed.text).toContain("Citeer deze berekening");
    expect([printed.nav, printed.form]).toEqual(["none", "none"]);
    expect((await page.pdf({ format: "A4" })).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("has no axe violations and no horizontal scroll at 320 px", async () => {
    const page = session.page();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${url}?jongeren=7&anbi=2500`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
