import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The SHA-256 of files in one output folder, each read once however often it is asked for. */
export interface FileHashes {
  /** The hex SHA-256 of `file` (relative to the folder) as it is now, or as it was when first asked for. */
  of(file: string): Promise<string>;
  /** Forgets a file's hash: call it after writing to the file, so that the next question reads it again. */
  forget(file: string): void;
}

/** A FileHashes over `dir`, for the steps after rendering that hash the same files (archive copies, offline lists). */
export function fileHashes(dir: string): FileHashes {
  const known = new Map<string, Promise<string>>();
  return {
    of(file) {
      let hash = known.get(file);
      if (!hash) {
        hash = readFile(path.join(dir, file)).then((bytes) => createHash("sha256").update(bytes).digest("hex"));
        known.set(file, hash);
      }
      return hash;
    },
    forget(file) {
      known.delete(file);
    },
  };
}
