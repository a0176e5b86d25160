import { dutchDate } from "../format/dutch-date.ts";
import type { StateReason } from "../toolkit/document-state.ts";

/** The part of a state the release home names it by. */
interface NamedState {
  /** Its date, "YYYY-MM-DD". */
  date: string;
  /** What made it. */
  reason: StateReason;
  /** Its file names' stem, unique among the release's states. */
  stem: string;
}

/**
 * How the release home names a state among the release's states (oldest first): its date, and when the release has
 * more states that day, also what made it ("7 december 2026, correctie"; a second correction that day "…, 2e correctie").
 */
export function stateLabel(state: NamedState, states: readonly NamedState[]): string {
  const sameDay = states.filter((other) => other.date === state.date);
  if (sameDay.length < 2) return dutchDate(state.date);
  const sameReason = sameDay.filter((other) => other.reason === state.reason);
  const nth = sameReason.findIndex((other) => other.stem === state.stem) + 1;
  return `${dutchDate(state.date)}, ${nth > 1 ? `${nth}e ` : ""}${state.reason}`;
}
