import type { Case } from "../content/markdown.ts";
import type { ToolkitPage } from "../content/model.ts";
import { caseCardsUrl, exerciseSheetUrl, handoutUrl } from "../content/urls.ts";
import { draaiboek } from "./draaiboek.ts";

/** The printable sheets of a training module. */
export interface SheetLinks {
  /** The participant handout. */
  handout: string;
  /** The exercises on their own. */
  exercises: string;
  /** The case cards; null when the module has no cases. */
  caseCards: string | null;
}

/** An exercise as a handout shows it: a programme block of kind `oefening`, on the clock, with its instructions. */
export interface SheetExercise {
  /** The block's title. */
  title: string;
  /** Its minutes. */
  minutes: number;
  /** Start and end on the default clock, "HH:MM". */
  start: string;
  /** End, "HH:MM". */
  end: string;
  /** The instructions from the module's `::: oefening` block; null when it has none (the trainer explains it). */
  html: string | null;
}

/** What a module's handout, exercise sheet and case cards show besides the module's own page view. */
export interface ModuleSheets {
  /** Where each sheet is. */
  links: SheetLinks;
  /** Every exercise block of the programme, in order. */
  exercises: SheetExercise[];
  /** The module's cases, in order. */
  cases: Case[];
}

/** The addresses of a training module's sheets. */
export function sheetLinks(page: ToolkitPage): SheetLinks {
  return {
    handout: handoutUrl(page.version, page.slug),
    exercises: exerciseSheetUrl(page.version, page.slug),
    caseCards: page.cases.length > 0 ? caseCardsUrl(page.version, page.slug) : null,
  };
}

/**
 * A module's sheets, made from what it holds: every block of kind `oefening` in its programme with the instructions
 * of its `::: oefening` block where it has one (released modules from before these blocks have none), and its cases.
 */
export function moduleSheets(page: ToolkitPage & { section: "training" }): ModuleSheets {
  const instructions = new Map(page.exercises.map((exercise) => [exercise.title, exercise.html]));
  const exercises = draaiboek(page.data.programme)
    .blocks.filter((block) => block.kind === "oefening")
    .map((block) => ({ title: block.title, minutes: block.minutes, start: block.start, end: block.end, html: instructions.get(block.title) ?? null }));
  return { links: sheetLinks(page), exercises, cases: page.cases };
}
