import { formatClock } from "./clock.ts";

/** One block of a training programme. */
export interface ProgrammeBlock {
  /** What happens. */
  title: string;
  /** Length in minutes. */
  minutes: number;
  /** `inhoud`, `oefening` or `pauze`. */
  kind: "inhoud" | "oefening" | "pauze";
}

/** A programme block with its clock times. */
export interface TimedBlock extends ProgrammeBlock {
  /** Start time, "HH:MM". */
  start: string;
  /** End time, "HH:MM". */
  end: string;
}

/** A programme laid out on the clock. */
export interface Draaiboek {
  /** The blocks with start and end times. */
  blocks: TimedBlock[];
  /** Start of the first block. */
  start: string;
  /** End of the last block. */
  end: string;
  /** Total minutes, breaks included. */
  totalMinutes: number;
  /** Minutes of breaks. */
  breakMinutes: number;
}

/** The default start time of a training day. */
export const DEFAULT_START = 9 * 60 + 30;

/** Lays a programme out on the clock from a start time (minutes since midnight), breaks included. */
export function draaiboek(programme: readonly ProgrammeBlock[], startMinutes = DEFAULT_START): Draaiboek {
  let clock = startMinutes;
  const blocks = programme.map((block) => {
    const timed = { ...block, start: formatClock(clock), end: formatClock(clock + block.minutes) };
    clock += block.minutes;
    return timed;
  });
  const totalMinutes = clock - startMinutes;
  const breakMinutes = programme.filter((block) => block.kind === "pauze").reduce((sum, block) => sum + block.minutes, 0);
  return { blocks, start: formatClock(startMinutes), end: formatClock(clock), totalMinutes, breakMinutes };
}
