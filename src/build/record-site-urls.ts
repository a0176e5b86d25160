import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "../content/content-error.ts";
import { formatLedger, LEDGER_FILE, parseLedger } from "../content/ledger.ts";

/**
 * True for an address that belongs to a release: its pages (`/toolkit/<version>/…`), the `/toolkit/actueel/…` pages
 * that follow the current release, and the comparisons of releases (`/toolkit/vergelijk/…`).
 */
export function isReleaseAddress(url: string): boolean {
  return /^\/toolkit\/(?:\d[^/]*|actueel|vergelijk)\//.test(url);
}

/**
 * Adds the addresses a production build published outside the releases (new episodes with their audio, transcript
 * and chapters, new site pages, new pages about all releases such as /toolkit/wijzigingen/) to the ledger, and
 * returns them. A release's addresses enter the ledger only through `npm run release -- publish`. Nothing is
 * written when nothing is new.
 */
export async function recordSiteUrls(root: string, published: readonly string[]): Promise<string[]> {
  const file = path.join(root, LEDGER_FILE);
  const bytes = await readFile(file).catch(() => undefined);
  const errors: ContentError[] = []; // a malformed ledger already stopped the build that published
  const ledger = parseLedger(bytes && { path: LEDGER_FILE, bytes }, errors);
  const known = new Set(ledger);
  const added = published.filter((url) => !isReleaseAddress(url) && !known.has(url));
  if (added.length > 0) await writeFile(file, formatLedger([...ledger, ...added]));
  return added;
}
