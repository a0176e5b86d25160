import { describe, expect, it } from "vitest";
import type { RawFile } from "../../../src/content/loader.ts";
import { differingPaths, keepUnchanged, mergeRead } from "../../../src/dev/held-files.ts";

const file = (path: string, text: string | null): RawFile => ({ path, bytes: text === null ? null : new TextEncoder().encode(text) });
const held = new Map(
  [file("content/a.md", "a"), file("content/b/c.md", "c"), file("content/b/d.md", "d"), file("_data/site.yaml", "s")].map((entry) => [entry.path, entry]),
);

describe("merging a partial read into the held files", () => {
  it("keeps the held object of a file read with the same bytes and takes a changed one", () => {
    const merged = mergeRead(held, new Map([file("content/a.md", "a"), file("content/b/c.md", "C")].map((entry) => [entry.path, entry])));
    expect(merged.get("content/a.md")).toBe(held.get("content/a.md"));
    expect(new TextDecoder().decode(merged.get("content/b/c.md")?.bytes ?? undefined)).toBe("C");
    expect(merged.get("content/b/d.md")).toBe(held.get("content/b/d.md"));
  });

  it("places a new file where a full read lists it and drops a gone file or folder", () => {
    const added = mergeRead(held, new Map([["content/aa.md", file("content/aa.md", "n")]]));
    expect([...added.keys()]).toEqual(["content/a.md", "content/aa.md", "content/b/c.md", "content/b/d.md", "_data/site.yaml"]);
    expect([...mergeRead(held, new Map([["content/a.md", null]])).keys()]).toEqual(["content/b/c.md", "content/b/d.md", "_data/site.yaml"]);
    expect([...mergeRead(held, new Map([["content/b", null]])).keys()]).toEqual(["content/a.md", "_data/site.yaml"]);
  });
});

describe("confirming the held files with a full read", () => {
  it("finds no difference in the same bytes, and keeps the held objects", () => {
    const read = [...held.values()].map((entry) => file(entry.path, new TextDecoder().decode(entry.bytes ?? undefined)));
    expect(differingPaths(held, read)).toEqual([]);
    const kept = keepUnchanged(held, read);
    for (const [path, entry] of held) expect(kept.get(path)).toBe(entry);
  });

  it("names changed, added and removed files, and a file refused for another reason", () => {
    const refused = (found: string): RawFile => ({
      path: "content/b/d.md",
      bytes: null,
      problem: { file: "content/b/d.md", field: "bestand", expected: "", found },
    });
    const heldRefused = new Map([...held, ["content/b/d.md", refused("een symlink")]]);
    const read = [file("content/a.md", "A"), file("content/b/e.md", "e"), refused("een map"), file("_data/site.yaml", "s")];
    expect(differingPaths(heldRefused, read)).toEqual(["content/a.md", "content/b/c.md", "content/b/d.md", "content/b/e.md"]);
  });
});
