import { formatClock } from "./clock.ts";
import { draaiboek, type ProgrammeBlock, type TimedBlock } from "./draaiboek.ts";

/** A module as the session planner knows it. */
export interface PlannerModule {
  /** The module's id. */
  id: string;
  /** Its title. */
  title: string;
  /** Its programme. */
  programme: readonly ProgrammeBlock[];
}

/** What the trainer chose. */
export interface DayChoice {
  /** Ids of the chosen modules, in order. */
  modules: readonly string[];
  /** Start time, minutes since midnight. */
  start: number;
  /** Break between two modules, in minutes (0 for none). */
  breakMinutes: number;
  /** Lunch break in minutes, taken at the first module change at or after 12:00 (0 for none). */
  lunchMinutes: number;
}

/** One module of the day with its timed blocks, or a break between modules. */
export type DayPart =
  | { type: "module"; id: string; title: string; start: string; end: string; blocks: TimedBlock[] }
  | { type: "pauze"; title: string; start: string; end: string; minutes: number };

/** A planned training day. */
export interface DayPlan {
  /** Modules and breaks in order. */
  parts: DayPart[];
  /** Start of the day. */
  start: string;
  /** End of the day. */
  end: string;
  /** Total minutes. */
  totalMinutes: number;
}

const NOON = 12 * 60;

/** Plans a training day: chosen modules in order, a break between modules, lunch at the first change after noon. */
export function planDay(available: readonly PlannerModule[], choice: DayChoice): DayPlan {
  const chosen = choice.modules.flatMap((id) => available.filter((module) => module.id === id));
  const parts: DayPart[] = [];
  let clock = choice.start;
  let lunchTaken = choice.lunchMinutes === 0;
  const addBreak = (title: string, minutes: number): void => {
    parts.push({ type: "pauze", title, start: formatClock(clock), end: formatClock(clock + minutes), minutes });
    clock += minutes;
  };
  chosen.forEach((module, index) => {
    if (index > 0) {
      if (!lunchTaken && clock >= NOON) {
        addBreak("Lunch", choice.lunchMinutes);
        lunchTaken = true;
      } else if (choice.breakMinutes > 0) {
        addBreak("Pauze", choice.breakMinutes);
      }
    }
    const timed = draaiboek(module.programme, clock);
    clock += timed.totalMinutes;
    parts.push({ type: "module", id: module.id, title: module.title, start: timed.start, end: timed.end, blocks: timed.blocks });
  });
  return { parts, start: formatClock(choice.start), end: formatClock(clock), totalMinutes: clock - choice.start };
}
