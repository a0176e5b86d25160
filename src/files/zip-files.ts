import { zipSync, type Zippable } from "fflate";

/** One file of a ZIP: its path inside, its bytes, and whether it is stored uncompressed. */
export interface ZipEntry {
  /** Path inside the ZIP. */
  path: string;
  /** The file's bytes. */
  bytes: Uint8Array;
  /** Stored as is (already compressed media, or an OpenDocument package's `mimetype`), not deflated. */
  stored: boolean;
}

/**
 * Zips the entries in the given order, each dated noon of `date` ("YYYY-MM-DD") in the writer's own time zone: ZIP
 * stores local time, so the same day gives the same bytes everywhere. How every archive copy and office package is made.
 */
export function zipFiles(entries: readonly ZipEntry[], date: string): Uint8Array {
  const [year = "1980", month = "01", day = "01"] = date.split("-");
  const mtime = new Date(Number(year), Number(month) - 1, Number(day), 12);
  const zippable: Zippable = {};
  for (const entry of entries) zippable[entry.path] = [entry.bytes, { mtime, level: entry.stored ? 0 : 6 }];
  return zipSync(zippable);
}
