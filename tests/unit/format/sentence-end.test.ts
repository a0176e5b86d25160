import { describe, expect, it } from "vitest";
import { endSentence, endsSentence } from "../../../src/format/sentence-end.ts";
import { dutchList } from "../../../src/format/dutch-list.ts";

describe("endSentence", () => {
  it("ends a text with exactly one end mark, also after a closing quote or parenthesis", () => {
    expect(endSentence("Dat schrijven de initiatiefnemers. ")).toBe("Dat schrijven de initiatiefnemers.");
    expect(endSentence("Er stond: „een jaar”")).toBe("Er stond: „een jaar”.");
    expect(endSentence("Er stond: „een jaar.”")).toBe("Er stond: „een jaar.”");
    expect(endSentence("Zie de bron (VNG, 2022).")).toBe("Zie de bron (VNG, 2022).");
    expect(endSentence("Klopt dat?")).toBe("Klopt dat?");
    expect(endsSentence("„…de randvoorwaarde…”")).toBe(false);
  });
});

describe("dutchList", () => {
  it("joins items the Dutch way", () => {
    expect(dutchList([])).toBe("");
    expect(dutchList(["a"])).toBe("a");
    expect(dutchList(["a", "b"])).toBe("a en b");
    expect(dutchList(["a", "b", "c"])).toBe("a, b en c");
  });
});
