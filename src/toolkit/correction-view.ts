import { markdownText } from "../content/markdown-text.ts";
import type { PageCorrection } from "../content/model.ts";
import type { FieldChange } from "../content/errata.ts";
import { endSentence } from "../format/sentence-end.ts";
import { changeSentence } from "./change-sentence.ts";
import { changedSentences } from "./changed-sentences.ts";
import { releaseFields, type ShownField } from "./shown-fields.ts";
import { sourceLinks, type SourceLink } from "./source-links.ts";

/** One erratum as a corrected page tells it: when, why, from which sources, and each change in plain sentences. */
export interface CorrectedErratum {
  /** The day of the erratum, "YYYY-MM-DD". */
  date: string;
  /** Why, as the erratum says, as whole sentences. */
  why: string;
  /** Its sources; empty when the section names them once at its end (`sharedSources`). */
  sources: SourceLink[];
  /** Each change as plain sentences: "Er stond: „…”. Nu staat er: „…”.". */
  changes: string[];
}

/** The corrections of one page (or of a release's notes) as its "Correcties" section shows them. */
export interface CorrectionsView {
  /** Per erratum that corrected the page, oldest first. */
  errata: CorrectedErratum[];
  /** The sources every erratum names, named once at the end; empty when the errata name different ones. */
  sharedSources: SourceLink[];
}

/** What the line "Gecorrigeerd op … · n correcties" near the top of a corrected page needs. */
export interface CorrectionSummary {
  /** The day of the latest correction, "YYYY-MM-DD". */
  latestDate: string;
  /** How many corrections: the changes the page lists, or on a release home its errata. */
  count: number;
  /** Where they are told, e.g. "#correcties". */
  anchor: string;
}

/** The id of the section "Correcties" at the end of a corrected page or release home. */
export const CORRECTIONS_ANCHOR = "correcties";

/** Tells which fields a frontmatter correction changed, each named and valued as readers see them. */
type ShowFields = (fields: readonly FieldChange[]) => ShownField[];

/**
 * The corrections of one page (or of a release's notes) as readers see them, grouped per erratum: the sentences that
 * differ in the text readers see (not the Markdown), a correction of frontmatter as the fields it changed, each named
 * as the page names it (`showFields`), and a change that undoes an earlier erratum's saying so.
 */
export function correctionsView(corrections: readonly PageCorrection[], showFields: ShowFields = releaseFields): CorrectionsView {
  const groups = new Map<string, CorrectedErratum>();
  corrections.forEach((correction, index) => {
    const key = erratumKey(correction);
    const group = groups.get(key) ?? { date: correction.date, why: endSentence(correction.why), sources: sourceLinks(correction.sources), changes: [] };
    const earlier = corrections.slice(0, index).filter((candidate) => erratumKey(candidate) !== key);
    group.changes.push(...changeTexts(correction, earlier, showFields));
    groups.set(key, group);
  });
  const errata = [...groups.values()];
  const first = errata[0];
  const shared = errata.length > 1 && first && errata.every((erratum) => sameSources(erratum.sources, first.sources)) ? first.sources : [];
  return { errata: shared.length > 0 ? errata.map((erratum) => ({ ...erratum, sources: [] })) : errata, sharedSources: shared };
}

/** The summary line's data for a page's corrections; null when it has none. */
export function correctionSummary(view: CorrectionsView, anchor: string): CorrectionSummary | null {
  const dates = view.errata.map((erratum) => erratum.date).sort();
  const latestDate = dates.at(-1);
  return latestDate === undefined ? null : { latestDate, count: view.errata.reduce((sum, erratum) => sum + erratum.changes.length, 0), anchor };
}

function erratumKey(correction: PageCorrection): string {
  return JSON.stringify([correction.date, correction.why, correction.sources]);
}

function sameSources(a: readonly SourceLink[], b: readonly SourceLink[]): boolean {
  return a.length === b.length && a.every((source, index) => source.label === b[index]?.label && source.url === b[index]?.url);
}

function changeTexts(correction: PageCorrection, earlier: readonly PageCorrection[], showFields: ShowFields): string[] {
  if (correction.fields.length > 0)
    return showFields(correction.fields).map((field) => {
      const after = correction.fields.find((candidate) => candidate.key === field.key)?.after;
      const undone = [...earlier]
        .reverse()
        .find((candidate) => candidate.fields.some((old) => old.key === field.key && JSON.stringify(old.before) === JSON.stringify(after)));
      return changeSentence({ field: field.label, before: field.before, after: field.after, undoes: undone?.date ?? null });
    });
  const undone = [...earlier].reverse().find((candidate) => candidate.fields.length === 0 && candidate.wrong === correction.right);
  const { before, after } = changedSentences(correction.wrong, correction.right);
  if (before === "" && after === "") return [`Alleen de opmaak of een link is veranderd in deze tekst: „${markdownText(correction.right)}”.`];
  return [changeSentence({ field: null, before: before === "" ? [] : [before], after: after === "" ? [] : [after], undoes: undone?.date ?? null })];
}
