import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../../src/content/frontmatter.ts";
import { isRealPartialDate } from "../../../src/content/schemas/common.ts";
import { decodeUtf8 } from "../../../src/media/decode-utf8.ts";

describe("parseFrontmatter", () => {
  it("parses YAML without turning dates into Date objects", () => {
    const result = parseFrontmatter("---\nreleased: 2022-06-01\nyear: 2021\n---\nTekst\n");
    expect(result).toEqual({ ok: true, data: { released: "2022-06-01", year: 2021 }, body: "Tekst\n", bodyLine: 5 });
  });

  it("ignores a byte order mark and accepts CRLF line ends", () => {
    const result = parseFrontmatter("\uFEFF---\r\ntitle: Hoi\r\n---\r\nTekst");
    expect(result.ok && result.data).toEqual({ title: "Hoi" });
  });

  it("reports a duplicate field", () => {
    const result = parseFrontmatter("---\ntitle: a\ntitle: b\n---\n");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.found).toBe("een veld dat twee keer voorkomt");
  });

  it("reports a missing closing line", () => {
    const result = parseFrontmatter("---\ntitle: a\n");
    expect(!result.ok && result.expected).toBe("een afsluitende regel '---' na de velden");
  });

  it("rejects frontmatter that is a list instead of fields", () => {
    const result = parseFrontmatter("---\n- a\n- b\n---\n");
    expect(!result.ok && result.field).toBe("frontmatter");
  });
});

describe("isRealPartialDate", () => {
  it.each([
    ["2022", true],
    ["2022-06", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2022-13", false],
    ["2022-04-31", false],
    ["0999", false],
  ])("%s → %s", (value, expected) => {
    expect(isRealPartialDate(value)).toBe(expected);
  });
});

describe("decodeUtf8", () => {
  it("decodes valid UTF-8 and refuses Latin-1 bytes", () => {
    expect(decodeUtf8(new TextEncoder().encode("één"))).toBe("één");
    expect(decodeUtf8(new Uint8Array([0xe9, 0xe9]))).toBeUndefined();
  });
});
