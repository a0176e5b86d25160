import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { deepFreeze } from "../content/deep-freeze.ts";
import { urlToFile } from "../content/urls.ts";
import { sha256 } from "../files/sha256.ts";
import { viewHasher } from "../content/view-hash.ts";
import type { SiteViews } from "../views/site-views.ts";
import type { DerivedSite } from "../views/derive-site.ts";
import { checkedFileNames, readCheckedFile, writeCheckedFile } from "./checked-file.ts";
import { pruneCache } from "./prune-cache.ts";

/** What reusing rendered pages did. */
export interface PageReport {
  /** Pages whose HTML came from `.cache/pages/`, checked against its recorded hash. */
  reused: number;
  /** Pages Eleventy rendered now. */
  rendered: number;
}

/** The pages of one build: the views left to render, and how to store what rendering made. */
export interface CachedPages {
  /** The views whose page has no intact cached HTML under its key: the ones Eleventy renders. */
  pending: SiteViews;
  /** Stores the page of every rendered view from `outputDir` under its key, and prunes the keys this build did not use. */
  save(outputDir: string): Promise<void>;
  /** What was reused and rendered. */
  report: PageReport;
}

/**
 * The dev server's rule for the production build: a page is not rendered again when the hash of its complete view,
 * its template and the code fingerprint (`codeKey`: src/ with every template, the lockfile with Eleventy's version,
 * the runtime) equal the key of a cached page, and the cached HTML still has its recorded SHA-256; its bytes are then
 * written into `outputDir` as they are. Templates read only their view, so nothing is declared by hand. Without a
 * cache folder (a cold build) every view is pending. The shared site settings and releases are frozen first, as in
 * the dev server, so that each is described once per build instead of once per view.
 */
export async function cachedPages(derived: DerivedSite, outputDir: string, cacheDir: string | undefined, codeKey: string): Promise<CachedPages> {
  const lists = Object.entries(derived.views) as [string, { url: string }[]][];
  if (!cacheDir) {
    const rendered = lists.reduce((sum, [, list]) => sum + list.length, 0);
    return { pending: derived.views, save: () => Promise.resolve(), report: { reused: 0, rendered } };
  }
  deepFreeze([derived.site, ...derived.toolkit.releases]);
  const hash = viewHasher();
  const placed = lists.flatMap(([template, list]) => list.map((view) => ({ view, file: urlToFile(view.url), key: pageKey(codeKey, template, hash(view)) })));
  const keys = new Map(placed.map(({ file, key }) => [file, key]));
  const left = new Set<{ url: string }>();
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let page = placed[next++]; page; page = placed[next++]) {
      const cached = await readCheckedFile(cacheDir, page.key, "html");
      if (!cached) {
        left.add(page.view);
        continue;
      }
      await mkdir(path.dirname(path.join(outputDir, page.file)), { recursive: true });
      await writeFile(path.join(outputDir, page.file), cached);
    }
  };
  await Promise.all(Array.from({ length: READ_AT_ONCE }, reader));
  const report: PageReport = { reused: placed.length - left.size, rendered: left.size };
  const pending = lists.map(([template, list]) => [template, list.filter((view) => left.has(view))] as const);
  const rendered = new Set(pending.flatMap(([, list]) => list.map((view) => urlToFile(view.url))));
  return {
    pending: Object.fromEntries(pending) as unknown as SiteViews,
    async save(dir) {
      for (const file of rendered) await writeCheckedFile(cacheDir, keys.get(file) ?? "", "html", await readFile(path.join(dir, file)));
      await pruneCache(cacheDir, new Set([...keys.values()].flatMap((key) => checkedFileNames(key, "html"))));
    },
    report,
  };
}

/** Cached pages read side by side: enough to keep the disk busy, few enough to hold little memory. */
const READ_AT_ONCE = 32;

/** The key of a page: the code fingerprint, the template and the hash of the complete view it shows. */
function pageKey(codeKey: string, template: string, viewHash: string): string {
  return sha256(`${codeKey}\0${template}\0${viewHash}`);
}
