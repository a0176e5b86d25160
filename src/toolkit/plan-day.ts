import { formatClock } from "./clock.ts";
import type { ProgrammeBlock } from "./draaiboek.ts";

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
  /** Ids of the chosen modules, in the trainer's order. */
  modules: readonly string[];
  /** Start of every day, minutes since midnight. */
  start: number;
  /** Latest end of every day, minutes since midnight. */
  end: number;
  /** Break between two modules, in minutes (0 for none). */
  breakMinutes: number;
  /** Length of the day's one lunch, in minutes (0 for none). */
  lunchMinutes: number;
}

/** The kind of a planned block: a programme block's kind, or the day's lunch or room for questions before it. */
export type PlannedKind = ProgrammeBlock["kind"] | "lunch" | "uitloop";

/** A block of a module, or a break, on the clock of a day. */
export interface PlannedBlock {
  /** What happens. */
  title: string;
  /** Its minutes. */
  minutes: number;
  /** What kind of block it is. */
  kind: PlannedKind;
  /** Start, "HH:MM". */
  start: string;
  /** End, "HH:MM". */
  end: string;
  /** Why the planner changed the block, in Dutch; null when it stands as the module has it. */
  note: string | null;
}

/** A module of a day with its timed blocks, or a break, lunch or room for questions between modules. */
export type DayPart =
  { type: "module"; id: string; title: string; start: string; end: string; blocks: PlannedBlock[] } | { type: "break"; block: PlannedBlock };

/** One planned training day. */
export interface PlannedDay {
  /** Its number, from 1. */
  number: number;
  /** Start of the day. */
  start: string;
  /** End of the day. */
  end: string;
  /** Minutes from start to end. */
  totalMinutes: number;
  /** Modules and breaks in order. */
  parts: DayPart[];
  /** The day's lunch; null when the day needs none or the trainer chose none. */
  lunch: { start: string; end: string } | null;
  /** True when the day runs past the chosen end: its one module is longer than a day. */
  overrun: boolean;
}

/** The planned days with the warnings a trainer must read. */
export interface DayPlan {
  /** The days, in order. */
  days: PlannedDay[];
  /** Warnings in Dutch, such as a module longer than a day. */
  warnings: string[];
}

/** Lunch starts at or after 12:00. */
const LUNCH_EARLIEST = 12 * 60;
/** Lunch ends by 13:30. */
const LUNCH_LATEST = 13 * 60 + 30;
/** The lunch goes at the block boundary nearest this time. */
const LUNCH_IDEAL = 12 * 60 + 30;
/** A module's break of this many minutes or more is a lunch break. */
const LONG_BREAK = 30;
/** What a module's lunch break becomes outside lunchtime. */
const SHORT_BREAK = 15;

/** One item of a day before lunch is placed: a module block, or a break between modules. */
interface Item {
  /** Index of the module in the day, or -1 for a break between modules. */
  module: number;
  /** The block as planned so far. */
  block: Omit<PlannedBlock, "start" | "end">;
  /** True for a module's own lunch break (30 minutes or more), shortened until it is chosen as the lunch. */
  long?: boolean;
}

/** Plans the chosen modules over as many days as they need: whole modules in the trainer's order, one lunch a day. */
export function planDays(available: readonly PlannerModule[], choice: DayChoice): DayPlan {
  const chosen = [...new Set(choice.modules)].flatMap((id) => available.filter((module) => module.id === id));
  const groups: PlannerModule[][] = [];
  for (const module of chosen) {
    const last = groups.at(-1);
    if (last && layoutDay([...last, module], choice, 0).endMinutes <= choice.end) last.push(module);
    else groups.push([module]);
  }
  const days = groups.map((modules, index) => layoutDay(modules, choice, index + 1).day);
  const warnings = days.flatMap((day) => (day.overrun ? [overrunWarning(day, choice)] : []));
  return { days, warnings };
}

/** The warning for a day whose one module does not fit between the chosen start and end. */
function overrunWarning(day: PlannedDay, choice: DayChoice): string {
  const part = day.parts.find((candidate) => candidate.type === "module");
  const title = part?.type === "module" ? part.title : "";
  return `Let op: "${title}" past niet in een dag van ${formatClock(choice.start)} tot ${formatClock(choice.end)}. Dag ${day.number} loopt tot ${day.end}. Kies een latere eindtijd, of geef de module in twee delen.`;
}

/** Lays one day out: module blocks and breaks between modules, with its lunch placed. */
function layoutDay(modules: readonly PlannerModule[], choice: DayChoice, number: number): { day: PlannedDay; endMinutes: number } {
  const items = dayItems(modules, choice);
  const withLunch = placeLunch(items, choice);
  let clock = choice.start;
  const timed = withLunch.map((item) => {
    const block: PlannedBlock = { ...item.block, start: formatClock(clock), end: formatClock(clock + item.block.minutes) };
    clock += item.block.minutes;
    return { module: item.module, block };
  });
  const parts: DayPart[] = [];
  for (const item of timed) {
    const last = parts.at(-1);
    const module = modules[item.module];
    if (!module) parts.push({ type: "break", block: item.block });
    else if (last?.type === "module" && last.id === module.id) {
      last.blocks.push(item.block);
      last.end = item.block.end;
    } else parts.push({ type: "module", id: module.id, title: module.title, start: item.block.start, end: item.block.end, blocks: [item.block] });
  }
  const lunch = timed.find((item) => item.block.kind === "lunch")?.block;
  const day: PlannedDay = {
    number,
    start: formatClock(choice.start),
    end: formatClock(clock),
    totalMinutes: clock - choice.start,
    parts,
    lunch: lunch ? { start: lunch.start, end: lunch.end } : null,
    overrun: clock > choice.end,
  };
  return { day, endMinutes: clock };
}

