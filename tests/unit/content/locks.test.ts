import { describe, expect, it } from "vitest";
import type { ContentError } from "../../../src/content/content-error.ts";
import type { RawFile } from "../../../src/content/loader.ts";
import { checkLocks, formatLock, lockFile, makeLock } from "../../../src/content/locks.ts";
import type { SourceCorrection } from "../../../src/content/schemas/errata.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const release = (version: string, body = "Tekst."): RawFile[] => [
  { path: `content/toolkit/${version}/release.md`, bytes: bytes(`---\nversion: "${version}"\n---\n`) },
  { path: `content/toolkit/${version}/aanpak/kern.md`, bytes: bytes(body) },
];
const locked = (files: RawFile[], version: string): RawFile => ({ path: lockFile(version), bytes: bytes(formatLock(makeLock(files, version))) });
const check = (files: RawFile[], releases: { version: string; status: string }[]): ContentError[] => {
  const errors: ContentError[] = [];
  checkLocks(files, releases, errors);
  return errors;
};

describe("release locks", () => {
  it("hash every file of the release folder, sorted, and nothing outside it", () => {
    const files = [...release("1.0"), ...release("2.0")];
    const lock = makeLock(files, "1.0");
    expect(Object.keys(lock.files)).toEqual(["content/toolkit/1.0/aanpak/kern.md", "content/toolkit/1.0/release.md"]);
    expect(lock.files["content/toolkit/1.0/aanpak/kern.md"]).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it("accept a published release whose files are as locked", () => {
    const files = release("1.0");
    expect(check([...files, locked(files, "1.0")], [{ version: "1.0", status: "released" }])).toEqual([]);
  });

  it("name the file that changed, was added or is gone, and say how to record an erratum", () => {
    const files = release("1.0");
    const lock = locked(files, "1.0");
    const changed = check([...release("1.0", "Andere tekst."), lock], [{ version: "1.0", status: "released" }]);
    expect(changed.map((error) => [error.file, error.field])).toEqual([["content/toolkit/1.0/aanpak/kern.md", "inhoud"]]);
    expect(changed[0]?.found).toContain("erratum in content/errata/1.0.yaml");
    const added = check([...files, { path: "content/toolkit/1.0/aanpak/extra.md", bytes: bytes("x") }, lock], [{ version: "1.0", status: "released" }]);
    expect(added.map((error) => [error.file, error.found.split(";")[0]])).toEqual([["content/toolkit/1.0/aanpak/extra.md", "een nieuw bestand"]]);
    const gone = check([files[0] as RawFile, lock], [{ version: "1.0", status: "released" }]);
    expect(gone.map((error) => [error.file, error.field])).toEqual([["content/toolkit/1.0/aanpak/kern.md", "bestand"]]);
  });

  it("require a lock for a published release, not for a concept", () => {
    expect(check(release("1.0"), [{ version: "1.0", status: "released" }]).map((error) => [error.file, error.field])).toEqual([
      ["content/toolkit/1.0/release.md", "status"],
    ]);
    expect(check(release("3.0"), [{ version: "3.0", status: "concept" }])).toEqual([]);
  });

  it("still check a locked folder whose release.md no longer validates, and refuse a lock edited by hand", () => {
    const files = release("1.0");
    const lock = locked(files, "1.0");
    expect(check([files[0] as RawFile, { path: "content/toolkit/1.0/aanpak/kern.md", bytes: bytes("x") }, lock], []).map((error) => error.field)).toEqual([
      "inhoud",
    ]);
    expect(
      check([...files, { path: lockFile("1.0"), bytes: bytes('{"release":"1.0"}') }], [{ version: "1.0", status: "released" }]).map((error) => error.file),
    ).toEqual([lockFile("1.0")]);
  });

  it("hold the citations of the release's sources: a changed citation needs an erratum of that release that leads to it", () => {
    const files = release("1.0");
    const lock: RawFile = { path: lockFile("1.0"), bytes: bytes(formatLock(makeLock(files, "1.0", { "bron-a": '"Bron A", Uitgever, 2021' }))) };
    const run = (now: string, corrections: SourceCorrection[] = []): ContentError[] => {
      const errors: ContentError[] = [];
      checkLocks([...files, lock], [{ version: "1.0", status: "released" }], errors, { citation: () => now, corrections: new Map([["1.0", corrections]]) });
      return errors;
    };
    expect(run('"Bron A", Uitgever, 2021')).toEqual([]);
    expect(run('"Bron A", Andere uitgever, 2021').map((error) => [error.file, error.field])).toEqual([["_data/sources.yaml", "bron-a"]]);
    expect(run('"Bron A", Andere uitgever, 2021', [{ source: "bron-a", wrong: "Uitgever", right: "Andere uitgever" }])).toEqual([]);
    expect(run('"Bron A", Andere uitgever, 2021', [{ source: "bron-a", wrong: "Niet daar", right: "x" }]).map((error) => error.file)).toEqual([
      "content/errata/1.0.yaml",
    ]);
  });
});
