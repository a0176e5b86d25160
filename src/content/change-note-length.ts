import type { ContentError } from "./content-error.ts";
import type { ReleaseData } from "./schemas/release.ts";
import { countWords } from "./sentences.ts";

/** A change note tells a reader in one or two sentences what changed on a page and why: at most this many words. */
const MAX_CHANGE_NOTE_WORDS = 40;

/** Reports change notes (`changes` in release.md) of concept releases longer than MAX_CHANGE_NOTE_WORDS; published notes are locked. */
export function checkChangeNoteLength(releases: readonly { data: ReleaseData; parsed: { file: string } }[], errors: ContentError[]): void {
  for (const { data, parsed } of releases) {
    if (data.status !== "concept") continue;
    for (const [id, note] of Object.entries(data.changes ?? {})) {
      const words = countWords(note);
      if (words > MAX_CHANGE_NOTE_WORDS) {
        errors.push({
          file: parsed.file,
          field: `changes.${id}`,
          expected: `hoogstens ${MAX_CHANGE_NOTE_WORDS} woorden: wat er voor de lezer veranderde en waarom`,
          found: `${words} woorden`,
        });
      }
    }
  }
}
