import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RawFile } from "../../../src/content/loader.ts";
import { DevReads } from "../../../src/dev/dev-reads.ts";

let root: string;
let confirmed: Promise<string[]>;
let reads: DevReads;

const file = (name: string): string => path.join(root, "content", name);
const text = (files: RawFile[], name: string): string | undefined => {
  const bytes = files.find((entry) => entry.path === `content/${name}`)?.bytes;
  return bytes ? new TextDecoder().decode(bytes) : undefined;
};

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-reads-"));
  await mkdir(path.join(root, "content"), { recursive: true });
  await writeFile(file("a.md"), "een");
  await writeFile(file("b.md"), "twee");
  let hear: (differing: string[]) => void = () => undefined;
  confirmed = new Promise((resolve) => (hear = resolve));
  reads = new DevReads({ root, cwd: root, stamp: path.join(root, ".cache", "dev", "rebuild") }, (differing) => hear(differing));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the dev server's reads", () => {
  it("reads only the reported files after a save, and the full read after the build finds what the report left out", async () => {
    const first = await reads.read();
    expect(reads.pending).toBe(false);
    await writeFile(file("a.md"), "EEN");
    await writeFile(file("b.md"), "TWEE");
    await writeFile(file("c.md"), "drie");
    reads.reported(["content/a.md", "content/c.md"]);
    const partial = await reads.read();
    expect([text(partial, "a.md"), text(partial, "b.md"), text(partial, "c.md")]).toEqual(["EEN", "twee", "drie"]);
    expect(partial.find((entry) => entry.path === "content/b.md")).toBe(first.find((entry) => entry.path === "content/b.md"));
    expect(reads.pending).toBe(true);
    reads.confirmLater();
    expect(await confirmed).toEqual(["content/b.md"]);
    expect(reads.pending).toBe(false);
    // The build that follows (asked for through the stamp) shows the confirmed files without reading them again.
    reads.reported([path.join(root, ".cache", "dev", "rebuild")]);
    const rebuilt = await reads.read();
    expect([text(rebuilt, "a.md"), text(rebuilt, "b.md"), text(rebuilt, "c.md")]).toEqual(["EEN", "TWEE", "drie"]);
    expect(reads.pending).toBe(false);
  });

  it("confirms a report that named every change, and drops a reported deleted file", async () => {
    await reads.read();
    await rm(file("b.md"));
    reads.reported([file("b.md")]);
    expect((await reads.read()).map((entry) => entry.path)).toEqual(["content/a.md", "_data/site.yaml", "_data/sources.yaml"]);
    expect(reads.pending).toBe(true);
    reads.confirmLater();
    expect(await confirmed).toEqual([]);
    expect(reads.pending).toBe(false);
  });

  it("reads every file without a report, with an unusable one, or with a path outside content/ and _data/", async () => {
    await reads.read();
    for (const report of [undefined, ["src/layouts/base.njk", "content/a.md"]]) {
      await writeFile(file("b.md"), `${String(report)}`);
      reads.reported(report);
      expect(text(await reads.read(), "b.md")).toBe(`${String(report)}`);
      expect(reads.pending).toBe(false);
    }
    await writeFile(file("b.md"), "zonder melding");
    expect(text(await reads.read(), "b.md")).toBe("zonder melding");
  });
});
