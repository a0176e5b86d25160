import { describe, expect, it } from "vitest";
import { LoadMemo } from "../../../src/content/load-memo.ts";
import { DevRelated } from "../../../src/search/dev-related.ts";
import { relatedByRelease } from "../../../src/search/related-by-release.ts";
import { devLoader, memorySite, page } from "../../helpers/memory-site.ts";

const load = devLoader();

describe("DevRelated", () => {
  it("serves the previous ranking of an edited release once, then ranks it exactly", async () => {
    const memo = new LoadMemo();
    const files = memorySite();
    const ranking = new DevRelated();
    const first = await load(files, memo);
    await ranking.rank(first, "/nonexistent-cache");
    files.set("content/toolkit/2.0/methodieken/methode.md", page("methode", "Kern en voorwaarde en kern.", "origin: Ergens.\ntargetGroup: Iedereen.\ncoreElements: [een]\nresults: []\n"));
    const edited = await load(files, memo);
    const served = await ranking.rank(edited, "/nonexistent-cache");
    const exact = await relatedByRelease(edited, undefined);
    const previous = (await relatedByRelease(first, undefined)).get("2.0");
    expect(exact.get("2.0")).not.toEqual(previous);
    expect(served.get("2.0")).toEqual(previous);
    expect(ranking.refresh()).toBe(true);
    expect((await ranking.rank(edited, "/nonexistent-cache")).get("2.0")).toEqual(exact.get("2.0"));
    expect(ranking.refresh()).toBe(false);
  });
});
