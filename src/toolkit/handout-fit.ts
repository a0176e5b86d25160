import type { MainPoint } from "../content/markdown.ts";

/** What a handout holds, as far as its printed length goes. */
export interface HandoutContent {
  /** The learning objectives. */
  objectives: readonly string[];
  /** Rows of the programme table. */
  programmeRows: number;
  /** The main points. */
  mainPoints: readonly MainPoint[];
  /** The exercises with their instructions (HTML) and lines to write on. */
  exercises: readonly { title: string; html: string | null; lines: number }[];
}

/** Millimetres of an A4 sheet the print stylesheet leaves for content, less a margin for error. */
const PAGE = 261 * 0.9;
/** One line of 10 pt text at line height 1.35. */
const LINE = 4.8;
/** Characters on one printed line. */
const LINE_CHARS = 95;
/** One ruled line to write on (print.css `.sheet__rule`). */
const RULE = 6.5;
/** A heading of level 2 with its margins. */
const HEADING = 11;

/** One part of the printed sheet: its height in millimetres and whether it may be split over two sheets. */
interface Part {
  height: number;
  whole: boolean;
}

/** Millimetres a text takes. */
function textHeight(text: string): number {
  return Math.max(1, Math.ceil(text.length / LINE_CHARS)) * LINE;
}

/** Millimetres an exercise's instructions take: each paragraph and list item starts a line. */
function htmlHeight(html: string): number {
  return html
    .split(/<\/(?:p|li)>/)
    .map((part) => part.replace(/<[^>]+>/g, "").trim())
    .filter(Boolean)
    .reduce((sum, block) => sum + textHeight(block) + 1.5, 0);
}

/** The sheets parts fill in order: a part that may not be split starts a new sheet when it does not fit. */
function sheets(parts: readonly Part[]): number {
  let count = 1;
  let used = 0;
  for (const part of parts) {
    if (part.whole && used > 0 && used + part.height > PAGE) {
      count += 1;
      used = 0;
    }
    used += part.height;
    while (used > PAGE) {
      count += 1;
      used -= PAGE;
    }
  }
  return count;
}

/**
 * Whether the handout with each exercise's instructions and its lines to write on prints on two A4 sheets: a
 * conservative estimate that fills sheets part by part and keeps each exercise whole, as print.css does; the
 * browser tests check the real PDFs.
 */
export function handoutFitsTwoSheets(content: HandoutContent): boolean {
  const parts: Part[] = [
    { height: 30, whole: false },
    { height: HEADING + content.objectives.reduce((sum, objective) => sum + textHeight(objective) + 1, 0), whole: false },
    { height: HEADING + 12 + content.programmeRows * 7, whole: false },
    {
      height: content.mainPoints.length > 0 ? HEADING + content.mainPoints.reduce((sum, point) => sum + LINE + textHeight(point.sentence) + 2, 0) : 0,
      whole: false,
    },
    { height: HEADING, whole: false },
    ...content.exercises.map((exercise) => ({ height: 16 + (exercise.html ? htmlHeight(exercise.html) : LINE) + exercise.lines * RULE + 6, whole: true })),
  ];
  return sheets(parts) <= 2;
}
