import { describe, expect, it } from "vitest";
import { formatClock, parseClock } from "../../../src/toolkit/clock.ts";
import { draaiboek, type ProgrammeBlock } from "../../../src/toolkit/draaiboek.ts";
import { planDay, type PlannerModule } from "../../../src/toolkit/plan-day.ts";
import { sampleDayChoice } from "../../../src/toolkit/sample-day.ts";

const programme: ProgrammeBlock[] = [
  { title: "Welkom", minutes: 15, kind: "oefening" },
  { title: "Uitleg", minutes: 90, kind: "inhoud" },
  { title: "Koffie", minutes: 15, kind: "pauze" },
  { title: "Oefenen", minutes: 60, kind: "oefening" },
  { title: "Lunch", minutes: 45, kind: "pauze" },
  { title: "Afsluiting", minutes: 30, kind: "inhoud" },
];

describe("clock", () => {
  it("parses and formats times of day, wrapping past midnight", () => {
    expect(parseClock("09:30")).toBe(570);
    expect(parseClock("24:00")).toBeUndefined();
    expect(parseClock("9.30")).toBeUndefined();
    expect(formatClock(570)).toBe("09:30");
    expect(formatClock(1440 + 15)).toBe("00:15");
  });
});

describe("draaiboek", () => {
  it("puts every block on the clock from 09:30, across noon, with several breaks", () => {
    const result = draaiboek(programme);
    expect(result.blocks.map((block) => `${block.start}–${block.end} ${block.title}`)).toEqual([
      "09:30–09:45 Welkom",
      "09:45–11:15 Uitleg",
      "11:15–11:30 Koffie",
      "11:30–12:30 Oefenen",
      "12:30–13:15 Lunch",
      "13:15–13:45 Afsluiting",
    ]);
    expect(result).toMatchObject({ start: "09:30", end: "13:45", totalMinutes: 255, breakMinutes: 60 });
  });

  it("starts at another time when asked", () => {
    expect(draaiboek(programme, parseClock("13:00")).end).toBe("17:15");
  });
});

describe("planDay", () => {
  const modules: PlannerModule[] = [
    { id: "a", title: "Module A", programme: [{ title: "A1", minutes: 120, kind: "inhoud" }] },
    { id: "b", title: "Module B", programme: [{ title: "B1", minutes: 90, kind: "oefening" }] },
    { id: "c", title: "Module C", programme: [{ title: "C1", minutes: 60, kind: "inhoud" }] },
  ];

  it("puts a break between modules and lunch at the first change after noon", () => {
    const plan = planDay(modules, { modules: ["a", "b", "c"], start: 570, breakMinutes: 15, lunchMinutes: 45 });
    expect(plan.parts.map((part) => `${part.start}–${part.end} ${part.title}`)).toEqual([
      "09:30–11:30 Module A",
      "11:30–11:45 Pauze",
      "11:45–13:15 Module B",
      "13:15–14:00 Lunch",
      "14:00–15:00 Module C",
    ]);
    expect(plan.totalMinutes).toBe(330);
  });

  it("follows the chosen modules and leaves out breaks set to 0", () => {
    const plan = planDay(modules, { modules: ["c", "a"], start: 780, breakMinutes: 0, lunchMinutes: 0 });
    expect(plan.parts.map((part) => part.title)).toEqual(["Module C", "Module A"]);
    expect(plan.end).toBe("16:00");
  });

  it("shows a sample day that ends by 17:00 without JavaScript", () => {
    const choice = sampleDayChoice(modules);
    expect(choice.modules).toEqual(["a", "b", "c"]);
    expect(planDay(modules, choice).end <= "17:00").toBe(true);
    const long = [...modules, { id: "d", title: "D", programme: [{ title: "D1", minutes: 240, kind: "inhoud" as const }] }];
    expect(sampleDayChoice(long).modules).toEqual(["a", "b", "c"]);
  });
});
