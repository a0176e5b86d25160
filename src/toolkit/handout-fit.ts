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

/** Millimetres of an A4 sheet the print stylesheet leaves for content (297 less 20 and 24 mm margins), less 3% for error. */
const PAGE = 253 * 0.97;
/** One line of 10 pt text at line height 1.35. */
const LINE = 4.8;
/** Characters on one printed line (measured on the printed sheets: lines wrap from about 85). */
const LINE_CHARS = 85;
/** One ruled line to write on (print.css `.sheet__rule`). */
const RULE = 6.5;
/** A heading of level 2 with its margins. */
const HEADING = 11;
/** An exercise's heading, time line and margins around its lines to write on. */
const EXERCISE = 13;

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
    .reduce((sum, block) => sum + textHeight(block) + 1.5, 3);
}

/**
 * The sheets parts fill in order: a part that may not be split starts a new sheet when it does not fit (the
 * exercises' heading counts with the first exercise, as print keeps them together).
 */
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

/** How much of each exercise a handout carries: instructions and lines, lines only, or a pointer to the exercise sheet. */
export type HandoutExercises = "uitleg" | "schrijfruimte" | "verwijzing";

/** Whether the handout prints on two A4 sheets when its exercises carry instructions or not. */
function fitsTwoSheets(content: HandoutContent, withInstructions: boolean): boolean {
  const parts: Part[] = [
    { height: 35, whole: false },
    { height: HEADING + content.objectives.reduce((sum, objective) => sum + textHeight(objective), 0), whole: false },
    { height: HEADING + 22 + content.programmeRows * 7, whole: false },
    {
      height: content.mainPoints.length > 0 ? HEADING + content.mainPoints.reduce((sum, point) => sum + LINE + textHeight(point.sentence) + 1, 0) : 0,
      whole: false,
    },
    ...content.exercises.map((exercise, index) => ({
      height:
        (index === 0 ? HEADING + (withInstructions ? 0 : 2 * LINE) : 0) +
        EXERCISE +
        (withInstructions ? (exercise.html ? htmlHeight(exercise.html) : LINE + 1.5) : 0) +
        exercise.lines * RULE,
      whole: true,
    })),
  ];
  return sheets(parts) <= 2;
}

/**
 * What the handout's two A4 sheets can carry of its exercises: each with its instructions and lines to write on; when
 * that overflows, the lines only (the instructions move to the exercise sheet); when even that overflows, a pointer
 * to the exercise sheet. A conservative estimate that fills sheets part by part and keeps each exercise whole, as
 * print.css does; the browser tests check the real PDFs.
 */
export function handoutExercises(content: HandoutContent): HandoutExercises {
  if (fitsTwoSheets(content, true)) return "uitleg";
  return fitsTwoSheets(content, false) ? "schrijfruimte" : "verwijzing";
}
