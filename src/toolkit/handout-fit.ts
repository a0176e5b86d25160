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

/** Printed lines of body text on two A4 sheets at 11 pt with the site's print margins, with a margin for error. */
const TWO_SHEETS = 88;
/** Characters of body text on one printed line. */
const LINE_CHARS = 95;
/** The fixed parts: title, meta line, name line, three headings and the table's caption and header. */
const FIXED_LINES = 17;
/** A line to write on is taller than a line of text. */
const WRITING_LINE = 1.4;

/** Printed lines a text takes. */
function textLines(text: string): number {
  return Math.max(1, Math.ceil(text.length / LINE_CHARS));
}

/** The printed lines of an exercise's instructions: each paragraph and list item starts a line. */
function htmlLines(html: string): number {
  const blocks = html
    .split(/<\/(?:p|li)>/)
    .map((part) => part.replace(/<[^>]+>/g, "").trim())
    .filter(Boolean);
  return blocks.reduce((sum, block) => sum + textLines(block), 0) + 1;
}

/**
 * Whether the handout with each exercise's instructions and its lines to write on prints on two A4 sheets: a
 * conservative estimate in printed lines, checked against real PDFs by the browser tests.
 */
export function handoutFitsTwoSheets(content: HandoutContent): boolean {
  const objectives = content.objectives.reduce((sum, objective) => sum + textLines(objective), 0);
  const programme = content.programmeRows * 1.3;
  const points = content.mainPoints.reduce((sum, point) => sum + 1.6 + textLines(point.sentence), 2);
  const exercises = content.exercises.reduce((sum, exercise) => sum + 3 + (exercise.html ? htmlLines(exercise.html) : 1) + exercise.lines * WRITING_LINE, 2);
  return FIXED_LINES + objectives + programme + points + exercises <= TWO_SHEETS;
}
