import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { siteSnapshot } from "../helpers/site-snapshot.ts";

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

/** A cold build of the fixture with at most `pagesPerPass` pages per Eleventy pass; returns its report and snapshot. */
async function buildWith(pagesPerPass: number | undefined): Promise<{ passes: number; snapshot: Map<string, string> }> {
  const root = await copyFixture("two-releases");
  roots.push(root);
  const report = await buildSite({ root, mode: "preview", cache: false, buildDate: "2026-11-30", ...(pagesPerPass ? { pagesPerPass } : {}) });
  return { passes: report.passes, snapshot: await siteSnapshot(path.join(root, "_site")) };
}

describe("rendering in several Eleventy passes (to bound the memory of a large site)", () => {
  it("writes exactly the files, with exactly the bytes, of a build in one pass", async () => {
    const one = await buildWith(undefined);
    const many = await buildWith(25);
    expect(one.passes).toBe(1);
    expect(many.passes).toBeGreaterThan(3);
    const differing = [...new Set([...one.snapshot.keys(), ...many.snapshot.keys()])].filter((file) => one.snapshot.get(file) !== many.snapshot.get(file));
    expect(differing).toEqual([]);
    expect(many.snapshot.size).toBe(one.snapshot.size);
  });
});
