import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PageScan } from "../checks/link-check.ts";
import { listFiles } from "../output/list-files.ts";

/** One file a build rendered from a template item, as the next build may reuse it. */
export interface OutputRecord {
  /** The page's URL. */
  url: string;
  /** Path of the file relative to the output folder. */
  file: string;
  /** The item's fingerprint (render-plan.ts). */
  fingerprint: string;
  /** File size in bytes when written: a file changed by hand since is not reused. */
  size: number;
  /** Modification time when written, for the same reason. */
  mtimeMs: number;
  /** Its ids and links, so the link check need not read it again; null for files that are not HTML. */
  scan: PageScan | null;
}

/** What a successful build leaves in .cache for the next build into the same folder. */
export interface OutputManifest {
  /** The output folder the records describe. */
  outputDir: string;
  /** Files rendered from template items. */
  records: OutputRecord[];
  /** Fingerprint of every search bundle, by name. */
  bundles: Record<string, string>;
}

/** Where the manifest of builds into `outputDir` in `mode` is kept. */
export function manifestPath(root: string, outputDir: string, mode: string): string {
  return path.join(root, ".cache", "output", `${createHash("sha1").update(`${outputDir}\0${mode}`).digest("hex").slice(0, 16)}.json`);
}

/** Reads the manifest of the previous build; undefined when there is none or it describes another folder. */
export async function readOutputManifest(file: string, outputDir: string): Promise<OutputManifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(file, "utf8")) as OutputManifest;
    return manifest.outputDir === outputDir && Array.isArray(manifest.records) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the manifest for the next build. */
export async function writeOutputManifest(file: string, manifest: OutputManifest): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(manifest));
}

/** Puts a previous build's file into the new output when it is unchanged since; false when it cannot be reused. */
export async function reuseFile(record: OutputRecord, fromDir: string, toDir: string): Promise<boolean> {
  const source = path.join(fromDir, record.file);
  const facts = await stat(source).catch(() => undefined);
  if (!facts || facts.size !== record.size || facts.mtimeMs !== record.mtimeMs) return false;
  await linkOrCopy(source, path.join(toDir, record.file));
  return true;
}

/** Puts every file of a previous build's folder into the same place in the new output. */
export async function reuseFolder(fromDir: string, toDir: string): Promise<void> {
  const files = await listFiles(fromDir);
  await Promise.all(files.map((file) => linkOrCopy(path.join(fromDir, file), path.join(toDir, file))));
}

/** Fingerprint of a search bundle from its pages' fingerprints; undefined when a page has none. */
export function bundleFingerprint(urls: readonly string[], fingerprints: ReadonlyMap<string, string>): string | undefined {
  const hash = createHash("sha1");
  for (const url of [...urls].sort()) {
    const fingerprint = fingerprints.get(url);
    if (fingerprint === undefined) return undefined;
    hash.update(`${url}\0${fingerprint}\0`);
  }
  return hash.digest("base64url");
}

/**
 * A hard link shares the bytes without copying them; the old folder is deleted after the swap, the link stays.
 * Nothing writes into a reused file afterwards: items that render are exactly those that were not reused.
 */
async function linkOrCopy(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await link(source, target).catch(() => copyFile(source, target));
}
