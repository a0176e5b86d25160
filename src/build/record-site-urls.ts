import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "../content/content-error.ts";
import { formatLedger, LEDGER_FILE, parseLedger } from "../content/ledger.ts";

/**
 * Adds the addresses a production build published outside the toolkit (new episodes with their audio, transcript
 * and chapters, new site pages) to the ledger, and returns them. Toolkit addresses enter the ledger only through
 * `npm run release -- publish`. Nothing is written when nothing is new.
 */
export async function recordSiteUrls(root: string, published: readonly string[]): Promise<string[]> {
  const file = path.join(root, LEDGER_FILE);
  const bytes = await readFile(file).catch(() => undefined);
  const errors: ContentError[] = []; // a malformed ledger already stopped the build that published
  const ledger = parseLedger(bytes && { path: LEDGER_FILE, bytes }, errors);
  const known = new Set(ledger);
  const added = published.filter((url) => !url.startsWith("/toolkit/") && !known.has(url));
  if (added.length > 0) await writeFile(file, formatLedger([...ledger, ...added]));
  return added;
}
