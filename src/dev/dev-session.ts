import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildAssets, type SiteAssets } from "../assets/build-assets.ts";
import { formatContentError, formatContentErrors } from "../content/content-error.ts";
import { loadContent } from "../content/load-content.ts";
import { LoadMemo } from "../content/load-memo.ts";
import type { SiteContent } from "../content/model.ts";
import { urlToFile, urlToFolder } from "../content/urls.ts";
import { listFiles } from "../files/list-files.ts";
import { removeFile } from "../files/remove-file.ts";
import type { ViewSource } from "../render/view-source.ts";
import { viewHasher } from "../content/view-hash.ts";
import { deepFreeze } from "../content/deep-freeze.ts";
import { bundleInputs } from "../search/bundle-inputs.ts";
import { writeSearchIndexes } from "../search/pagefind.ts";
import { bundleUrl, recordsKey, searchBundles, type SearchBundle } from "../search/search-bundles.ts";
import { deriveSite, publishedFiles, type DerivedSite } from "../views/derive-site.ts";
import type { SiteViews } from "../views/site-views.ts";
import { deriveMemo } from "../toolkit/derive-memo.ts";
import { DevReads } from "./dev-reads.ts";
import { DevRelated } from "./dev-related.ts";
import { GENERATION_FILE, GenerationFile } from "./generation-file.ts";
import { OutputCheck } from "./output-check.ts";
import type { WatchPlaces } from "./watched-paths.ts";

/** Milliseconds of quiet before the dev server indexes search again (Pagefind takes both cores for a while). */
const SEARCH_QUIET_MS = Number(process.env.BOUWDEPOT_SEARCH_QUIET_MS ?? 3000);

/** The dev server's views, and where to hear what the watcher reported before a build. */
export interface DevSession extends ViewSource {
  /** Paths the watcher reported changed, added or deleted, for the coming build; undefined when unknown (see DevReads). */
  reported(paths: readonly string[] | undefined): void;
}

/**
 * The dev server's state between saves. A view is rendered again unless the hash of the view (everything its page
 * shows) equals the hash of what was last written to its file; nothing is declared by hand. That every written file
 * is still there is checked once the build is on disk (see OutputCheck), with one more build for a file that went
 * missing. An unchanged view keeps its object between saves (see DeriveMemo), so its hash is not computed again.
 * Files whose view is gone are deleted, and search bundles are indexed again, after a quiet moment, when a
 * page they read changed. "Zie ook" rankings of a changed release follow once the save is on disk (see DevRelated),
 * with one more build through `rebuild` when they differ. After a save only the files the watcher reported (`reported`)
 * are read, and a full read confirms them once the build is on disk (see DevReads), with one more build when it finds
 * other files. The generation file says `settled` only when none of this is due.
 */
