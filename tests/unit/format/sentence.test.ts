import { describe, expect, it } from "vitest";
import { sentence } from "../../../src/format/sentence.ts";

describe("sentence", () => {
  it("adds a full stop to a text without one", () => {
    expect(sentence("Wat de gemeente zelf kiest")).toBe("Wat de gemeente zelf kiest.");
  });

  it("never doubles a full stop and keeps a question or exclamation mark", () => {
    expect(sentence("Het bouwbudget is een gift.")).toBe("Het bouwbudget is een gift.");
    expect(sentence("Wat is Het Bouwdepot?")).toBe("Wat is Het Bouwdepot?");
    expect(sentence("Doen!")).toBe("Doen!");
    expect(sentence("En dan…")).toBe("En dan…");
    expect(sentence('Hij zei "ja."  ')).toBe('Hij zei "ja."');
  });
});
