import type { DayChoice, PlannerModule } from "./plan-day.ts";
import { DEFAULT_START } from "./draaiboek.ts";

/** Latest end of the sample day shown without JavaScript: 17:00. */
const LATEST_END = 17 * 60;

/** The planner's default day: modules in release order while the day ends by 17:00, with breaks and lunch. */
export function sampleDayChoice(modules: readonly PlannerModule[]): DayChoice {
  const base = { start: DEFAULT_START, breakMinutes: 15, lunchMinutes: 45 };
  const chosen: string[] = [];
  let clock = DEFAULT_START;
  for (const module of modules) {
    const minutes = module.programme.reduce((sum, block) => sum + block.minutes, 0);
    const pause = chosen.length === 0 ? 0 : base.lunchMinutes;
    if (chosen.length > 0 && clock + pause + minutes > LATEST_END) break;
    chosen.push(module.id);
    clock += pause + minutes;
  }
  return { ...base, modules: chosen };
}
