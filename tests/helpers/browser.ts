import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

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
