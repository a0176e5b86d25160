import { describe, expect, it } from "vitest";
import { cueIndexAt } from "../../../src/podcast/cue-at.ts";

describe("the cue being spoken", () => {
  const starts = [0, 2.5, 7, 12];
  it("is the last cue that has started, also in a pause between cues", () => {
    expect(cueIndexAt(starts, 0)).toBe(0);
    expect(cueIndexAt(starts, 2.49)).toBe(0);
    expect(cueIndexAt(starts, 2.5)).toBe(1);
    expect(cueIndexAt(starts, 11.9)).toBe(2);
    expect(cueIndexAt(starts, 300)).toBe(3);
  });
  it("is none before the first cue", () => {
    expect(cueIndexAt([1, 2], 0.5)).toBe(-1);
  });
});
