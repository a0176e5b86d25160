import { strToU8, zipSync, type Zippable } from "fflate";

/** One part of an office package: its path in the ZIP and its text or bytes. */
export interface PackagePart {
  /** Path inside the package, e.g. "content.xml". */
  path: string;
  /** The part's content. */
  content: string | Uint8Array;
}

/**
 * Zips the parts in the given order, every entry dated noon of `date` ("YYYY-MM-DD") in the writer's own time zone
 * (ZIP stores local time, so the bytes are the same everywhere). The first part is stored uncompressed when
 * `storeFirst` is set: an OpenDocument package's `mimetype` must be first and stored.
 */
export function zipPackage(parts: readonly PackagePart[], date: string, storeFirst = false): Uint8Array {
  const [year = "1980", month = "01", day = "01"] = date.split("-");
  const mtime = new Date(Number(year), Number(month) - 1, Number(day), 12);
  const entries: Zippable = {};
  parts.forEach((part, index) => {
    const bytes = typeof part.content === "string" ? strToU8(part.content) : part.content;
    entries[part.path] = [bytes, { mtime, level: storeFirst && index === 0 ? 0 : 6 }];
  });
  return zipSync(entries);
}
