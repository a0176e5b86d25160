import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { scanHtml, type PageScan } from "../checks/link-check.ts";

/** How the link-check scans of one build were obtained, for the build report. */
export interface ScanReport {
  /** Pages whose scan came from the cache. */
  reused: number;
  /** Pages scanned in this build. */
  scanned: number;
}

/**
 * The link-check scan of every HTML page, by file. A scan depends only on the page's HTML (and the scanner, whose
 * code is part of `codeKey`), so it is reused by the hash of that HTML; the cache keeps this build's scans only.
 */
export async function scansCached(
  pages: ReadonlyMap<string, { html: string; hash: string }>,
  cacheFile: string | undefined,
  codeKey: string,
): Promise<{ scans: Map<string, PageScan>; report: ScanReport }> {
  const cached = cacheFile ? await readScans(cacheFile, codeKey) : {};
  const kept: Record<string, PageScan> = {};
  const scans = new Map<string, PageScan>();
  const report: ScanReport = { reused: 0, scanned: 0 };
  for (const [file, { html, hash }] of pages) {
    const known = cached[hash];
    const scan = known ?? scanHtml(html);
    if (known) report.reused += 1;
    else report.scanned += 1;
    kept[hash] = scan;
    scans.set(file, scan);
  }
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify({ codeKey, scans: kept }));
  }
  return { scans, report };
}

async function readScans(file: string, codeKey: string): Promise<Record<string, PageScan>> {
  try {
    const stored = JSON.parse(await readFile(file, "utf8")) as { codeKey?: string; scans?: Record<string, PageScan> };
    return stored.codeKey === codeKey && stored.scans ? stored.scans : {};
  } catch {
    return {};
  }
}
