import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isReleaseAddress, recordSiteUrls } from "../../../src/build/record-site-urls.ts";

describe("recording a build's addresses", () => {
  it("tells a release's addresses from pages about all releases", () => {
    for (const url of ["/toolkit/2.0/", "/toolkit/2.0/aanpak/voor-wie/", "/toolkit/actueel/training/", "/toolkit/vergelijk/1.0/2.0/"])
      expect(isReleaseAddress(url), url).toBe(true);
    for (const url of ["/toolkit/", "/toolkit/wijzigingen/", "/toolkit/wijzigingen.xml", "/podcast/", "/over/"]) expect(isReleaseAddress(url), url).toBe(false);
  });

  it("adds new site pages and pages about all releases, never a release's pages", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "ledger-"));
    try {
      await mkdir(path.join(root, "content"));
      await writeFile(path.join(root, "content", "ledger.txt"), "/\n/toolkit/\n");
      const added = await recordSiteUrls(root, ["/", "/toolkit/", "/toolkit/wijzigingen/", "/toolkit/3.0/", "/toolkit/actueel/", "/nieuw/"]);
      expect(added).toEqual(["/toolkit/wijzigingen/", "/nieuw/"]);
      expect(await readFile(path.join(root, "content", "ledger.txt"), "utf8")).toContain("/toolkit/wijzigingen/\n");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
