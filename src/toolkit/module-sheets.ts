import type { Case, MainPoint } from "../content/markdown.ts";
import type { ToolkitPage } from "../content/model.ts";
import { caseCardsUrl, exerciseSheetUrl, handoutUrl } from "../content/urls.ts";
import { draaiboek } from "./draaiboek.ts";
import { handoutExercises, type HandoutExercises } from "./handout-fit.ts";
import type { RoleCard } from "./module-blocks.ts";

/** The printable sheets of a training module. */
export interface SheetLinks {
  /** The participant handout. */
  handout: string;
  /** The exercises on their own. */
  exercises: string;
  /** The cards to cut out (cases and role cards); null when the module has neither. */
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
  /** Lines to write on: about three per ten minutes, at least one and at most twelve. */
  lines: number;
}

/** A role card to cut out, with the exercise it belongs to. */
export interface SheetRole extends RoleCard {
  /** The exercise's title. */
  exercise: string;
}

/** What a module's handout, exercise sheet and cards show besides the module's own page view. */
export interface ModuleSheets {
  /** Where each sheet is. */
  links: SheetLinks;
  /** Every exercise block of the programme, in order. */
  exercises: SheetExercise[];
  /** The module's cases, in order. */
  cases: Case[];
  /** The role cards of its exercises, in programme order. */
  roles: SheetRole[];
  /** The module's main points: its `##` headings with their first sentence. */
  mainPoints: MainPoint[];
  /** What the handout's two sheets carry of the exercises; the exercise sheet always has them whole. */
  handoutExercises: HandoutExercises;
}

/** Lines to write on for an exercise of so many minutes: three per ten minutes, rounded, from one to twelve. */
export function writingLines(minutes: number): number {
  return Math.min(12, Math.max(1, Math.round((minutes * 3) / 10)));
}

/** The addresses of a training module's sheets. */
export function sheetLinks(page: ToolkitPage): SheetLinks {
  const hasRoles = page.section === "training" && page.data.programme.some((block) => (block.roles ?? []).length > 0);
  return {
    handout: handoutUrl(page.version, page.slug),
    exercises: exerciseSheetUrl(page.version, page.slug),
    caseCards: page.cases.length > 0 || hasRoles ? caseCardsUrl(page.version, page.slug) : null,
  };
}

/**
 * A module's sheets, made from what it holds: every block of kind `oefening` in its programme with the instructions
 * of its `::: oefening` block where it has one (released modules from before these blocks have none), its cases, its
 * role cards and main points, and whether the exercises fit on the handout's two sheets.
 */
export function moduleSheets(page: ToolkitPage & { section: "training" }): ModuleSheets {
  const instructions = new Map(page.exercises.map((exercise) => [exercise.title, exercise.html]));
  const exercises = draaiboek(page.data.programme)
    .blocks.filter((block) => block.kind === "oefening")
    .map((block) => ({
      title: block.title,
      minutes: block.minutes,
      start: block.start,
      end: block.end,
      html: instructions.get(block.title) ?? null,
      lines: writingLines(block.minutes),
    }));
  const roles = page.data.programme.flatMap((block) => (block.roles ?? []).map((role) => ({ ...role, exercise: block.title })));
  const onHandout = handoutExercises({
    objectives: page.data.objectives,
    programmeRows: page.data.programme.length,
    mainPoints: page.mainPoints,
    exercises,
  });
  return { links: sheetLinks(page), exercises, cases: page.cases, roles, mainPoints: page.mainPoints, handoutExercises: onHandout };
}
