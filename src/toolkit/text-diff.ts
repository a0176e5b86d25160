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
 * changed words is folded into the change, so that a reworded phrase reads as one removal and one addition.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = diffArrays(dutchTokens(before), dutchTokens(after)).map((change) => ({
    text: change.value.join(""),
    change: change.added ? "added" : change.removed ? "removed" : "same",
  }));
  return merge(foldSpaces(parts));
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
