import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";

/** The page printed to A4 as Chromium does for a reader: its PDF's sheets, each sheet's text (pdftotext). */
export async function printedSheets(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4" });
  await page.emulateMedia({ media: "screen" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "sheets-"));
  try {
    const file = path.join(dir, "page.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "0");
    return Array.from({ length: count }, (_, index) =>
      execFileSync("pdftotext", ["-f", String(index + 1), "-l", String(index + 1), "-layout", file, "-"], { encoding: "utf8" }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
