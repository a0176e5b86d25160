// Renders scripts/artwork.svg to content/podcast/artwork.png (1400×1400) with the system Chromium.
// Run once after changing the design: npx tsx scripts/render-artwork.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";

const svg = await readFile(path.join("scripts", "artwork.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1400 }, deviceScaleFactor: 1 });
await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
await page.screenshot({ path: path.join("content", "podcast", "artwork.png"), clip: { x: 0, y: 0, width: 1400, height: 1400 } });
await browser.close();
console.log("content/podcast/artwork.png geschreven (1400×1400).");
