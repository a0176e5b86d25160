import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../helpers/browser.ts";

const baseUrl = inject("realSiteUrl");
const session = browserSession();
const errors = session.errors;

describe("reading across releases", () => {
  it("takes a reader from an archived page via the banner to the current page and back via the switcher", async () => {
    await session.page().goto(`${baseUrl}/toolkit/1.0/randvoorwaarden/anbi-stichting/`);
    const status = session.page().locator(".release-status");
    await expect(status.textContent()).resolves.toMatch(/Release 1\.0 · 2021\s+oudere release/);
    await status.getByRole("link", { name: "Lees deze pagina in release 3.0" }).click();
    expect(session.page().url()).toBe(`${baseUrl}/toolkit/3.0/randvoorwaarden/anbi-stichting/`);
    await expect(session.page().locator(".release-status").textContent()).resolves.not.toContain("oudere release");
    await session.page().getByRole("navigation", { name: "Andere releases" }).getByRole("link", { name: /^1\.0/ }).click();
    expect(session.page().url()).toBe(`${baseUrl}/toolkit/1.0/randvoorwaarden/anbi-stichting/`);
  });

  it("sends a switcher link for a page that is new in 2.0 to the home of 1.0", async () => {
    await session.page().goto(`${baseUrl}/toolkit/2.0/aanpak/wat-het-onderzoek-laat-zien/`);
    await session
      .page()
      .getByRole("navigation", { name: "Andere releases" })
      .getByRole("link", { name: /^1\.0 \(bestaat daar niet/ })
      .click();
    expect(session.page().url()).toBe(`${baseUrl}/toolkit/1.0/`);
  });

  it("redirects /toolkit/actueel/ addresses with a 302 to the current release", async () => {
    const response = await fetch(`${baseUrl}/toolkit/actueel/randvoorwaarden/anbi-stichting/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/toolkit/3.0/randvoorwaarden/anbi-stichting/");
    const home = await fetch(`${baseUrl}/toolkit/actueel/`, { redirect: "manual" });
    expect(home.headers.get("location")).toBe("/toolkit/3.0/");
    await session.page().goto(`${baseUrl}/toolkit/actueel/training/`);
    expect(session.page().url()).toBe(`${baseUrl}/toolkit/3.0/training/`);
  });
});

describe("keyboard only", () => {
  it("reaches the skip link first and jumps to the main content with Enter", async () => {
    await session.page().goto(`${baseUrl}/toolkit/2.0/randvoorwaarden/anbi-stichting/`);
    await session.page().keyboard.press("Tab");
    const skip = await session.page().evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { text: element.textContent, visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: "Naar de inhoud", visible: true });
    await session.page().keyboard.press("Enter");
    expect(await session.page().evaluate(() => document.activeElement?.id)).toBe("inhoud");
    await session.page().keyboard.press("Tab");
    expect(await session.page().evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
  });

  it("tabs through header, menu, breadcrumb, release navigation, main content and footer with a visible focus", async () => {
    await session.page().goto(`${baseUrl}/toolkit/2.0/randvoorwaarden/anbi-stichting/`);
    const visited: { region: string; text: string; outline: string }[] = [];
    for (let step = 0; step < 80; step += 1) {
      await session.page().keyboard.press("Tab");
      const focus = await session.page().evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const region = element.closest("header")
          ? "header"
          : element.closest(".breadcrumbs")
            ? "breadcrumb"
            : element.closest(".release-nav")
              ? "release-nav"
              : element.closest("main")
                ? "main"
                : element.closest("footer")
                  ? "footer"
                  : "other";
        return { region, text: (element.textContent ?? "").trim(), outline: `${style.outlineStyle} ${style.boxShadow}` };
      });
      if (!focus) break;
      visited.push(focus);
      if (focus.region === "footer" && focus.text === "Colofon") break;
    }
    const regions = [...new Set(visited.map((entry) => entry.region))];
    expect(regions).toEqual(["other", "header", "breadcrumb", "release-nav", "main", "footer"]);
    expect(visited.map((entry) => entry.text)).toEqual(expect.arrayContaining(["Home", "Toolkit", "Over", "Randvoorwaarden", "Toegankelijkheid", "Colofon"]));
    for (const entry of visited) expect(entry.outline, entry.text).not.toBe("none none");
  });
});

describe("print", () => {
  it("keeps release, status, year, permanent URL and citation on paper and hides navigation", async () => {
    await session.page().goto(`${baseUrl}/toolkit/1.0/randvoorwaarden/anbi-stichting/`);
    await session.page().emulateMedia({ media: "print" });
    const printed = await session.page().evaluate(() => {
      const shown = (selector: string): boolean => {
        const element = document.querySelector(selector);
        return element !== null && getComputedStyle(element).display !== "none" && (element as HTMLElement).offsetHeight > 0;
      };
      return {
        status: shown(".release-status") ? document.querySelector(".release-status")?.textContent?.replace(/\s+/g, " ").trim() : null,
        url: shown(".page-about__url") ? document.querySelector(".page-about__url")?.textContent : null,
        citation: shown(".citation"),
        menu: shown(".site-nav"),
        releaseNav: shown(".release-nav"),
      };
    });
    expect(printed.status).toContain("Release 1.0 · 2021 oudere release");
    expect(printed.url).toBe("https://toolkit.bouwdepot.example/toolkit/1.0/randvoorwaarden/anbi-stichting/");
    expect(printed).toMatchObject({ citation: true, menu: false, releaseNav: false });
  });
});

describe("a module's handout on paper", () => {
  it("prints every exercise of the exercise sheet with lined space to write, whole, without navigation", async () => {
    await session.page().goto(`${baseUrl}/toolkit/2.0/training/geld-en-regels/oefeningen/`);
    await session.page().emulateMedia({ media: "print" });
    const printed = await session.page().evaluate(() => {
      const style = (selector: string): CSSStyleDeclaration => getComputedStyle(document.querySelector(selector) ?? document.body);
      const rules = document.querySelectorAll(".sheet__exercise .sheet__rule");
      const rule = rules[0];
      return {
        text: document.querySelector("main")?.innerText ?? "",
        exercises: document.querySelectorAll(".sheet__exercise").length,
        rules: rules.length,
        ruleHeight: rule instanceof HTMLElement ? rule.offsetHeight : 0,
        ruleLine: rule ? getComputedStyle(rule).borderBottomStyle : "",
        unbroken: style(".sheet__exercise").breakInside,
        screenHint: style(".no-print").display,
        releaseNav: style(".release-nav").display,
      };
    });
    expect(printed.text).toContain("Oefeningen: Geld en regels");
    expect(printed.exercises).toBe(4);
    expect(printed.rules).toBe(5 + 9 + 11 + 6);
    expect(printed.ruleHeight).toBeGreaterThan(20);
    expect(printed.ruleLine).toBe("solid");
    expect(printed).toMatchObject({ unbroken: "avoid", screenHint: "none", releaseNav: "none" });
    const pdf = await session.page().pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("a release comparison and a page's history on paper", () => {
  it("print the text labels of every change and the history line, without navigation", async () => {
    await session.page().goto(`${baseUrl}/toolkit/vergelijk/1.0/2.0/`);
    await session.page().emulateMedia({ media: "print" });
    const printed = await session.page().evaluate(() => {
      const label = document.querySelector(".diff-label");
      return {
        labelShown: label !== null && (label as HTMLElement).offsetWidth > 1,
        text: document.querySelector("main")?.innerText ?? "",
        menu: getComputedStyle(document.querySelector(".site-nav") ?? document.body).display,
      };
    });
    expect(printed.labelShown).toBe(true);
    expect(printed.text).toMatch(/\[verwijderd: [^\]]+\]/);
    expect(printed.text).toMatch(/\[toegevoegd: [^\]]+\]/);
    expect(printed.menu).toBe("none");
    await session.page().goto(`${baseUrl}/toolkit/2.0/aanpak/wie-doet-mee/`);
    const history = await session.page().evaluate(() => {
      const element = document.querySelector(".page-history");
      return element && getComputedStyle(element).display !== "none" ? (element as HTMLElement).innerText : null;
    });
    expect(history).toMatch(/Deze pagina staat in release 1\.0, 2\.0 en 3\.0; gewijzigd in release 2\.0 \(wat er veranderde in 2\.0\) en 3\.0/);
    await session.page().emulateMedia({ media: "screen" });
  });
});

describe("the Content-Security-Policy from deploy/nginx.conf", () => {
  it("makes Chromium refuse an inline script injected into a served page", async () => {
    await session.page().route(`${baseUrl}/toolkit/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("</main>", "<script>document.title = 'gehackt'</script></main>");
      await route.fulfill({ response, body });
    });
    await session.page().goto(`${baseUrl}/toolkit/`);
    expect(await session.page().title()).not.toBe("gehackt");
    expect(errors.some((message) => message.includes("Content Security Policy"))).toBe(true);
  });
});

