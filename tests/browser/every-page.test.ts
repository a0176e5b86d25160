import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";
import { listFiles } from "../helpers/site-files.ts";

const axeSource = await readFile(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8");

/** A built site served by nginx, with the URL of every HTML page in it. */
interface ServedSite {
  name: string;
  dir: string;
  baseUrl: string;
  urls: string[];
  redirects: Set<string>;
}

async function servedSite(name: string, dir: string, baseUrl: string): Promise<ServedSite> {
  const htmlFiles = (await listFiles(dir)).filter((file) => file.endsWith(".html"));
  const rules = (await readFile(path.join(dir, "_actueel.nginx.conf"), "utf8")).split("\n");
  const redirects = new Set(rules.flatMap((line) => /^location = (\S+) \{/.exec(line)?.[1] ?? []));
  return { name, dir, baseUrl, urls: htmlFiles.map((file) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`), redirects };
}

const sites = [
  await servedSite("the real site (production build)", inject("realSiteDir"), inject("realSiteUrl")),
  await servedSite("the fixture site (preview build with a concept release)", inject("previewSiteDir"), inject("previewSiteUrl")),
];

/** The viewports axe checks every page at, widest first. */
const AXE_VIEWPORTS = [
  [1280, 900],
  [375, 740],
  [320, 640],
] as const;

let browser: Browser;
let page: Page;
const problems: string[] = [];
let axeChecked = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    if (!sites.some((site) => request.url().startsWith(`${site.baseUrl}/`))) problems.push(`request to another origin: ${request.url()}`);
  });
});

afterAll(async () => {
  console.log(`axe-core (WCAG 2.1 A + AA): ${axeChecked} page views checked in Chromium via nginx (every page at 1280, 375 and 320 px)`);
  await browser?.close();
});

/**
 * Opens a page as nginx serves it. nginx answers an actueel address that has a rule with a 302, so the fallback
 * page a plain host would serve is loaded from disk instead, without its instant meta refresh (tested elsewhere).
 */
async function open(site: ServedSite, url: string): Promise<void> {
  await page.unrouteAll();
  if (site.redirects.has(url)) {
    const html = (await readFile(path.join(site.dir, url, "index.html"), "utf8")).replace(/<meta http-equiv="refresh"[^>]*>/, "");
    await page.route(`${site.baseUrl}${url}`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  }
  problems.length = 0;
  const response = await page.goto(`${site.baseUrl}${url}`, { waitUntil: "load" });
  expect(response?.status(), url).toBe(200);
}

describe.each(sites)("every page of $name in Chromium, served by nginx with deploy/nginx.conf", (site) => {
  it.each(site.urls)(
    "%s: no console errors or CSP violations, keyboard focus, 0 axe violations at 1280, 375 and 320 px, no horizontal scroll at 320 px",
    async (url) => {
      await open(site, url);
      // Keyboard: the first Tab reaches the visible skip link, and every element Tab can reach shows where the focus is.
      await page.keyboard.press("Tab");
      const keyboard = await page.evaluate(() => {
        const first = document.activeElement as HTMLElement | null;
        const reachable = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")].filter(
          // The content of a closed <details> is out of the tab order until its summary opens it.
          (element) =>
            element.tabIndex >= 0 && !element.closest("[hidden], [inert], details:not([open]) > :not(summary)") && element.getClientRects().length > 0,
        );
        const unmarked = reachable.flatMap((element) => {
          element.focus();
          const style = getComputedStyle(element);
          return style.outlineStyle === "none" && style.boxShadow === "none" ? [element.outerHTML.slice(0, 80)] : [];
        });
        return {
          first: first?.textContent?.trim(),
          reachable: reachable.length > 5,
          positiveTabindex: reachable.filter((element) => element.tabIndex > 0).length,
          unmarked,
        };
      });
      expect(keyboard, url).toEqual({ first: "Naar de inhoud", reachable: true, positiveTabindex: 0, unmarked: [] });
      // axe at the three widths the layout is drawn for: phone, small phone and desktop; no sideways scroll at 320 px.
      await page.evaluate(axeSource);
      for (const [width, height] of AXE_VIEWPORTS) {
        await page.setViewportSize({ width, height });
        const results = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
          }),
        )) as AxeResults;
        axeChecked += 1;
        const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
        expect(violations, `${url} at ${width} px`).toEqual([]);
        if (width === 320) {
          const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          expect(widths.scroll, `${url} is wider than 320 px`).toBeLessThanOrEqual(widths.client);
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(
        problems.filter((problem) => !problem.includes("net::ERR_FAILED")),
        url,
      ).toEqual([]);
    },
  );
});
