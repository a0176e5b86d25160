import type { StateReason } from "../toolkit/document-state.ts";

/**
 * The number of errata a kept state includes. Lines kept since same-day states exist record it ("errata=22"); older
 * lines do not, and then a day had one state, made when the day's last change was in: so such a state includes the
 * errata from before its date, and a correction also those of its own day.
 */
export function keptErrata(entry: { date: string; reason: StateReason; errata: number | null }, errataDates: readonly string[]): number {
  if (entry.errata !== null) return entry.errata;
  return errataDates.filter((date) => date < entry.date || (date === entry.date && entry.reason === "correctie")).length;
}
