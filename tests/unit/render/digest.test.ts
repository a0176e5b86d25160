import { describe, expect, it } from "vitest";
import { createDigester } from "../../../src/render/digest.ts";

const page = (title: string, html: string): { data: { title: string }; url: string; html: string } => ({ data: { title }, url: "/p/", html });

describe("createDigester", () => {
  it("ignores another document's body in an outline, but not its title", () => {
    const a = page("A", "<p>een</p>");
    const b = page("A", "<p>twee</p>");
    const c = page("C", "<p>een</p>");
    const digester = createDigester(new Set([a, b, c]));
    expect(digester.outline({ list: [a] })).toBe(digester.outline({ list: [b] }));
    expect(digester.outline({ list: [a] })).not.toBe(digester.outline({ list: [c] }));
  });

  it("counts a document's body when taken whole", () => {
    const a = page("A", "<p>een</p>");
    const b = page("A", "<p>twee</p>");
    const digester = createDigester(new Set([a, b]));
    expect(digester.whole([a])).not.toBe(digester.whole([b]));
  });

  it("does not depend on key order, and tells apart values JSON would merge", () => {
    const digester = createDigester(new Set());
    expect(digester.whole({ x: 1, y: [2] })).toBe(digester.whole({ y: [2], x: 1 }));
    expect(digester.whole({ x: undefined })).not.toBe(digester.whole({ x: null }));
    expect(digester.whole({ at: new Date("2026-01-01T00:00:00Z") })).not.toBe(digester.whole({ at: new Date("2026-01-02T00:00:00Z") }));
    expect(digester.whole(new Map([["a", 1]]))).not.toBe(digester.whole(new Map([["a", 2]])));
    expect(digester.whole({ bytes: new Uint8Array([1, 2]) })).not.toBe(digester.whole({ bytes: new Uint8Array([1, 3]) }));
  });
});
