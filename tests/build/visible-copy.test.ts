import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { copyErrors, type Skip } from "../helpers/copy-errors.ts";
import { listFiles } from "../helpers/site-files.ts";

const siteDir = inject("realSiteDir");
const htmlFiles = (await listFiles(siteDir)).filter((file) => file.endsWith(".html"));

/**
 * What this test does not read: a word diff is read as its new text (`del` and the "[verwijderd: …]" labels left
 * out), as both versions together are no sentence.
 */
const SKIP: Skip = { tags: ["del"], classes: ["diff-label"] };

describe("the visible text of every built page", () => {
  it("has no double full stop, no space before , ; . : and no count without its number", async () => {
    const found: string[] = [];
    for (const file of htmlFiles) {
      for (const error of copyErrors(await readFile(path.join(siteDir, file), "utf8"), SKIP)) found.push(`${file}: ${error.rule}: "${error.excerpt}"`);
    }
    expect(found).toEqual([]);
  });
});
