import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GENERATION_FILE, GenerationFile } from "../../../src/dev/generation-file.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "generation-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the dev server's generation file", () => {
  it("takes many writes at once (a build ending while a ranking reports) and keeps the last one asked for", async () => {
    const file = new GenerationFile();
    const output = path.join(dir, "served");
    await Promise.all(Array.from({ length: 40 }, (_, index) => file.write(output, { generation: index + 1, settled: index % 2 === 1 })));
    expect(JSON.parse(await readFile(path.join(output, GENERATION_FILE), "utf8"))).toEqual({ generation: 40, settled: true });
    expect(await readdir(output)).toEqual([GENERATION_FILE]);
  });

  it("reports a failed write to its caller and still writes the next one", async () => {
    const file = new GenerationFile();
    const later = path.join(dir, "later");
    await file.write(dir, { generation: 1, settled: false });
    await expect(file.write(path.join(dir, GENERATION_FILE), { generation: 2, settled: false })).rejects.toThrow();
    await file.write(later, { generation: 3, settled: true });
    expect(JSON.parse(await readFile(path.join(later, GENERATION_FILE), "utf8"))).toEqual({ generation: 3, settled: true });
  });
});
