import { describe, expect, inject, it } from "vitest";
import { axeViolations, browserSession } from "../helpers/browser.ts";

const baseUrl = inject("realSiteUrl");
const previewUrl = inject("realPreviewSiteUrl");
const session = browserSession();

describe("the summary for college and council on a screen", () => {
  it.each([
    ["2.0", 375, 740],
    ["2.0", 1280, 900],
    ["3.0", 375, 740],
    ["3.0", 1280, 900],
  ] as const)("of release %s at %i×%i: its title high, its own text near the top, no accessibility violations", async (version, width, height) => {
    const page = session.page();
    await page.setViewportSize({ width, height });
    await page.goto(`${version === "3.0" ? previewUrl : baseUrl}/toolkit/${version}/samenvatting/`);
    const place = await page.evaluate(() => ({
      h1: document.querySelector("h1")?.getBoundingClientRect().top ?? Infinity,
      own: document.querySelector("[data-own-text]")?.getBoundingClientRect().top ?? Infinity,
      wide: document.documentElement.scrollWidth,
    }));
    // The preview's concept banner stands above the header: allow for it as reader-first does for released pages.
    expect(place.h1).toBeLessThan(height / 2 + (version === "3.0" ? 120 : 0));
    expect(place.own).toBeLessThan(height * 1.5);
    expect(place.wide).toBeLessThanOrEqual(width);
    expect(await page.locator("h1").textContent()).toBe("Samenvatting voor college en raad");
    expect(await axeViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
