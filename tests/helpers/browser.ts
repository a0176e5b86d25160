import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach } from "vitest";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Launches the system Chromium headless; fails with an install hint when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME)) {
    throw new Error(`Chromium not found at ${CHROME}. Install it with "apt-get install chromium" or set CHROME_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROME,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A fresh page per test in one shared browser, with the console errors and page errors of the current test. */
export interface BrowserSession {
  /** The shared browser. */
  browser: () => Browser;
  /** The current test's page. */
  page: () => Page;
  /** Console errors and uncaught page errors seen since the current test started. */
  errors: string[];
}

/** Registers hooks that launch Chromium once per file and open a new 1280×900 page before every test. */
export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  let page: Page | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    await page?.close();
    if (!browser) throw new Error("browser not started");
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors.length = 0;
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error("browser not started");
      return browser;
    },
    page: () => {
      if (!page) throw new Error("page not opened");
      return page;
    },
    errors,
  };
}

/** The ids of the axe-core WCAG 2.1 A and AA rules the page in its current state violates. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((violation) => violation.id);
  });
}
