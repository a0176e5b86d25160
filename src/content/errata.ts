import type { ContentError } from "./content-error.ts";
import { parseMarkdownFile } from "./content-file.ts";
import { parseFrontmatter } from "./frontmatter.ts";
import { decodeUtf8 } from "../media/decode-utf8.ts";
import type { RawFile } from "./loader.ts";
import type { ErratumData } from "./schemas/errata.ts";

/** One correction as applied to a page: what the erratum says, and the text it replaced. */
export interface AppliedCorrection {
  /** The day of the erratum, "YYYY-MM-DD". */
  date: string;
  /** Why, as the erratum says. */
  why: string;
  /** Source keys or addresses, as the erratum gives them. */
  sources: string[];
  /** The text that was wrong. */
  wrong: string;
  /** The text that replaced it. */
  right: string;
  /** The frontmatter fields the replacement changed, with their values before and after; empty for a body text. */
  fields: FieldChange[];
}

/** A frontmatter field an erratum changed. */
export interface FieldChange {
  /** The field's name, e.g. `durationMonths`. */
  key: string;
  /** Its value before the correction (undefined when the field was added). */
  before: unknown;
  /** Its value after (undefined when the field was removed). */
  after: unknown;
}

/** The `page` of a correction to a release's notes (its release.md) instead of a page: no page may have this id. */
export const RELEASE_NOTES = "release";

/** The path of a release's errata file. */
export function errataFile(version: string): string {
  return `content/errata/${version}.yaml`;
}

/**
 * Applies the errata of published releases to their pages' files: each `wrong` text must occur exactly once in the
 * file of the page with that id, and is replaced by `right`. Returns the files with the corrected bytes in place of
 * the originals (which stay as they are on disk, and under the release's lock), and per corrected file what changed.
 */
export function applyErrata(
  files: readonly RawFile[],
  errata: ReadonlyMap<string, readonly ErratumData[]>,
  errors: ContentError[],
): { files: RawFile[]; corrections: Map<string, AppliedCorrection[]> } {
  const corrections = new Map<string, AppliedCorrection[]>();
  const texts = new Map<string, string>();
  for (const [version, list] of errata) {
    const byId = pageFilesById(files, version);
    list.forEach((erratum, erratumIndex) =>
      erratum.corrections.forEach((correction, index) => {
        if (!("page" in correction)) return; // a source's citation: checked against the release's lock (locks.ts)
        const field = `errata[${erratumIndex + 1}].corrections[${index + 1}]`;
        const file = byId.get(correction.page);
        if (!file) {
          errors.push({
            file: errataFile(version),
            field: `${field}.page`,
            expected: `het id van een pagina in release ${version}, of "${RELEASE_NOTES}" voor de release-notities`,
            found: `"${correction.page}"`,
          });
          return;
        }
        const text = texts.get(file.path) ?? decodeUtf8(file.bytes ?? new Uint8Array()) ?? "";
        const count = text.split(correction.wrong).length - 1;
        if (count !== 1) {
          errors.push({
            file: errataFile(version),
            field: `${field}.wrong`,
            expected: `tekst die precies één keer voorkomt in ${file.path}`,
            found: count === 0 ? "tekst die daar niet (meer) staat" : `tekst die daar ${count} keer staat`,
          });
          return;
        }
        const next = text.replace(correction.wrong, () => correction.right);
        texts.set(file.path, next);
        const applied = corrections.get(file.path) ?? [];
        applied.push({
          date: erratum.date,
          why: erratum.why,
          sources: erratum.sources,
          wrong: correction.wrong,
          right: correction.right,
          fields: changedFields(text, next),
        });
        corrections.set(file.path, applied);
      }),
    );
  }
  const corrected = files.map((file) => {
    const text = texts.get(file.path);
    return text === undefined ? file : { path: file.path, bytes: new TextEncoder().encode(text) };
  });
  return { files: corrected, corrections };
}

/** The frontmatter fields whose values differ between two versions of a Markdown file, in the order of the newer. */
function changedFields(before: string, after: string): FieldChange[] {
  const [old, now] = [frontmatterOf(before), frontmatterOf(after)];
  const keys = [...new Set([...Object.keys(now), ...Object.keys(old)])];
  return keys.filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key])).map((key) => ({ key, before: old[key], after: now[key] }));
}

function frontmatterOf(text: string): Record<string, unknown> {
  const result = parseFrontmatter(text);
  return result.ok ? result.data : {};
}

/**
 * The Markdown files of a release's pages by their id. A file whose frontmatter cannot be read answers to its file
 * name, the usual id, so that an erratum for it does not fail too and the editor sees only the real problem.
 */
function pageFilesById(files: readonly RawFile[], version: string): Map<string, RawFile> {
  const byId = new Map<string, RawFile>();
  const bySlug = new Map<string, RawFile>();
  for (const file of files) {
    const parts = file.path.split("/");
    if (parts[1] !== "toolkit" || parts[2] !== version || parts.length !== 5 || !file.path.endsWith(".md")) continue;
    const id = (parseMarkdownFile(file, [])?.data as { id?: unknown } | undefined)?.id;
    if (typeof id === "string") byId.set(id, file);
    else bySlug.set((parts[4] ?? "").slice(0, -3), file);
  }
  for (const [slug, file] of bySlug) if (!byId.has(slug)) byId.set(slug, file);
  const notes = files.find((file) => file.path === `content/toolkit/${version}/release.md`);
  if (notes) byId.set(RELEASE_NOTES, notes);
  return byId;
}
