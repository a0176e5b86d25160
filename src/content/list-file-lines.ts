import type { ContentError } from "./content-error.ts";
import { decodeContentFile } from "./content-file.ts";
import type { RawFile } from "./loader.ts";

/** The entries of a list file such as the ledger: its trimmed lines with their numbers, without blank lines and # comments. */
export function listFileLines(file: RawFile | undefined, name: string, errors: ContentError[]): { line: string; number: number }[] {
  if (!file) return [];
  const text = decodeContentFile(file, name, errors);
  if (text === undefined) return [];
  return text
    .split("\n")
    .map((raw, index) => ({ line: raw.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "" && !line.startsWith("#"));
}
