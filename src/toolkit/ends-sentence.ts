import type { DiffPart } from "./text-diff.ts";

/** True when the new text of a word diff (its parts that were not removed) already ends a sentence, so no full stop follows. */
export function endsSentence(parts: readonly DiffPart[]): boolean {
  const after = parts
    .filter((part) => part.change !== "removed")
    .map((part) => part.text)
    .join("")
    .trimEnd();
  return /[.!?…]["'”’)]*$/u.test(after);
}
