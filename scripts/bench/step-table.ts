import { median } from "./measure.ts";

/** Seconds per step of one build, as `npm run build -- --timings=<file>` reports them (converted from ms), plus `start`. */
export type StepSeconds = Record<string, number>;

/** The least a step could cost, per build kind, in seconds; null where no plainer way of doing its work is known. */
export interface StepFloor {
  /** In a cold build (no `.cache/`, no `_site/`). */
  cold: number | null;
  /** In a warm build with nothing changed. */
  warm: number | null;
}

/** One row of the step table: the median seconds of a step in cold and warm builds, with its floors. */
export interface StepRow {
  /** The step's key in the build's timings. */
  step: string;
  /** Median seconds in the cold builds. */
  cold: number;
  /** Median seconds in the warm builds. */
  warm: number;
  /** Its floors. */
  floor: StepFloor;
}

/** What each step of a build does, in the bench's words; `start` is the rest of the process's wall time (starting Node, exiting). */
const STEP_LABELS: Record<string, string> = {
  start: "Node starten en afsluiten",
  imports: "modules laden (tsx, Eleventy, Playwright …)",
  load: "inhoud lezen en valideren",
  kept: "bewaarde documenten lezen en controleren",
  related: 'codevingerafdruk en "Zie ook"',
  derive: "views afleiden",
  pages: "views hashen, bewaarde pagina's controleren en kopiëren",
  render: "pagina's renderen (Eleventy)",
  pdf: "PDF's en samenvattingen maken",
  scan: "pagina's hashen en op links scannen",
  "links+search": "linkcontrole en zoekindexen (Pagefind)",
  archives: "documenten, archiefkopieën, offline-lijsten",
  swap: "_site/ vervangen",
  record: "ledger, afleveringsdata en bewaarde documenten bijwerken",
};

/** The step timings of one build with `start` added: the wall time the steps leave over. */
export function withStart(timingsMs: Readonly<Record<string, number>>, wallSeconds: number): StepSeconds {
  const steps = Object.fromEntries(Object.entries(timingsMs).map(([step, ms]) => [step, ms / 1000]));
  const inSteps = Object.values(steps).reduce((sum, seconds) => sum + seconds, 0);
  return { start: Math.max(0, wallSeconds - inSteps), ...steps };
}

/** The rows of the step table: every step of the builds in order, with the medians over the runs and its floors. */
export function stepRows(cold: readonly StepSeconds[], warm: readonly StepSeconds[], floors: Readonly<Record<string, StepFloor>>): StepRow[] {
  const steps = [...new Set([...cold, ...warm].flatMap((run) => Object.keys(run)))];
  return steps.map((step) => ({
    step,
    cold: median(cold.map((run) => run[step] ?? 0)),
    warm: median(warm.map((run) => run[step] ?? 0)),
    floor: floors[step] ?? { cold: null, warm: null },
  }));
}

/** A step's seconds, with its floor beside it where the two differ by more than a second ("—" where no floor is known). */
function cell(seconds: number, floor: number | null): string {
  const own = `${seconds.toFixed(1)} s`;
  if (floor === null) return `${own} (vloer —)`;
  return Math.abs(seconds - floor) > 1 ? `${own} (vloer ${floor.toFixed(1)} s)` : own;
}

/** The step table as lines of text: step, cold and warm, each with its floor where they differ by more than a second. */
export function formatStepTable(rows: readonly StepRow[]): string[] {
  const lines = rows.map((row) => [STEP_LABELS[row.step] ?? row.step, cell(row.cold, row.floor.cold), cell(row.warm, row.floor.warm)]);
  const total = ["totaal", `${sum(rows, "cold").toFixed(1)} s`, `${sum(rows, "warm").toFixed(1)} s`];
  const table = [["stap", "koud", "warm (niets veranderd)"], ...lines, total];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((line) => (line[column] ?? "").length)));
  return table.map((line) => `  ${line.map((text, column) => text.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd());
}

function sum(rows: readonly StepRow[], kind: "cold" | "warm"): number {
  return rows.reduce((total, row) => total + row[kind], 0);
}
