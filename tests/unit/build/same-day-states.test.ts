import { describe, expect, it } from "vitest";
import { keptErrata } from "../../../src/build/kept-errata.ts";
import { appendKeptList, parseKeptList } from "../../../src/build/kept-list.ts";
import { stateLabel } from "../../../src/build/state-label.ts";
import { isStemOf, stateStem } from "../../../src/build/state-stem.ts";
import type { ContentError } from "../../../src/content/content-error.ts";
import { documentState } from "../../../src/toolkit/document-state.ts";

const hash = "a".repeat(64);

describe("states of one day", () => {
  it("keep the date as stem for the first state of a day and add -2, -3 for later ones", () => {
    expect(stateStem("2026-12-07", 0)).toBe("2026-12-07");
    expect(stateStem("2026-12-07", 1)).toBe("2026-12-07-2");
    expect(stateStem("2026-12-07", 2)).toBe("2026-12-07-3");
    expect(isStemOf("2026-12-07", "2026-12-07")).toBe(true);
    expect(isStemOf("2026-12-07-2", "2026-12-07")).toBe(true);
    expect(isStemOf("2026-12-07-12", "2026-12-07")).toBe(true);
    for (const stem of ["2026-12-07-1", "2026-12-07-0", "2026-12-07-02", "2026-12-08-2", "2026-12-07-x"]) expect(isStemOf(stem, "2026-12-07")).toBe(false);
  });

  it("count the errata a state includes: the current state all of them, an old line those of before its day (a correction also its own day's)", () => {
    const release = { released: "2022", errata: [{ date: "2026-11-29" }, { date: "2026-12-07" }, { date: "2026-12-07" }] };
    expect(documentState(release)).toEqual({ date: "2026-12-07", reason: "correctie", errata: 3 });
    expect(documentState({ released: "2022", errata: [{ date: "2026-11-29" }] })).toEqual({ date: "2026-12-07", reason: "nieuwe opmaak", errata: 1 });
    const dates = release.errata.map((erratum) => erratum.date);
    expect(keptErrata({ date: "2026-12-07", reason: "nieuwe opmaak", errata: null }, dates)).toBe(1);
    expect(keptErrata({ date: "2026-12-07", reason: "correctie", errata: null }, dates)).toBe(3);
    expect(keptErrata({ date: "2026-12-07", reason: "correctie", errata: 2 }, dates)).toBe(2);
  });

  it("are named apart on the release home only when a day has more than one", () => {
    const states = [
      { date: "2026-11-29", reason: "correctie" as const, stem: "2026-11-29" },
      { date: "2026-12-07", reason: "nieuwe opmaak" as const, stem: "2026-12-07" },
      { date: "2026-12-07", reason: "correctie" as const, stem: "2026-12-07-2" },
      { date: "2026-12-07", reason: "correctie" as const, stem: "2026-12-07-3" },
    ];
    expect(states.map((state) => stateLabel(state, states))).toEqual([
      "29 november 2026",
      "7 december 2026, nieuwe opmaak",
      "7 december 2026, correctie",
      "7 december 2026, 2e correctie",
    ]);
  });

  it("are read from the list with their stem and errata count, old lines without a count", () => {
    const text = appendKeptList(
      [
        `2.0 2026-12-07 toolkit-het-bouwdepot-2.0-2026-12-07.pdf ${hash} nieuwe opmaak`,
        `2.0 2026-12-07 toolkit-het-bouwdepot-2.0-2026-12-07.zip ${hash} nieuwe opmaak`,
        "",
      ].join("\n"),
      [
        {
          version: "2.0",
          date: "2026-12-07",
          reason: "correctie",
          stem: "2026-12-07-2",
          errata: 22,
          name: "samenvatting-het-bouwdepot-2.0-2026-12-07-2.pdf",
          kind: "samenvatting",
          sha256: hash,
        },
      ],
    );
    expect(text.trim().split("\n").at(-1)).toBe(`2.0 2026-12-07 samenvatting-het-bouwdepot-2.0-2026-12-07-2.pdf ${hash} correctie errata=22`);
    const errors: ContentError[] = [];
    const entries = parseKeptList(text, errors);
    expect(errors).toEqual([]);
    expect(entries.map((entry) => [entry.stem, entry.kind, entry.reason, entry.errata])).toEqual([
      ["2026-12-07", "pdf", "nieuwe opmaak", null],
      ["2026-12-07", "zip", "nieuwe opmaak", null],
      ["2026-12-07-2", "samenvatting", "correctie", 22],
    ]);
  });

  it("refuse a list line whose name's stem is not of its date", () => {
    const errors: ContentError[] = [];
    parseKeptList(
      [
        `2.0 2026-12-07 toolkit-het-bouwdepot-2.0-2026-12-08-2.pdf ${hash} correctie errata=1`,
        `2.0 2026-12-07 toolkit-het-bouwdepot-2.0-2026-12-07-1.pdf ${hash} correctie`,
      ].join("\n"),
      errors,
    );
    expect(errors.map((error) => error.field)).toEqual(["regel 1", "regel 2"]);
  });
});
