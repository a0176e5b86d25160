import { z } from "zod";
import type { ContentError } from "./content-error.ts";
import { errataFile } from "./errata.ts";
import type { SourceCorrection } from "./schemas/errata.ts";
import type { RawFile } from "./loader.ts";
import { decodeUtf8 } from "../media/decode-utf8.ts";
import { sha256 } from "../files/sha256.ts";

/** content/locks/<version>.json: what a published release's folder held when it was published. */
const lockSchema = z.strictObject({
  /** The release the lock belongs to. */
  release: z.string(),
  /** Every file of content/toolkit/<version>/ by its path from the site root, with "sha256-" and its hash in hex. */
  files: z.record(z.string(), z.string().regex(/^sha256-[0-9a-f]{64}$/)),
  /**
   * The citation line (with its address) of every source of _data/sources.yaml the release's pages cite, as they
   * showed it when it was published; absent in locks written before sources were locked.
   */
  sources: z.record(z.string(), z.string()).optional(),
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
  if (hash === undefined) hashes.set(bytes, (hash = `sha256-${sha256(bytes)}`));
  return hash;
}

/** The lock of a release as its folder is now: a hash per file, sorted by path, and the citations of its sources. */
export function makeLock(files: readonly RawFile[], version: string, citations: Readonly<Record<string, string>> = {}): ReleaseLock {
  const entries = releaseFiles(files, version)
    .filter((file): file is RawFile & { bytes: Uint8Array } => file.bytes !== null)
    .map((file) => [file.path, hashOf(file.bytes)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sources = Object.fromEntries(Object.entries(citations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { release: version, files: Object.fromEntries(entries), sources };
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

/** How the build cites sources now, and the corrections of citations each release's errata record. */
export interface SourceCheck {
  /** The citation line (with its address) of a source key as _data/sources.yaml gives it now; undefined when gone. */
  citation(key: string): string | undefined;
  /** Per release: its errata's corrections of source citations, in order. */
  corrections: ReadonlyMap<string, readonly SourceCorrection[]>;
}

/**
 * Checks every locked release folder against its lock, and that every published release has a lock. A file that
 * differs, is new or is gone is an error naming the file; a lock file that cannot be read is an error naming the lock.
 * With `sources`, each citation a lock holds, after the release's errata corrections of it, must be what
 * _data/sources.yaml gives now: a change there that alters what a published page says needs an erratum.
 */
export function checkLocks(
  files: readonly RawFile[],
  releases: readonly { version: string; status: string }[],
  errors: ContentError[],
  sources?: SourceCheck,
): void {
  const locks = new Map<string, ReleaseLock>();
  for (const file of files.filter((candidate) => isLockFile(candidate.path) && !candidate.problem)) {
    const lock = parseLock(file, errors);
    if (lock) locks.set(file.path, lock);
  }
  for (const release of releases) {
    const lock = locks.get(lockFile(release.version));
    if (lock) {
      compareWithLock(files, release.version, lock, errors);
      if (sources) compareCitations(release.version, lock, sources, errors);
    } else if (release.status === "released" && !errors.some((error) => error.file === lockFile(release.version))) {
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
    errors.push({
      file: file.path,
      field: "bestand",
      expected: "het slot zoals npm run release -- publish het schreef (JSON)",
      found: "een bestand dat geen geldige JSON is",
    });
    return undefined;
  }
  const result = lockSchema.safeParse(value);
  if (!result.success) {
    errors.push({
      file: file.path,
      field: "bestand",
      expected: "het slot zoals npm run release -- publish het schreef",
      found: "een bestand dat met de hand is veranderd",
    });
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
      if (!file?.problem)
        errors.push({ file: path, field: "bestand", expected: `dit bestand, zoals het in ${lockFile(version)} staat`, found: `geen bestand; ${note}` });
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

/** Each locked citation, corrected by the release's errata, against the citation sources.yaml gives now. */
function compareCitations(version: string, lock: ReleaseLock, sources: SourceCheck, errors: ContentError[]): void {
  const corrections = sources.corrections.get(version) ?? [];
  for (const [key, locked] of Object.entries(lock.sources ?? {})) {
    let expected = locked;
    for (const correction of corrections.filter((candidate) => candidate.source === key)) {
      const count = expected.split(correction.wrong).length - 1;
      if (count !== 1) {
        errors.push({
          file: errataFile(version),
          field: `bron ${key}`,
          expected: `tekst die precies één keer voorkomt in de bronvermelding zoals release ${version} die citeert: ${expected}`,
          found: count === 0 ? `"${correction.wrong}", dat daar niet staat` : `"${correction.wrong}", dat daar ${count} keer staat`,
        });
        return;
      }
      expected = expected.replace(correction.wrong, () => correction.right);
    }
    const now = sources.citation(key);
    if (now !== expected) {
      errors.push({
        file: "_data/sources.yaml",
        field: key,
        expected: `de bron zoals gepubliceerde release ${version} haar citeert: ${expected}`,
        found: `${now === undefined ? "geen bron met deze sleutel" : now}. Een wijziging die verandert wat release ${version} zegt, leg je vast als erratum in ${errataFile(version)} (source: ${key}, wrong, right); anders zet je de bron terug`,
      });
    }
  }
}

/** True when a lock file holds the citations of its sources too (locks written before that lack them). */
export function lockHasSources(file: RawFile | undefined): boolean {
  return file !== undefined && parseLock(file, [])?.sources !== undefined;
}
