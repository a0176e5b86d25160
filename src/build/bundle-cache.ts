import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { urlToFolder } from "../content/urls.ts";
import { listFiles } from "../files/list-files.ts";
import { bundleInputs } from "../search/bundle-inputs.ts";
import { bundleUrl, recordsKey, type SearchBundle } from "../search/search-bundles.ts";
import { pruneCache } from "./prune-cache.ts";
import { sha256 } from "../files/sha256.ts";

/** How the search bundles of one build were obtained, for the build report. */
export interface BundleReport {
  /** Bundles copied from the cache after checking every file. */
  reused: number;
  /** Bundles indexed in this build. */
  built: number;
}

/** What the bundle cache needs from the build. */
export interface BundleCacheInput {
  /** The staged output folder. */
  outputDir: string;
  /** Every file in it, relative, with forward slashes. */
  files: readonly string[];
  /** SHA-256 of the staged files a bundle may read (its HTML), by relative path. */
  hashes: ReadonlyMap<string, string>;
  /** `.cache/search`, or undefined to build without a cache. */
  cacheDir: string | undefined;
  /** Pagefind's version and options: part of every key. */
  settings: string;
  /** Indexes bundles into the output folder. */
  write(outputDir: string, bundles: readonly SearchBundle[]): Promise<void>;
}

/** A cached bundle: the SHA-256 of each of its files, so a reuse can prove it is complete and unchanged. */
interface CacheManifest {
  /** Relative path within the bundle folder → SHA-256. */
  files: Record<string, string>;
}

/**
 * Writes the search bundles into the staged output. A bundle is copied from `.cache/search` when the key of its
 * inputs — the Pagefind settings, its records and the hash of exactly the HTML files it indexes — is unchanged and every cached
 * file still has the hash recorded when it was made; otherwise it is indexed afresh and cached.
 */
export async function writeBundlesCached(input: BundleCacheInput, bundles: readonly SearchBundle[]): Promise<BundleReport> {
  const keyed = bundles.map((bundle) => ({
    bundle,
    entry: input.cacheDir ? path.join(input.cacheDir, `${bundle.name}-${bundleKey(bundle, input)}`) : undefined,
  }));
  const reused = await Promise.all(keyed.map(({ bundle, entry }) => (entry ? restore(entry, bundleDir(input.outputDir, bundle)) : Promise.resolve(false))));
  const stale = keyed.filter((_, index) => !reused[index]);
  await input.write(
    input.outputDir,
    stale.map(({ bundle }) => bundle),
  );
  await Promise.all(stale.map(({ bundle, entry }) => (entry ? store(bundleDir(input.outputDir, bundle), entry) : Promise.resolve())));
  if (input.cacheDir) await pruneCache(input.cacheDir, new Set(keyed.flatMap(({ entry }) => (entry ? [path.basename(entry)] : []))));
  return { reused: reused.filter(Boolean).length, built: stale.length };
}

function bundleKey(bundle: SearchBundle, input: BundleCacheInput): string {
  const hash = createHash("sha256").update(`${input.settings}\0${bundle.name}\0${bundle.glob ?? ""}\0${recordsKey(bundle)}\0`);
  for (const file of bundleInputs(bundle, input.files)) hash.update(`${file}\0${input.hashes.get(file) ?? "missing"}\0`);
  return hash.digest("hex").slice(0, 32);
}

function bundleDir(outputDir: string, bundle: SearchBundle): string {
  return path.join(outputDir, urlToFolder(bundleUrl(bundle.name)));
}

async function restore(entry: string, target: string): Promise<boolean> {
  const manifest = await readManifest(entry);
  if (!manifest || Object.keys(manifest.files).length === 0) return false;
  const files = Object.entries(manifest.files);
  const intact = await Promise.all(
    files.map(async ([file, expected]) => {
      const bytes = await readFile(path.join(entry, "files", file)).catch(() => undefined);
      return bytes !== undefined && sha256(bytes) === expected;
    }),
  );
  if (!intact.every(Boolean)) {
    await rm(entry, { recursive: true, force: true });
    return false;
  }
  await Promise.all(
    files.map(async ([file]) => {
      await mkdir(path.dirname(path.join(target, file)), { recursive: true });
      await copyFile(path.join(entry, "files", file), path.join(target, file));
    }),
  );
  return true;
}

async function store(source: string, entry: string): Promise<void> {
  await rm(entry, { recursive: true, force: true });
  const files: Record<string, string> = {};
  for (const file of await listFiles(source)) {
    const bytes = await readFile(path.join(source, file));
    files[file] = sha256(bytes);
    await mkdir(path.dirname(path.join(entry, "files", file)), { recursive: true });
    await writeFile(path.join(entry, "files", file), bytes);
  }
  await writeFile(path.join(entry, "manifest.json"), JSON.stringify({ files } satisfies CacheManifest));
}

async function readManifest(entry: string): Promise<CacheManifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(entry, "manifest.json"), "utf8")) as CacheManifest;
    return typeof manifest.files === "object" && manifest.files !== null ? manifest : undefined;
  } catch {
    return undefined;
  }
}
