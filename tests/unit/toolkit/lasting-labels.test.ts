import { describe, expect, it } from "vitest";
import { endsSentence } from "../../../src/toolkit/ends-sentence.ts";
import { lastingLabel } from "../../../src/toolkit/release-view.ts";

describe("lastingLabel", () => {
  it("names a published release by its version and year, never as the current one", () => {
    expect(lastingLabel({ version: "2.0", released: "2022-06", status: "released" })).toBe("release 2.0 (2022)");
    expect(lastingLabel({ version: "3.0", released: "2026-11-23", status: "concept" })).toBe("release 3.0 (concept)");
  });
});

describe("endsSentence", () => {
  it("reads the corrected text, not the removed words", () => {
    expect(endsSentence([{ text: "Het traject liep in 2022 nog.", change: "same" }])).toBe(true);
    expect(
      endsSentence([
        { text: "In 2022", change: "same" },
        { text: " nog.", change: "removed" },
      ]),
    ).toBe(false);
    expect(
      endsSentence([
        { text: "Zie de VNG", change: "same" },
        { text: " (2022).", change: "added" },
      ]),
    ).toBe(true);
    expect(endsSentence([{ text: "Wie doet mee?", change: "same" }])).toBe(true);
  });
});