describe("the variant comparison", () => {
  it("is a table with headers on a wide screen and a card per municipality at phone width, each label beside its value", async () => {
    const page = session.page();
    await page.goto(`${baseUrl}/toolkit/2.0/varianten/vergelijk/`);
    const table = page.getByRole("table", { name: /varianten van release 2\.0 vergeleken/ });
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.getByRole("columnheader", { name: "Eindhoven" }).count()).resolves.toBe(1);
    await expect(page.locator(".comparison-cards").isVisible()).resolves.toBe(false);
    expect(await page.getByText("Geen afwijking bekend", { exact: true }).count()).toBe(0);
    await expect(page.getByText(/^Voor alle gemeenten: geen afwijking bekend van de \d+ randvoorwaarden hieronder\.$/).count()).resolves.toBe(1);

    await page.setViewportSize({ width: 375, height: 800 });
    await expect(table.isVisible()).resolves.toBe(false);
    const card = page.getByRole("region", { name: "Eindhoven" });
    await expect(card.isVisible()).resolves.toBe(true);
    const row = card.locator("dl > div", { hasText: "Aantal jongeren" });
    const [label, value] = await Promise.all([row.locator("dt").boundingBox(), row.locator("dd").boundingBox()]);
    expect(value?.x).toBeGreaterThan((label?.x ?? 0) + (label?.width ?? 0) - 1);
    expect(Math.abs((value?.y ?? 0) - (label?.y ?? 0))).toBeLessThan(4);
    await expect(row.locator("dd").textContent()).resolves.toBe("30");
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
