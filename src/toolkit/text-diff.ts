import { diffArrays } from "diff";
import { dutchTokens } from "./dutch-words.ts";

/** A stretch of text that is the same on both sides, only in the old text, or only in the new. */
export interface DiffPart {
  /** The text of the stretch. */
  text: string;
  /** `same`, `removed` (only in the old text) or `added` (only in the new). */
  change: "same" | "removed" | "added";
}

/**
 * A word-level diff of two texts (Myers, through jsdiff's diffArrays on Dutch word tokens). White space between two
 * changed words is folded into the change, so that a reworded phrase reads as one removal and one addition. When
 * fewer than half of the words are shared, or the diff would take more single-word edits than a third of both texts,
 * the text was rewritten: it is shown as the old text out and the new text in, which reads better than a confetti of
 * small changes and spares the diff its slowest case.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const [old, now] = [dutchTokens(before), dutchTokens(after)];
  if (!alike(old, now)) return rewritten(before, after);
  const changes = diffArrays(old, now, { maxEditLength: Math.ceil((old.length + now.length) / 3) });
  if (!changes) return rewritten(before, after);
  const parts: DiffPart[] = changes.map((change) => ({
    text: change.value.join(""),
    change: change.added ? "added" : change.removed ? "removed" : "same",
  }));
  return merge(foldSpaces(parts));
}

/** True when at least half of the words of both texts are shared (counted with repeats); a cheap test before the diff. */
function alike(old: readonly string[], now: readonly string[]): boolean {
  const counts = new Map<string, number>();
  let words = 0;
  for (const token of old) {
    if (!/\S/.test(token)) continue;
    counts.set(token, (counts.get(token) ?? 0) + 1);
    words += 1;
  }
  let shared = 0;
  for (const token of now) {
    if (!/\S/.test(token)) continue;
    words += 1;
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(token, left - 1);
    }
  }
  return words === 0 || (2 * shared) / words >= 0.5;
}

function rewritten(before: string, after: string): DiffPart[] {
  return [
    { text: before, change: "removed" as const },
    { text: after, change: "added" as const },
  ].filter((part) => part.text !== "");
}

/** A same-part of only white space between two changes joins both of them. */
function foldSpaces(parts: DiffPart[]): DiffPart[] {
  return parts.flatMap((part, index): DiffPart[] => {
    const changedAround = parts[index - 1]?.change !== "same" && parts[index + 1]?.change !== "same" && index > 0 && index < parts.length - 1;
    if (part.change !== "same" || !/^\s+$/.test(part.text) || !changedAround) return [part];
    return [
      { text: part.text, change: "removed" },
      { text: part.text, change: "added" },
    ];
  });
}

/** Joins neighbouring parts of the same kind and orders each run of changes as all removals, then all additions. */
function merge(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let run: DiffPart[] = [];
  const flush = (): void => {
    for (const change of ["removed", "added"] as const) {
      const text = run
        .filter((part) => part.change === change)
        .map((part) => part.text)
        .join("");
      if (text !== "") result.push({ text, change });
    }
    run = [];
  };
  for (const part of parts) {
    if (part.change === "same") {
      flush();
      const last = result.at(-1);
      if (last?.change === "same") last.text += part.text;
      else result.push({ ...part });
    } else {
      run.push(part);
    }
  }
  flush();
  return result;
}