export function devSession(places: WatchPlaces, rebuild: (reason: string) => void): DevSession {
  const memo = new LoadMemo();
  const kept = deriveMemo();
  let rebuildDue = false;
  // What background work found once a build was on disk: a reason to build again, or nothing (then the output may settle).
  const afterBackground = (reason: string | undefined): void => {
    if (reason === undefined) {
      writeGeneration().catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
      return;
    }
    rebuildDue = true;
    rebuild(reason);
  };
  const reads = new DevReads(places, (differing) => {
    if (differing.length > 0) console.log(`Niet gemeld door de watcher, wel gewijzigd: ${differing.join(", ")}; de site bouwt opnieuw.`);
    afterBackground(differing.length > 0 ? `gewijzigd: ${differing.join(", ")}` : undefined);
  });
  const outputs = new OutputCheck((missing) => {
    for (const file of missing) onDisk.delete(file);
    if (missing.length > 0) console.log(`Verdwenen uit de uitvoermap: ${missing.join(", ")}; de site bouwt opnieuw.`);
    afterBackground(missing.length > 0 ? `verdwenen: ${missing.join(", ")}` : undefined);
  });
  const related = new DevRelated((changed) => afterBackground(changed ? "Zie ook" : undefined));
  let lastGood: SiteContent | undefined;
  let assets: SiteAssets | undefined;
  let onDisk = new Map<string, string>();
  let indexed = new Map<string, string>();
  let outputDir = "";
  let background = true;
  let first = true;
  let state: { derived: DerivedSite; content: SiteContent; files: Map<string, string>; published: { file: string; bytes: Uint8Array }[] } | undefined;
  let building = false;
  let searching: Promise<void> = Promise.resolve();
  let searchRequested = 0;
  let searchDone = 0;
  let searchTimer: NodeJS.Timeout | undefined;
  let generation = 0;
  let renderStarted = 0;
  let renderMs: number | undefined;

  const generationFile = new GenerationFile();
  const writeGeneration = (): Promise<void> => {
    generation += 1;
    const settled = !building && !rebuildDue && !related.pending && !reads.pending && !outputs.pending && searchDone === searchRequested;
    return generationFile.write(outputDir, { generation, settled, ...(renderMs === undefined ? {} : { renderMs }) });
  };

  const load = async (): Promise<{ content: SiteContent; errors: string[] }> => {
    const result = loadContent(await reads.read(), memo);
    if (result.ok) {
      lastGood = result.content;
      return { content: result.content, errors: [] };
    }
    console.error(`\n${formatContentErrors(result.errors)}\n`);
    const errors = result.errors.map(formatContentError);
    const fallback = lastGood ?? result.partial;
    if (!fallback) throw new Error("_data/site.yaml bevat fouten (zie hierboven); herstel die, dan bouwt de site opnieuw.");
    console.error(lastGood ? "De site toont nog de laatste versie zonder fouten.\n" : "De site toont alleen de bestanden zonder fouten.\n");
    return { content: fallback, errors };
  };

  const reindex = async (bundles: readonly SearchBundle[]): Promise<void> => {
    const wanted = new Map(bundles.map((bundle) => [bundle.name, bundleKey(bundle, onDisk)]));
    const stale = bundles.filter((bundle) => indexed.get(bundle.name) !== wanted.get(bundle.name));
    const gone = [...indexed.keys()].filter((name) => !wanted.has(name));
    for (const name of gone) await rm(path.join(outputDir, urlToFolder(bundleUrl(name))), { recursive: true, force: true });
    if (stale.length > 0) await writeSearchIndexes(outputDir, stale);
    indexed = new Map([...wanted].filter(([name]) => !gone.includes(name)));
  };

  const scheduleSearch = (bundles: readonly SearchBundle[]): void => {
    clearTimeout(searchTimer);
    searchRequested += 1;
    const request = searchRequested;
    searchTimer = setTimeout(() => {
      searching = searching
        .then(() => reindex(bundles))
        .catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)))
        .then(() => {
          searchDone = Math.max(searchDone, request);
          return writeGeneration();
        });
    }, SEARCH_QUIET_MS);
  };

  return {
    reported(paths) {
      reads.reported(paths);
    },

    before(dir, inBackground) {
      outputDir = dir;
      background = inBackground;
      building = true;
      rebuildDue = false;
    },

    async views() {
      const { content, errors } = await load();
      const templates = await templatesKey();
      assets ??= await buildAssets();
      const derived = deriveSite({
        content,
        mode: "dev",
        related: related.rankings(content, background),
        assets,
        buildDate: new Date().toISOString().slice(0, 10),
        contentErrors: errors,
        memo: kept,
      });
      // Frozen, the big objects every view of a release shares (site settings, the release) are described once per save.
      deepFreeze([derived.site, ...derived.toolkit.releases]);
      const hash = viewHasher();
      const files = new Map<string, string>();
      const pending = Object.fromEntries(
        Object.entries(derived.views).map(([name, list]: [string, { url: string }[]]) => [
          name,
          list.filter((view) => {
            const file = urlToFile(view.url);
            const viewHash = `${templates}:${hash(view)}`;
            files.set(file, viewHash);
            return onDisk.get(file) !== viewHash;
          }),
        ]),
      ) as unknown as SiteViews;
      const published = publishedFiles(content, derived, assets).map(({ url, bytes: data }) => ({ file: urlToFile(url), bytes: data }));
      for (const { file, bytes: data } of published) files.set(file, `bytes:${bytesHash(data)}`);
      state = { derived, content, files, published };
      renderStarted = performance.now();
      return pending;
    },

    async after() {
      if (!state) return;
      renderMs = Math.round(performance.now() - renderStarted);
      const { derived, content, files, published } = state;
      await Promise.all(
        published
          .filter(({ file }) => onDisk.get(file) !== files.get(file))
          .map(async ({ file, bytes: data }) => {
            await mkdir(path.dirname(path.join(outputDir, file)), { recursive: true });
            await writeFile(path.join(outputDir, file), data);
          }),
      );
      const known = first
        ? (await listFiles(outputDir).catch(() => [])).filter((file) => !file.startsWith("zoeken/index/") && file !== GENERATION_FILE)
        : [...onDisk.keys()];
      for (const file of known.filter((file) => !files.has(file))) await removeFile(outputDir, file);
      if (first) await rm(path.join(outputDir, "zoeken", "index"), { recursive: true, force: true });
      first = false;
      onDisk = files;
      state = undefined;
      const bundles = searchBundles(derived.toolkit, derived.podcast, content.sitePages);
      if (background) {
        scheduleSearch(bundles);
      } else {
        await reindex(bundles);
      }
      building = false;
      await writeGeneration();
      // "Zie ook" of an edited release is ranked, and a partial read confirmed, now that its pages are on disk.
      related.rankWaiting();
      reads.confirmLater();
      outputs.later(outputDir, [...files.keys()]);
    },
  };
}

const TEMPLATE_DIRS = ["site", "layouts"].map((dir) => path.join(path.dirname(fileURLToPath(import.meta.url)), "..", dir));

/** Hash of every template: Eleventy reloads templates on a save, so a template edit renders every view again. */
async function templatesKey(): Promise<string> {
  const hash = createHash("sha1");
  for (const dir of TEMPLATE_DIRS) {
    for (const file of await listFiles(dir))
      hash
        .update(`${file}\0`)
        .update(await readFile(path.join(dir, file)))
        .update("\0");
  }
  return hash.digest("base64");
}

function bundleKey(bundle: SearchBundle, files: ReadonlyMap<string, string>): string {
  const hash = createHash("sha1").update(`${recordsKey(bundle)}\0`);
  for (const file of bundleInputs(bundle, [...files.keys()])) hash.update(`${file}\0${files.get(file) ?? ""}\0`);
  return hash.digest("base64");
}

/** Hashes of published bytes (audio, images, assets): the same array object holds the same bytes, as nothing writes to them. */
const byteHashes = new WeakMap<Uint8Array, string>();

function bytesHash(bytes: Uint8Array): string {
  let known = byteHashes.get(bytes);
  if (known === undefined) byteHashes.set(bytes, (known = createHash("sha1").update(bytes).digest("base64")));
  return known;
}
