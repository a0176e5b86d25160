import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SECTIONS } from "../../src/content/sections.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { listFiles } from "../helpers/site-files.ts";

// Where things stand on a phone (375×740), measured on every page of the production build: the title in the top half
// of the first screen, then the page's own content before the machinery that keeps the site honest.
const PHONE = { width: 375, height: 740 };
const H1_LIMIT = 370; // half a screen
const OWN_TEXT_LIMIT = 1110; // one and a half screens
const CONTENTS_LIMIT = 1480; // two screens

const siteDir = inject("realSiteDir");
const baseUrl = inject("realSiteUrl");
const urls = (await listFiles(siteDir))
  .filter((file) => file.endsWith(".html") && !file.startsWith("toolkit/actueel/"))
  .map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`);

const sectionPattern = SECTIONS.join("|");
/** A toolkit content page: /toolkit/<v>/<section>/<slug>/ (not a tool such as the planner or the comparison). */
const contentPage = new RegExp(`^/toolkit/\\d+\\.\\d+/(${sectionPattern})/(?!planner/|vergelijk/)[^/]+/$`);
const releaseHome = /^\/toolkit\/\d+\.\d+\/$/;
const releaseComparison = /^\/toolkit\/vergelijk\/\d+\.\d+\/\d+\.\d+\/$/;

/** Where a page's parts start, in CSS pixels from the top of the document. */
interface Positions {
  h1: number | null;
  ownText: number | null;
  firstCard: number | null;
  firstChange: number | null;
  /** Correction text (other than the one dated line) that starts above the page's own text. */
  correctionsAbove: string[];
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
});

afterAll(async () => {
  await browser?.close();
});

async function positions(url: string): Promise<Positions> {
  const response = await page.goto(`${baseUrl}${url}`, { waitUntil: "load" });
  expect(response?.status(), url).toBe(200);
  return page.evaluate(() => {
    const top = (element: Element | null): number | null => (element ? Math.round(element.getBoundingClientRect().top + scrollY) : null);
    const own = document.querySelector("[data-own-text]");
    const firstOwn = own?.querySelector("p, ul, ol, dl, h2, h3, table") ?? own;
    const ownTop = top(firstOwn);
    const corrections = [...document.querySelectorAll(".corrections, .errata, #correcties, [data-correction]")].filter(
      (element) => !element.closest(".correction-line"),
    );
    return {
      h1: top(document.querySelector("h1")),
      ownText: ownTop,
      firstCard: top(document.querySelector("[data-release-contents] > *")),
      firstChange: top(document.querySelector("[data-first-change]")),
      correctionsAbove:
        ownTop === null
          ? []
          : corrections.flatMap((element) => {
              const at = top(element);
              return at !== null && at < ownTop ? [`${element.tagName.toLowerCase()}.${element.className} at ${at}`] : [];
            }),
    };
  });
}

describe("every page of the production build at 375×740 puts the reader's task first", () => {
  it("finds the page kinds it measures", () => {
    expect(urls.filter((url) => contentPage.test(url)).length).toBeGreaterThan(40);
    expect(urls.filter((url) => releaseHome.test(url)).length).toBeGreaterThanOrEqual(2);
    expect(urls.filter((url) => releaseComparison.test(url)).length).toBeGreaterThanOrEqual(1);
  });

  it.each(urls)("%s", async (url) => {
    const at = await positions(url);
    expect(at.h1, `${url}: h1 position`).not.toBeNull();
    expect(at.h1, `${url}: h1 in the top half of the first screen`).toBeLessThanOrEqual(H1_LIMIT);
    if (contentPage.test(url)) {
      expect(at.ownText, `${url}: the page's own text is marked`).not.toBeNull();
      expect(at.ownText, `${url}: own text within 1.5 screens`).toBeLessThanOrEqual(OWN_TEXT_LIMIT);
      expect(at.correctionsAbove, `${url}: correction text above the own text`).toEqual([]);
    }
    if (releaseHome.test(url)) {
      expect(at.firstCard, `${url}: the release's contents are marked`).not.toBeNull();
      expect(at.firstCard, `${url}: first card of the contents within 2 screens`).toBeLessThanOrEqual(CONTENTS_LIMIT);
    }
    if (releaseComparison.test(url)) {
      expect(at.firstChange, `${url}: the first change is marked`).not.toBeNull();
      expect(at.firstChange, `${url}: first change within 2 screens`).toBeLessThanOrEqual(CONTENTS_LIMIT);
    }
  });
});
