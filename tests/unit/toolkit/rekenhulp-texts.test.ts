import { describe, expect, it } from "vitest";
import { originText } from "../../../src/toolkit/rekenhulp-texts.ts";

describe("originText", () => {
  it("joins a figure's origin and year with a comma", () => {
    expect(originText({ context: "Bossche Bond, praktijkvoorbeeld", year: 2018, unit: "euro" })).toBe("Bossche Bond, praktijkvoorbeeld, 2018");
  });

  it("says in words which year is unknown, without a space before a sign", () => {
    const text = originText({ context: "gelijk aan de bijstand voor iemand van 21 jaar", year: null, unit: "euro per maand" });
    expect(text).toBe("gelijk aan de bijstand voor iemand van 21 jaar (jaar van het bedrag onbekend)");
    expect(text).not.toMatch(/\s[,;.:]/);
  });

  it("calls a figure in years a cijfer, and adds no second pair of brackets", () => {
    expect(originText({ context: "Eindhoven", year: null, unit: "jaar" })).toBe("Eindhoven (jaar van het cijfer onbekend)");
    expect(originText({ context: "Praktijkvoorbeeld (geschat)", year: null, unit: "euro" })).toBe("Praktijkvoorbeeld (geschat), jaar van het bedrag onbekend");
  });
});
