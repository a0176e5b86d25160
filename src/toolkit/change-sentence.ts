import { dutchDate } from "../format/dutch-date.ts";
import { dutchList } from "../format/dutch-list.ts";
import { endSentence } from "../format/sentence-end.ts";

/** One change of a correction, in words: what the page said and says now. */
export interface ChangeParts {
  /** The Dutch label of the field it changed; null for the page's text. */
  field: string | null;
  /** What the page said, each item quoted on its own; empty when the change only added. */
  before: readonly string[];
  /** What the page says now; empty when the change only removed. */
  after: readonly string[];
  /** The day of the earlier correction this one undoes, "YYYY-MM-DD"; null when it undoes none. */
  undoes: string | null;
}

/**
 * One change told in plain sentences, for readers who do not read diffs: "Er stond: „…”. Nu staat er: „…”.", or
 * "Deze tekst is weggehaald: „…”." or "… toegevoegd: „…”."; a field by its label ("Bij Stand van zaken stond: …").
 * An undo says so first. Each sentence ends with exactly one end mark.
 */
export function changeSentence(change: ChangeParts): string {
  const [before, after] = [quoted(change.before), quoted(change.after)];
  const subject = change.field === null ? "Deze tekst is" : `Bij ${change.field} is`;
  const told =
    change.before.length === 0
      ? [`${subject} toegevoegd: ${after}`]
      : change.after.length === 0
        ? [`${subject} weggehaald: ${before}`]
        : [`${change.field === null ? "Er stond" : `Bij ${change.field} stond`}: ${before}`, `Nu staat er${change.undoes ? " weer" : ""}: ${after}`];
  const undo = change.undoes ? [`Dit draait de correctie van ${dutchDate(change.undoes)} terug`] : [];
  return [...undo, ...told].map(endSentence).join(" ");
}

function quoted(items: readonly string[]): string {
  return dutchList(items.map((item) => `„${item}”`));
}
