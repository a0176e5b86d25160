/**
 * The day the current print design of the PDFs took effect. Every published release has a state from this day on, so
 * changing this date (for a new design) gives each of them a new state, whose documents the next build keeps.
 */
const PRINT_DESIGN_DATE = "2026-12-07";

/** What made a state of a published release's documents: its publication, an erratum, or a new print design. */
export type StateReason = "publicatie" | "correctie" | "nieuwe opmaak";

/** The reasons in the order that names a state when two fall on one day: a correction says most, the design least. */
export const STATE_REASONS: readonly StateReason[] = ["correctie", "publicatie", "nieuwe opmaak"];

/**
 * One state of a published release: its documents, made once and then kept. A state is known by its date, its reason
 * and the number of errata it includes, so an erratum added on the day of an earlier state (a new print design, or
 * another erratum whose documents were kept already) makes a new state: its documents show other text.
 */
export interface DocumentState {
  /** Its date, "YYYY-MM-DD" (a release date of only a year or month counts as its first day). */
  date: string;
  /** What made it. */
  reason: StateReason;
  /** How many of the release's errata its documents include: errata are only ever added, so a new one raises it. */
  errata: number;
}

/**
 * The current state of a published release's documents: the latest of its publication, its errata and the print
 * design's date, named by what happened that day. Pure: the same content gives the same state on every build day.
 */
export function documentState(release: { released: string; errata: readonly { date: string }[] }): DocumentState {
  const candidates: { date: string; reason: StateReason }[] = [
    ...release.errata.map((erratum) => ({ date: erratum.date, reason: "correctie" as const })),
    { date: fullDate(release.released), reason: "publicatie" },
    { date: PRINT_DESIGN_DATE, reason: "nieuwe opmaak" },
  ];
  const latest = candidates.reduce((best, candidate) => (candidate.date > best.date ? candidate : best));
  const sameDay = candidates.filter((candidate) => candidate.date === latest.date).map((candidate) => candidate.reason);
  const reason = STATE_REASONS.find((candidate) => sameDay.includes(candidate)) ?? latest.reason;
  return { date: latest.date, reason, errata: release.errata.length };
}

/** A release date of "YYYY" or "YYYY-MM" as its first day. */
function fullDate(released: string): string {
  const [year = "1970", month = "01", day = "01"] = released.split("-");
  return `${year}-${month}-${day}`;
}
