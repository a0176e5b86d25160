import { describe, expect, it } from "vitest";
import { formatClock, parseClock } from "../../../src/toolkit/clock.ts";
import { draaiboek, type ProgrammeBlock } from "../../../src/toolkit/draaiboek.ts";
import { handoutExercises } from "../../../src/toolkit/handout-fit.ts";
import { writingLines } from "../../../src/toolkit/module-sheets.ts";
import { planDays, type DayPlan, type PlannerModule } from "../../../src/toolkit/plan-day.ts";
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

describe("planDays", () => {
  const modules: PlannerModule[] = [
    { id: "a", title: "Module A", programme: [{ title: "A1", minutes: 120, kind: "inhoud" }] },
    { id: "b", title: "Module B", programme: [{ title: "B1", minutes: 90, kind: "oefening" }] },
    { id: "c", title: "Module C", programme: [{ title: "C1", minutes: 60, kind: "inhoud" }] },
  ];
  const times = { start: 570, end: 1020, breakMinutes: 15, lunchMinutes: 45 };
  const rows = (plan: DayPlan, day = 0): string[] =>
    (plan.days[day]?.parts ?? [])
      .flatMap((part) => (part.type === "module" ? part.blocks : [part.block]))
      .map((block) => `${block.start}–${block.end} ${block.title}`);

  it("puts lunch from 12:00 after room for questions when no block ends between 12:00 and 13:30", () => {
    const plan = planDays(modules, { ...times, modules: ["a", "b", "c"] });
    expect(rows(plan)).toEqual([
      "09:30–11:30 A1",
      "11:30–12:00 Ruimte voor vragen en uitloop",
      "12:00–12:45 Lunch",
      "12:45–14:15 B1",
      "14:15–14:30 Pauze",
      "14:30–15:30 C1",
    ]);
    expect(plan.days[0]?.lunch).toEqual({ start: "12:00", end: "12:45" });
    expect(plan.warnings).toEqual([]);
  });

  it("puts the lunch at the block boundary nearest 12:30, never inside a block", () => {
    const short: PlannerModule[] = [
      { id: "x", title: "X", programme: ["X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8"].map((title) => ({ title, minutes: 40, kind: "inhoud" as const })) },
    ];
    const plan = planDays(short, { ...times, modules: ["x"] });
    expect(plan.days[0]?.lunch).toEqual({ start: "12:10", end: "12:55" });
    expect(rows(plan)).toContain("12:55–13:35 X5");
  });

  it("makes a module's lunch break a short break outside lunchtime and uses it as lunch inside", () => {
    const own = (id: string, before: number): PlannerModule => ({
      id,
      title: id,
      programme: [
        { title: `${id}1`, minutes: before, kind: "inhoud" },
        { title: "Lunchpauze", minutes: 30, kind: "pauze" },
        { title: `${id}2`, minutes: 60, kind: "inhoud" },
      ],
    });
    const early = planDays([own("e", 60)], { ...times, modules: ["e"] });
    expect(rows(early)[1]).toBe("10:30–10:45 Pauze");
    const inWindow = planDays([own("w", 150)], { ...times, modules: ["w"] });
    expect(rows(inWindow)[1]).toBe("12:00–12:45 Lunch");
  });

  it("keeps the trainer's order and moves a module that does not fit whole to the next day", () => {
    const plan = planDays(modules, { ...times, end: 13 * 60, lunchMinutes: 0, modules: ["c", "a", "b"] });
    expect(plan.days.map((day) => day.parts.flatMap((part) => (part.type === "module" ? [part.id] : [])))).toEqual([["c", "a"], ["b"]]);
    expect(plan.days.every((day) => day.end <= "13:00")).toBe(true);
  });

  it("warns when a module is longer than a day", () => {
    const long: PlannerModule[] = [{ id: "l", title: "Lang", programme: [{ title: "L1", minutes: 480, kind: "inhoud" }] }];
    const plan = planDays(long, { ...times, modules: ["l"] });
    expect(plan.days[0]?.overrun).toBe(true);
    expect(plan.warnings).toEqual([
      'Let op: "Lang" past niet in een dag van 09:30 tot 17:00. Dag 1 loopt tot 17:30. Kies een latere eindtijd, of geef de module in twee delen.',
    ]);
  });

  it("shows a worked one-day example that ends by 17:00 without JavaScript", () => {
    const choice = sampleDayChoice(modules);
    expect(choice.modules).toEqual(["a", "b", "c"]);
    expect(planDays(modules, choice).days).toHaveLength(1);
    const long = [...modules, { id: "d", title: "D", programme: [{ title: "D1", minutes: 240, kind: "inhoud" as const }] }];
    expect(sampleDayChoice(long).modules).toEqual(["a", "b", "c"]);
  });
});

describe("writingLines", () => {
  it("gives about three lines per ten minutes, from one to twelve", () => {
    expect([5, 15, 35, 40, 90].map(writingLines)).toEqual([2, 5, 11, 12, 12]);
  });
});

describe("handoutExercises", () => {
  const base = { objectives: ["Je weet wat het bouwbudget is."], programmeRows: 6, mainPoints: [{ heading: "Doel", sentence: "Een punt." }] };
  const exercise = (lines: number, paragraphs: number) => ({
    title: "Oefening",
    html: `<p>${"Lees de casus en bespreek hem samen. ".repeat(3)}</p>`.repeat(paragraphs),
    lines,
  });

  it("keeps instructions and lines on the hand-out when both fit on two sheets", () => {
    expect(handoutExercises({ ...base, exercises: [exercise(5, 1), exercise(9, 1)] })).toBe("uitleg");
  });

  it("moves only the instructions to the exercise sheet when they would make a third sheet", () => {
    expect(handoutExercises({ ...base, exercises: [exercise(12, 8), exercise(11, 8), exercise(5, 4)] })).toBe("schrijfruimte");
  });

  it("points to the exercise sheet when even the lines to write on would make a third sheet", () => {
    expect(handoutExercises({ ...base, exercises: [exercise(12, 1), exercise(12, 1), exercise(12, 1), exercise(12, 1)] })).toBe("verwijzing");
  });
});
