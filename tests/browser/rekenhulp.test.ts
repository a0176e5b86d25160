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
    expect(await out("count-huisuitzetting")).toBe(((1050 * 12) / 6000).toFixed(1).replace(".", ","));
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
    expect(await page.locator("#r-invoering-fout").textContent()).toBe('Invoeringskosten: "abc" is geen getal; het blijft niet ingevuld.');
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
    expect(printed.text).toContain("Het bouwbudget naast kosten die Het Bouwdepot wil voorkomen");
    expect(printed.text).toContain("Bossche Bond");
    expect(printed.text).toContain("deze bedragen komen uit andere plaatsen en jaren");
    expect(printed.text).toContain("Citeer deze berekening");
    expect([printed.nav, printed.form]).toEqual(["none", "none"]);
    expect((await page.pdf({ format: "A4" })).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("never presents the Nibud debt or the adult benefit as a cost the municipality earns back, in any release", async () => {
    const page = session.page();
    for (const version of ["1.0", "2.0"]) {
      await page.goto(`${baseUrl}/toolkit/${version}/rekenhulp/`);
      const compared = (await page.locator("#voorkomen-titel").locator("xpath=ancestor::table").innerText()).toLowerCase();
      expect(compared).toContain("huisuitzetting");
      expect(compared).not.toContain("schuld");
      expect(compared).not.toContain("uitkering");
      expect(await page.locator("[data-out=count-schuldopbouw], [data-out=count-uitkering]").count()).toBe(0);
      expect(await page.locator("#apart-schuldopbouw").innerText()).toContain("eigen situatie van de jongere");
      expect(await page.locator("#apart-uitkering").innerText()).toContain("Voor jongeren van 18 tot 21 jaar geldt de jongerennorm");
    }
    expect(errors).toEqual([]);
  });

  it("calls the total Bouwbudget alleen, naming what is missing, until every other cost is filled in", async () => {
    const page = session.page();
    await page.goto(url);
    expect(await out("totalLabel")).toBe("Bouwbudget alleen");
    expect(await out("missing")).toContain("begeleiding, de route via de ANBI-stichting en invoering");
    expect(await out("missing")).toContain("meestal groot");
    await page.locator("#r-begeleiding").fill("3000");
    expect(await out("totalLabel")).toBe("Bouwbudget en de ingevulde kosten, geen totaal");
    await page.locator("#r-anbi").fill("1000");
    await page.locator("#r-invoering").fill("5000");
    expect(await out("totalLabel")).toBe("Totaal");
    expect(await page.locator("[data-out=missing]").isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("opens an address shared before the change with the same inputs, and says when and why the comparison changed", async () => {
    const page = session.page();
    await page.goto(`${url}?jongeren=25&bedrag=1050&maanden=12&begeleiding=3000`);
    const values = await Promise.all(["#r-jongeren", "#r-bedrag", "#r-maanden", "#r-begeleiding", "#r-anbi"].map((id) => page.locator(id).inputValue()));
    expect(values).toEqual(["25", "1050", "12", "3000", ""]);
    expect(await out("budget")).toBe(amount(25 * 1050 * 12));
    expect(await page.locator("#gewijzigd-2026-12-07").innerText()).toContain("Gewijzigd op 7 december 2026");
    expect(new URL(page.url()).search).toBe("?jongeren=25&bedrag=1050&maanden=12&begeleiding=3000");
    expect(errors).toEqual([]);
  });

  it("marks an invalid value at its own field", async () => {
    const page = session.page();
    await page.goto(url);
    await page.locator("#r-jongeren").fill("0");
    const field = page.locator("#r-jongeren");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect((await field.getAttribute("aria-describedby"))?.split(" ")).toEqual(["r-jongeren-uitleg", "r-jongeren-fout"]);
    expect(await page.locator("#r-jongeren-fout").textContent()).toBe("Aantal jongeren: 0 ligt niet tussen 1 en 100.000; 10 is gebruikt.");
    expect(await page.locator("#r-jongeren-fout").isVisible()).toBe(true);
    await field.fill("5");
    expect(await field.getAttribute("aria-invalid")).toBeNull();
    expect(await field.getAttribute("aria-describedby")).toBe("r-jongeren-uitleg");
    expect(await page.locator("#r-jongeren-fout").isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("says no more about the outcomes than the source: no moment of measuring", async () => {
    const page = session.page();
    await page.goto(url);
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/bij de start|aan het eind/i);
    expect(text).toContain("De bron zegt niet wanneer er gemeten is");
    expect(text).toContain("controleer de huidige normbedragen");
  });

  for (const [width, height] of [
    [375, 740],
    [1280, 900],
  ] as const) {
    it(`has no axe violations at ${width} px, with tables that fit and headers on at most two lines at 1280 px`, async () => {
      const page = session.page();
      await page.setViewportSize({ width, height });
      await page.goto(`${url}?jongeren=0&anbi=2500`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const overflowing = await page.evaluate(
        () => [...document.querySelectorAll(".table-scroll")].filter((box) => box.scrollWidth > box.clientWidth + 1).length,
      );
      expect(overflowing).toBe(0);
      if (width === 1280) {
        const tallest = await page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll<HTMLElement>(".rekenhulp-table th[scope=col]")].map((th) => {
              const style = getComputedStyle(th);
              return (th.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight);
            }),
          ),
        );
        expect(tallest).toBeLessThanOrEqual(2.1);
      }
    });
  }

  it("has no axe violations and no horizontal scroll at 320 px", async () => {
    const page = session.page();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${url}?jongeren=7&anbi=2500`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
