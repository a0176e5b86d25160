import type { Case } from "../content/markdown.ts";
import type { ToolkitPage } from "../content/model.ts";
import { draaiboek } from "./draaiboek.ts";

/** A role card of an exercise: the role and its text. */
export interface RoleCard {
  /** The role, such as "De jongere". */
  role: string;
  /** What the participant in that role reads. */
  card: string;
}

/** One programme block with everything the trainer view and presentation mode show of it. */
export interface ModuleBlockView {
  /** Its number in the programme, from 1. */
  number: number;
  /** Its anchor on the trainer view, "blok-3". */
  anchor: string;
  /** The block's title. */
  title: string;
  /** Its minutes. */
  minutes: number;
  /** `inhoud`, `oefening` or `pauze`. */
  kind: "inhoud" | "oefening" | "pauze";
  /** Start on the default clock, "HH:MM". */
  start: string;
  /** End on the default clock, "HH:MM". */
  end: string;
  /** What the trainer does and says, as paragraphs; empty when the module gives nothing (older releases). */
  trainer: string[];
  /** The key points participants see on the screen. */
  points: string[];
  /** The exercise's instructions for participants, rendered; null for other blocks or when the module has none. */
  exercise: string | null;
  /** The case that goes with this block; null when none is named. */
  case: Case | null;
  /** The exercise's role cards. */
  roles: RoleCard[];
}

/** A module's programme block by block, with trainer notes, key points, instructions, case and role cards. */
export function moduleBlocks(page: ToolkitPage & { section: "training" }): ModuleBlockView[] {
  const instructions = new Map(page.exercises.map((exercise) => [exercise.title, exercise.html]));
  const timed = draaiboek(page.data.programme).blocks;
  return page.data.programme.map((block, index) => ({
    number: index + 1,
    anchor: `blok-${index + 1}`,
    title: block.title,
    minutes: block.minutes,
    kind: block.kind,
    start: timed[index]?.start ?? "",
    end: timed[index]?.end ?? "",
    trainer: paragraphs(block.trainer ?? ""),
    points: block.points ?? [],
    exercise: block.kind === "oefening" ? (instructions.get(block.title) ?? null) : null,
    case: page.cases.find((candidate) => candidate.title !== null && candidate.title === block.case) ?? null,
    roles: block.roles ?? [],
  }));
}

/** Text split into paragraphs at blank lines, each with its line breaks joined. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}
