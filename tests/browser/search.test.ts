import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AxeResults } from "axe-core";
import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../helpers/browser.ts";
import { searchCost } from "../helpers/search-cost.ts";

const baseUrl = inject("realSiteUrl");
const axeSource = await readFile(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");
const session = browserSession();
const errors = session.errors;

/** Sums the bytes over the wire (headers and compressed bodies) of the responses that arrive while `action` runs. */
async function wireBytes(action: () => Promise<void>): Promise<{ bytes: number; files: string[] }> {
  const seen: Promise<{ url: string; bytes: number }>[] = [];
  const listener = (response: import("playwright-core").Response): void => {
    seen.push(
      response
        .request()
        .sizes()
        .then((sizes) => ({ url: response.url().replace(baseUrl, ""), bytes: sizes.responseBodySize + sizes.responseHeadersSize })),
    );
  };
  session.page().on("response", listener);
  await action();
  session.page().off("response", listener);
  const responses = await Promise.all(seen);
  return { bytes: responses.reduce((sum, response) => sum + response.bytes, 0), files: responses.map((response) => response.url) };
}

async function typeAndWait(query: string): Promise<number> {
  const field = session.page().locator("#zoekveld");
  await field.fill("");
  await field.pressSequentially(query);
  const typed = Date.now();
  await session.page().waitForFunction((text) => document.querySelector(".search-panel__status")?.textContent?.includes(`"${text}"`) === true, query);
  return Date.now() - typed;
}

describe("search in Chromium via nginx", () => {
  it("loads nothing for search until the header field is used", async () => {
    const loaded: string[] = [];
    session.page().on("request", (request) => loaded.push(request.url()));
    await session.page().goto(`${baseUrl}/toolkit/2.0/randvoorwaarden/anbi-stichting/`);
    expect(loaded.filter((url) => url.includes("pagefind") || url.includes("search-ui"))).toEqual([]);
  });

  it("shows results while typing in the header field, within the release being read, and measures the cost", async () => {
    await session.page().goto(`${baseUrl}/toolkit/1.0/randvoorwaarden/anbi-stichting/`);
    await session.page().locator("#zoekveld").focus();
    let firstTime = 0;
    const first = await wireBytes(async () => {
      firstTime = await typeAndWait("schenking");
    });
    const results = await session.page().locator(".search-panel .search-result").count();
    expect(results).toBeGreaterThan(0);
    expect(await session.page().locator(".search-panel__status").textContent()).toContain('voor "schenking" in release 1.0 en de podcast');
    const metas = await session.page().locator(".search-panel .search-result__meta").allTextContents();
    expect(metas.filter((meta) => meta.startsWith("Release")).every((meta) => meta.startsWith("Release 1.0"))).toBe(true);
    let secondTime = 0;
    const second = await wireBytes(async () => {
      secondTime = await typeAndWait("begeleider");
    });
    console.log(
      `Search cost on the real site: first query ${(first.bytes / 1024).toFixed(1)} KB over the wire (${first.files.length} files), ${firstTime} ms from last keystroke to results; second query ${(second.bytes / 1024).toFixed(1)} KB (${second.files.length} files), ${secondTime} ms`,
    );
    expect(errors).toEqual([]);
  });

  it("shows the release being read before it loads anything of the podcast's bundle, within the byte budget", async () => {
    const page = session.page();
    await page.goto(`${baseUrl}/toolkit/1.0/randvoorwaarden/anbi-stichting/`);
    const first = await searchCost(page, "schenking");
    expect(first.firstStatus).toBe("Zoeken in release 1.0 en de podcast…");
    expect(first.firstFiles.filter((file) => file.includes("/zoeken/index/")).every((file) => file.includes("/zoeken/index/1.0/"))).toBe(true);
    expect(first.completeFiles.some((file) => file.includes("/zoeken/index/algemeen/"))).toBe(true);
    expect(first.firstKb).toBeLessThanOrEqual(90);
    expect(first.completeKb).toBeLessThanOrEqual(115);
    const second = await searchCost(page, "begeleider");
    expect(second.completeKb).toBeLessThanOrEqual(35);
    console.log(
      `Progressive search: first results after ${first.firstKb.toFixed(1)} KB, complete list after ${first.completeKb.toFixed(1)} KB, second query ${second.completeKb.toFixed(1)} KB`,
    );
    expect(errors).toEqual([]);
  });

  it("searches all versions on /zoeken/ and shows each page once with its other releases", async () => {
    await session.page().goto(`${baseUrl}/zoeken/?q=schenking&versie=alle`);
    // The first release's results show first; the complete list is there once the status names the query.
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.includes('"schenking"') === true);
    expect(await session.page().locator("#versie-alle").isChecked()).toBe(true);
    const titles = await session.page().locator("#zoekresultaten .search-result__title").allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    expect(await session.page().locator("#zoekresultaten .search-result__also").count()).toBeGreaterThan(0);
    expect(await session.page().locator("#zoekstatus").textContent()).toContain("in alle releases");
    await session.page().locator("#versie-1\\.0").check();
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.includes("release 1.0") === true);
    expect(new URL(session.page().url()).searchParams.get("versie")).toBe("1.0");
    expect(errors).toEqual([]);
  });

  it("works with the keyboard only: type, tab to a result, open it", async () => {
    await session.page().goto(`${baseUrl}/`);
    for (let step = 0; step < 5; step += 1) {
      await session.page().keyboard.press("Tab");
      if ((await session.page().evaluate(() => document.activeElement?.id)) === "zoekveld") break;
    }
    expect(await session.page().evaluate(() => document.activeElement?.id)).toBe("zoekveld");
    await session.page().keyboard.type("Beelddepot");
    await session.page().waitForSelector(".search-panel .search-result a");
    await session.page().keyboard.press("Enter");
    await session.page().waitForURL(/\/zoeken\/\?q=Beelddepot/);
    await session.page().waitForSelector("#zoekresultaten .search-result a");
    await session.page().locator("#zoekresultaten .search-result a").first().focus();
    const target = await session.page().evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await session.page().keyboard.press("Enter");
    await session.page().waitForURL(target);
    expect(session.page().url()).toBe(target);
  });

  it("has 0 axe violations on /zoeken/ with results shown", async () => {
    await session.page().goto(`${baseUrl}/zoeken/?q=gemeente&versie=2.0`);
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.includes('"gemeente"') === true);
    await session.page().evaluate(axeSource);
    const results = (await session.page().evaluate(() =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }),
    )) as AxeResults;
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it("has one search box on /zoeken/ and its headings in order: results are h3 under an h2", async () => {
    await session.page().goto(`${baseUrl}/zoeken/?q=gemeente&versie=2.0`);
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.includes('"gemeente"') === true);
    expect(await session.page().locator('input[type="search"]').count()).toBe(1);
    expect(await session.page().locator(".site-header__search-link").count()).toBe(0);
    const levels = await session
      .page()
      .evaluate(() => [...document.querySelectorAll("main h1, main h2, main h3")].map((heading) => Number(heading.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), `kop ${index + 1}`).toBeLessThanOrEqual(1));
    expect(levels.filter((level) => level === 3).length).toBeGreaterThan(0);
  });

  it("finds the rekenhulp by what it is for and shows its description, not its search words", async () => {
    await session.page().goto(`${baseUrl}/zoeken/?q=wat%20kost%20het&versie=2.0`);
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.includes('"wat kost het"') === true);
    const first = session.page().locator("#zoekresultaten .search-result").first();
    expect(await first.locator("a").first().getAttribute("href")).toBe("/toolkit/2.0/rekenhulp/");
    expect(await first.locator(".search-result__meta").textContent()).toBe("Release 2.0 · Hulpmiddel");
    expect(await first.locator(".search-result__excerpt").textContent()).toMatch(/^Reken uit wat Het Bouwdepot je gemeente kost/);
    expect(await first.locator(".search-result__excerpt").textContent()).not.toContain("begroting");
  });

  it("offers the release's tools, its A–Z and all releases when nothing is found", async () => {
    await session.page().goto(`${baseUrl}/zoeken/?q=qxzwvbj&versie=1.0`);
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.startsWith("Geen resultaten") === true);
    expect(await session.page().locator("#zoekhulp-1\\.0").isVisible()).toBe(true);
    expect(await session.page().locator("#zoekhulp-3\\.0").isVisible()).toBe(false);
    const links = await session
      .page()
      .locator("#zoekhulp-1\\.0 a")
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["/toolkit/1.0/rekenhulp/", "/toolkit/1.0/training/planner/", "/toolkit/1.0/a-z/", "/toolkit/1.0/training/"]));
    const wider = session.page().locator("#zoekresultaten a", { hasText: "Zoek in alle releases" });
    expect(await wider.getAttribute("href")).toBe("/zoeken/?q=qxzwvbj&versie=alle");
    await wider.click();
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent === 'Geen resultaten voor "qxzwvbj" in alle releases.');
    expect(await session.page().locator("#zoekresultaten a", { hasText: "Zoek in alle releases" }).count()).toBe(0);
    expect(await session.page().locator("#zoekhulp-3\\.0").isVisible()).toBe(true);
    await session.page().locator("#zoekterm").fill("rekenhulp");
    await session.page().waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.includes('"rekenhulp"') === true);
    expect(
      await session
        .page()
        .locator(".search-help")
        .evaluateAll((sections) => sections.filter((section) => !(section as HTMLElement).hidden).length),
    ).toBe(0);
    expect(errors).toEqual([]);
  });

  it("tells readers without JavaScript where to go instead", async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${baseUrl}/zoeken/?q=gemeente`);
    expect(await plain.locator("#zoeken-zonder-js").isVisible()).toBe(true);
    expect(await plain.locator("#zoeken-zonder-js a").getAttribute("href")).toBe("/toolkit/3.0/a-z/");
    await context.close();
  });
});
