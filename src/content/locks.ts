import { createHash } from "node:crypto";
import { z } from "zod";
import type { ContentError } from "./content-error.ts";
import { errataFile } from "./errata.ts";
import type { RawFile } from "./loader.ts";
import { decodeUtf8 } from "../media/decode-utf8.ts";

/** content/locks/<version>.json: what a published release's folder held when it was published. */
const lockSchema = z.strictObject({
  /** The release the lock belongs to. */
  release: z.string(),
  /** Every file of content/toolkit/<version>/ by its path from the site root, with "sha256-" and its hash in hex. */
  files: z.record(z.string(), z.string().regex(/^sha256-[0-9a-f]{64}$/)),
});

/** A release's lock, as written by `npm run release -- publish`. */
export type ReleaseLock = z.infer<typeof lockSchema>;

/** The path of a release's lock file. */
export function lockFile(version: string): string {
  return `content/locks/${version}.json`;
}

/** True for a lock file's path (content/locks/<version>.json). */
export function isLockFile(file: string): boolean {
  return /^content\/locks\/[^/]+\.json$/.test(file);
}

/** The files of one release folder, by path. */
function releaseFiles(files: readonly RawFile[], version: string): RawFile[] {
  const prefix = `content/toolkit/${version}/`;
  return files.filter((file) => file.path.startsWith(prefix));
}

/** Hashes already computed, by the bytes object: the dev server keeps a file's bytes object while it is unchanged. */
const hashes = new WeakMap<Uint8Array, string>();

/** "sha256-" and the hex SHA-256 of the bytes. */
function hashOf(bytes: Uint8Array): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) hashes.set(bytes, (hash = `sha256-${createHash("sha256").update(bytes).digest("hex")}`));
  return hash;
}

/** The lock of a release as its folder is now: a hash per file, sorted by path. */
export function makeLock(files: readonly RawFile[], version: string): ReleaseLock {
  const entries = releaseFiles(files, version)
    .filter((file): file is RawFile & { bytes: Uint8Array } => file.bytes !== null)
    .map((file) => [file.path, hashOf(file.bytes)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { release: version, files: Object.fromEntries(entries) };
}

/** The text of a lock file: JSON, one file per line, so that a diff of two locks reads well. */
export function formatLock(lock: ReleaseLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** What the lock of a published release requires, phrased once for every error. */
function publishedNote(version: string): string {
  return (
    `release ${version} is gepubliceerd en verandert niet meer. Zet het bestand terug zoals het was (git checkout -- <bestand>). ` +
    `Een correctie van een feit leg je vast als erratum in ${errataFile(version)}; andere wijzigingen horen in de conceptrelease`
  );
}

/**
 * Checks every locked release folder against its lock, and that every published release has a lock. A file that
 * differs, is new or is gone is an error naming the file; a lock file that cannot be read is an error naming the lock.
 */
export function checkLocks(files: readonly RawFile[], releases: readonly { version: string; status: string }[], errors: ContentError[]): void {
  const locks = new Map<string, ReleaseLock>();
  for (const file of files.filter((candidate) => isLockFile(candidate.path) && !candidate.problem)) {
    const lock = parseLock(file, errors);
    if (lock) locks.set(file.path, lock);
  }
  for (const release of releases) {
    const lock = locks.get(lockFile(release.version));
    if (lock) compareWithLock(files, release.version, lock, errors);
    else if (release.status === "released" && !errors.some((error) => error.file === lockFile(release.version))) {
      errors.push({
        file: `content/toolkit/${release.version}/release.md`,
        field: "status",
        expected: `een gepubliceerde release met een slot (${lockFile(release.version)}), gemaakt door npm run release -- publish ${release.version}`,
        found: `status: released zonder slot. Publiceer een release alleen met npm run release -- publish ${release.version}`,
      });
    }
  }
  for (const [path, lock] of locks) {
    if (lock.release !== path.slice("content/locks/".length, -".json".length)) {
      errors.push({ file: path, field: "release", expected: "de versie in de bestandsnaam van het slot", found: `"${lock.release}"` });
    } else if (!releases.some((release) => release.version === lock.release)) {
      compareWithLock(files, lock.release, lock, errors);
    }
  }
}

function parseLock(file: RawFile, errors: ContentError[]): ReleaseLock | undefined {
  const text = file.bytes && decodeUtf8(file.bytes);
  let value: unknown;
  try {
    value = JSON.parse(text ?? "");
  } catch {
    errors.push({ file: file.path, field: "bestand", expected: "het slot zoals npm run release -- publish het schreef (JSON)", found: "een bestand dat geen geldige JSON is" });
    return undefined;
  }
  const result = lockSchema.safeParse(value);
  if (!result.success) {
    errors.push({ file: file.path, field: "bestand", expected: "het slot zoals npm run release -- publish het schreef", found: "een bestand dat met de hand is veranderd" });
    return undefined;
  }
  return result.data;
}

function compareWithLock(files: readonly RawFile[], version: string, lock: ReleaseLock, errors: ContentError[]): void {
  const present = new Map(releaseFiles(files, version).map((file) => [file.path, file]));
  const note = publishedNote(version);
  for (const [path, hash] of Object.entries(lock.files)) {
    const file = present.get(path);
    if (!file?.bytes) {
      if (!file?.problem) errors.push({ file: path, field: "bestand", expected: `dit bestand, zoals het in ${lockFile(version)} staat`, found: `geen bestand; ${note}` });
    } else if (hashOf(file.bytes) !== hash) {
      errors.push({ file: path, field: "inhoud", expected: `de tekst zoals gepubliceerd (${lockFile(version)})`, found: `een gewijzigd bestand; ${note}` });
    }
  }
  for (const path of present.keys()) {
    if (!(path in lock.files) && !present.get(path)?.problem) {
      errors.push({ file: path, field: "bestand", expected: `alleen de bestanden uit ${lockFile(version)}`, found: `een nieuw bestand; ${note}` });
    }
  }
}
