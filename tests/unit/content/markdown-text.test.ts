import { describe, expect, it } from "vitest";
import { markdownText } from "../../../src/content/markdown-text.ts";

describe("markdownText", () => {
  it("keeps what readers see of Markdown: link text without its address, headings without hashes, entities decoded", () => {
    expect(markdownText("## Kop\n\nLees ze bij [wat het onderzoek laat zien](id:onderzoek). Dit & *dat*.")).toBe(
      "Kop Lees ze bij wat het onderzoek laat zien. Dit & dat.",
    );
    expect(markdownText("- een\n- twee")).toBe("een twee");
  });
});
