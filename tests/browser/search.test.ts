import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";

const baseUrl = inject("realSiteUrl");
const axeSource = await readFile(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

beforeEach(async () => {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors.length = 0;
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Sums the bytes over the wire (headers and compressed bodies) of the responses that arrive while `action` runs. */
async function wireBytes(action: () => Promise<void>): Promise<{ bytes: number; files: string[] }> {
  const seen: Promise<{ url: string; bytes: number }>[] = [];
  const listener = (response: import("playwright-core").Response): void => {
    seen.push(response.request().sizes().then((sizes) => ({ url: response.url().replace(baseUrl, ""), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  };
  page.on("response", listener);
  await action();
  page.off("response", listener);
  const responses = await Promise.all(seen);
  return { bytes: responses.reduce((sum, response) => sum + response.bytes, 0), files: responses.map((response) => response.url) };
}

async function typeAndWait(query: string): Promise<number> {
  const field = page.locator("#zoekveld");
  await field.fill("");
  const started = Date.now();
  await field.pressSequentially(query);
  const typed = Date.now();
  await page.waitForFunction((text) => document.querySelector(".search-panel__status")?.textContent?.includes(`"${text}"`) === true, query);
  return Date.now() - typed + 0 * started;
}

describe("search in Chromium via nginx", () => {
  it("loads nothing for search until the header field is used", async () => {
    const loaded: string[] = [];
    page.on("request", (request) => loaded.push(request.url()));
    await page.goto(`${baseUrl}/toolkit/2.0/randvoorwaarden/anbi-stichting/`);
    expect(loaded.filter((url) => url.includes("pagefind") || url.includes("search-ui"))).toEqual([]);
  });

  it("shows results while typing in the header field, within the release being read, and measures the cost", async () => {
    await page.goto(`${baseUrl}/toolkit/1.0/randvoorwaarden/anbi-stichting/`);
    await page.locator("#zoekveld").focus();
    let firstTime = 0;
    const first = await wireBytes(async () => {
      firstTime = await typeAndWait("schenking");
    });
    const results = await page.locator(".search-panel .search-result").count();
    expect(results).toBeGreaterThan(0);
    expect(await page.locator(".search-panel__status").textContent()).toContain('voor "schenking" in release 1.0 en de podcast');
    const metas = await page.locator(".search-panel .search-result__meta").allTextContents();
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

  it("searches all versions on /zoeken/ and shows each page once with its other releases", async () => {
    await page.goto(`${baseUrl}/zoeken/?q=schenking&versie=alle`);
    await page.waitForSelector("#zoekresultaten .search-result");
    expect(await page.locator("#versie-alle").isChecked()).toBe(true);
    const titles = await page.locator("#zoekresultaten .search-result h3").allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    expect(await page.locator("#zoekresultaten .search-result__also").count()).toBeGreaterThan(0);
    expect(await page.locator("#zoekstatus").textContent()).toContain("in alle versies");
    await page.locator("#versie-1\\.0").check();
    await page.waitForFunction(() => document.querySelector("#zoekstatus")?.textContent?.includes("release 1.0") === true);
    expect(new URL(page.url()).searchParams.get("versie")).toBe("1.0");
    expect(errors).toEqual([]);
  });

  it("works with the keyboard only: type, tab to a result, open it", async () => {
    await page.goto(`${baseUrl}/`);
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.id)) === "zoekveld") break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("zoekveld");
    await page.keyboard.type("Beelddepot");
    await page.waitForSelector(".search-panel .search-result a");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/zoeken\/\?q=Beelddepot/);
    await page.waitForSelector("#zoekresultaten .search-result a");
    await page.locator("#zoekresultaten .search-result a").first().focus();
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press("Enter");
    await page.waitForURL(target);
    expect(page.url()).toBe(target);
  });

  it("has 0 axe violations on /zoeken/ with results shown", async () => {
    await page.goto(`${baseUrl}/zoeken/?q=gemeente&versie=2.0`);
    await page.waitForSelector("#zoekresultaten .search-result");
    await page.evaluate(axeSource);
    const results = (await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    )) as AxeResults;
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it("tells readers without JavaScript where to go instead", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${baseUrl}/zoeken/?q=gemeente`);
    expect(await plain.locator("#zoeken-zonder-js").isVisible()).toBe(true);
    expect(await plain.locator("#zoeken-zonder-js a").getAttribute("href")).toBe("/toolkit/2.0/a-z/");
    await context.close();
  });
});
