import { DEFAULT_START } from "./draaiboek.ts";
import { planDays, type DayChoice, type PlannerModule } from "./plan-day.ts";

/** The default end of a training day: 17:00. */
const DEFAULT_END = 17 * 60;

/** The planner's default times: 09:30 to 17:00, a break of 15 minutes between modules and a lunch of 45. */
export const DEFAULT_TIMES = { start: DEFAULT_START, end: DEFAULT_END, breakMinutes: 15, lunchMinutes: 45 } as const;

/** The worked one-day example shown without JavaScript: the release's modules in order while they fit in one day. */
export function sampleDayChoice(modules: readonly PlannerModule[]): DayChoice {
  const chosen: string[] = [];
  for (const module of modules) {
    const plan = planDays(modules, { ...DEFAULT_TIMES, modules: [...chosen, module.id] });
    if (chosen.length > 0 && (plan.days.length > 1 || plan.warnings.length > 0)) break;
    chosen.push(module.id);
  }
  return { ...DEFAULT_TIMES, modules: chosen };
}