/** The day's items in order: each module's blocks, a module's lunch break made short, breaks between modules. */
function dayItems(modules: readonly PlannerModule[], choice: DayChoice): Item[] {
  return modules.flatMap((module, index) => {
    const gap: Item[] =
      index > 0 && choice.breakMinutes > 0 ? [{ module: -1, block: { title: "Pauze", minutes: choice.breakMinutes, kind: "pauze", note: null } }] : [];
    const blocks = module.programme.map((block): Item => {
      if (block.kind === "pauze" && block.minutes >= LONG_BREAK) {
        const note = `De module heeft hier een pauze van ${block.minutes} minuten; die wordt alleen tussen 12:00 en 13:30 de lunch.`;
        return { module: index, block: { title: "Pauze", minutes: SHORT_BREAK, kind: "pauze", note }, long: true };
      }
      return { module: index, block: { title: block.title, minutes: block.minutes, kind: block.kind, note: null } };
    });
    return [...gap, ...blocks];
  });
}

/** A place for the lunch: at a break (which it replaces) or between two blocks, with its start without lunch. */
interface LunchSpot {
  /** Index of the item the lunch goes before (or replaces). */
  index: number;
  /** True when the item at `index` is a break the lunch replaces. */
  replaces: boolean;
  /** True when that break is the module's own lunch break. */
  long: boolean;
  /** Start of the spot on the clock without lunch. */
  start: number;
}

/**
 * Places the day's one lunch: at a module's own lunch break when that falls between 12:00 and 13:30, else at the block
 * boundary nearest 12:30 where it starts at or after 12:00 and ends by 13:30, replacing a break that stands there. When no boundary fits, it goes at the last boundary before 12:00, after room
 * for questions up to 12:00. A day that ends by 13:00 or starts after 12:30 needs no lunch.
 */
function placeLunch(items: readonly Item[], choice: DayChoice): Item[] {
  const total = items.reduce((sum, item) => sum + item.block.minutes, 0);
  if (choice.lunchMinutes === 0 || choice.start >= LUNCH_IDEAL || choice.start + total <= 13 * 60) return [...items];
  const spots = lunchSpots(items, choice.start);
  const fits = spots.filter((spot) => spot.start >= LUNCH_EARLIEST && spot.start + choice.lunchMinutes <= LUNCH_LATEST);
  const best = fits.find((spot) => spot.long) ?? fits.sort((a, b) => Math.abs(a.start - LUNCH_IDEAL) - Math.abs(b.start - LUNCH_IDEAL) || a.start - b.start)[0];
  const lunch = (module: number): Item => ({ module, block: { title: "Lunch", minutes: choice.lunchMinutes, kind: "lunch", note: null } });
  if (best) return insertAt(items, best, [lunch(moduleAround(items, best))]);
  const early = spots.filter((spot) => spot.start < LUNCH_EARLIEST && LUNCH_EARLIEST + choice.lunchMinutes <= LUNCH_LATEST).at(-1);
  if (!early) return [...items];
  const module = moduleAround(items, early);
  const room: Item = {
    module,
    block: {
      title: "Ruimte voor vragen en uitloop",
      minutes: LUNCH_EARLIEST - early.start,
      kind: "uitloop",
      note: "Er eindigt geen blok tussen 12:00 en 13:30, dus de lunch begint om 12:00.",
    },
  };
  return insertAt(items, early, [room, lunch(module)]);
}

/** Every boundary between two items and every break, with its start on the clock. */
function lunchSpots(items: readonly Item[], start: number): LunchSpot[] {
  const spots: LunchSpot[] = [];
  let clock = start;
  items.forEach((item, index) => {
    const isBreak = item.block.kind === "pauze";
    const previousIsBreak = items[index - 1]?.block.kind === "pauze";
    if (index > 0 && !isBreak && !previousIsBreak) spots.push({ index, replaces: false, long: false, start: clock });
    if (isBreak && index > 0 && index < items.length - 1) spots.push({ index, replaces: true, long: item.long === true, start: clock });
    clock += item.block.minutes;
  });
  return spots;
}

/** The module a lunch at this spot belongs to: the module on both sides, else none (between modules). */
function moduleAround(items: readonly Item[], spot: LunchSpot): number {
  const before = items[spot.index - 1]?.module ?? -1;
  const after = items[spot.replaces ? spot.index + 1 : spot.index]?.module ?? -1;
  return before === after ? before : -1;
}

/** The items with `inserted` at the spot, in place of the break there when the spot replaces one. */
function insertAt(items: readonly Item[], spot: LunchSpot, inserted: Item[]): Item[] {
  return [...items.slice(0, spot.index), ...inserted, ...items.slice(spot.replaces ? spot.index + 1 : spot.index)];
}
