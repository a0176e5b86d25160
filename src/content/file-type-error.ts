import { fileTypeMismatch } from "../media/sniff-file-type.ts";
import type { ContentError } from "./content-error.ts";

/** The content error for a file whose bytes are not what its extension says; undefined when they are. */
export function checkFileType(file: string, bytes: Uint8Array): ContentError | undefined {
  const mismatch = fileTypeMismatch(file, bytes);
  return mismatch && { file, field: "bestand", ...mismatch };
}
