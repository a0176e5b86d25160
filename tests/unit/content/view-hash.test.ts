import { describe, expect, it } from "vitest";
import { viewHasher } from "../../../src/content/view-hash.ts";

const page = (title: string): object => Object.freeze({ title, html: `<p>${title}</p>`.repeat(200) });

describe("viewHasher", () => {
  it("gives equal views equal hashes, across hashers and whether parts are frozen or shared", () => {
    const release = { version: "2.0", sections: [{ slug: "aanpak" }] };
    const first = viewHasher();
    const a = first({ page: page("A"), release });
    const b = first({ page: page("B"), release });
    const again = viewHasher();
    expect(again({ page: page("A"), release: structuredClone(release) })).toBe(a);
    expect(again({ page: page("B"), release: structuredClone(release) })).toBe(b);
    expect(a).not.toBe(b);
  });

  it("changes when any value changes: nested, inside a frozen object, in a shared object or in an array", () => {
    const hash = (view: unknown): string => viewHasher()(view);
    const base = { page: page("A"), nav: [{ title: "x", url: "/x/" }], count: 1, flag: true, missing: null };
    const variants = [
      { ...base, page: page("A ") },
      { ...base, nav: [{ title: "x", url: "/y/" }] },
      {
        ...base,
        nav: [
          { title: "x", url: "/x/" },
          { title: "x", url: "/x/" },
        ],
      },
      { ...base, count: 2 },
      { ...base, count: "1" },
      { ...base, flag: false },
      { ...base, missing: undefined },
      { ...base, extra: undefined },
    ];
    const hashes = new Set([hash(base), ...variants.map(hash)]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it("sees a change in a shared object that is described once per hasher", () => {
    const release = { title: "Release 2.0" };
    const before = viewHasher();
    const hashesBefore = [before({ release, n: 1 }), before({ release, n: 2 }), before({ release, n: 3 })];
    release.title = "Release 2.1";
    const after = viewHasher();
    const hashesAfter = [after({ release, n: 1 }), after({ release, n: 2 }), after({ release, n: 3 })];
    hashesAfter.forEach((hash, index) => expect(hash).not.toBe(hashesBefore[index]));
  });

  it("refuses what a template could show but a hash cannot cover", () => {
    const hash = viewHasher();
    expect(() => hash({ f: () => 1 })).toThrow(/plain data/);
    expect(() => hash({ m: new Map() })).toThrow(/plain data/);
    expect(() => hash({ b: new Uint8Array(2) })).toThrow(/plain data/);
  });
});
