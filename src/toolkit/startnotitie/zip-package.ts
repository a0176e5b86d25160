import { strToU8 } from "fflate";
import { zipFiles } from "../../files/zip-files.ts";

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
  return zipFiles(
    parts.map((part, index) => ({
      path: part.path,
      bytes: typeof part.content === "string" ? strToU8(part.content) : part.content,
      stored: storeFirst && index === 0,
    })),
    date,
  );
}
