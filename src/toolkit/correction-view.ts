import { markdownText } from "../content/markdown-text.ts";
import type { CitedSource, PageCorrection } from "../content/model.ts";
import { wordDiff, type DiffPart } from "./text-diff.ts";

/** A correction of fact as a corrected page or release home shows it: dated, with a word diff from wrong to right. */
export interface CorrectionView {
  /** The day of the erratum, "YYYY-MM-DD". */
  date: string;
  /** Why, as the erratum says. */
  why: string;
  /** The sources of the right fact. */
  sources: CitedSource[];
  /** Word diff from the wrong text to the right one. */
  parts: DiffPart[];
}

/** The corrections of one page (or of a release's notes) as readers see them: the text, not the Markdown, compared. */
export function correctionViews(corrections: readonly PageCorrection[]): CorrectionView[] {
  return corrections.map((correction) => ({
    date: correction.date,
    why: correction.why,
    sources: correction.sources,
    parts: wordDiff(markdownText(correction.wrong), markdownText(correction.right)),
  }));
}
