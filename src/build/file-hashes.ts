import { readFile } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../files/sha256.ts";

/** The SHA-256 of files in one output folder, each read once however often it is asked for. */
export interface FileHashes {
  /** The hex SHA-256 of `file` (relative to the folder) as it is now, or as it was when first asked for. */
  of(file: string): Promise<string>;
  /** Forgets a file's hash: call it after writing to the file, so that the next question reads it again. */
  forget(file: string): void;
}

/**
 * A FileHashes over `dir`, for the steps after rendering that hash the same files (archive copies, offline lists),
 * starting from `known`: hashes already taken of files as they are now (the link scan's, of every HTML page).
 */
export function fileHashes(dir: string, known: ReadonlyMap<string, string> = new Map()): FileHashes {
  const hashes = new Map([...known].map(([file, hash]) => [file, Promise.resolve(hash)]));
  return {
    of(file) {
      let hash = hashes.get(file);
      if (!hash) {
        hash = readFile(path.join(dir, file)).then(sha256);
        hashes.set(file, hash);
      }
      return hash;
    },
    forget(file) {
      hashes.delete(file);
    },
  };
}
