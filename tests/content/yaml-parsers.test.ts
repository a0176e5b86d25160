import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseStrictly, parseYaml } from "../../src/content/frontmatter.ts";
import { BAD_CONTENT_CASES } from "../fixtures/bad-content/cases.ts";

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? yamlFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return nested.flat().filter((file) => /\.(md|ya?ml)$/.test(file));
}

/** The YAML of a content file: its frontmatter, or the whole file for .yaml. */
function yamlOf(file: string, text: string): string | undefined {
  if (!file.endsWith(".md")) return text;
  return /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m.exec(text)?.[1];
}

/** js-yaml may only read what `yaml` reads, and must read it the same; it may reject more (`yaml` then reports). */
function expectAgreement(text: string): void {
  const strict = parseStrictly(text);
  let fast: { ok: true; value: unknown } | { ok: false };
  try {
    fast = { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    fast = { ok: false };
  }
  if (fast.ok) expect(strict).toEqual({ ok: true, value: fast.value ?? null });
  expect(parseYaml(text)).toEqual(fast.ok ? { ok: true, value: fast.value } : strict);
}

describe("the fast YAML path agrees with YAML 1.2 core (the yaml package)", () => {
  it("on every content, data and fixture file", async () => {
    const files = [...(await yamlFiles("content")), ...(await yamlFiles("_data")), ...(await yamlFiles(path.join("tests", "fixtures")))];
    let checked = 0;
    for (const file of files) {
      const yaml = yamlOf(file, await readFile(file, "utf8"));
      if (yaml === undefined) continue;
      expectAgreement(yaml);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it.each([
    ["a date stays text", "released: 2024-06-01\n"],
    ["yes and no stay text", "a: yes\nb: no\nc: on\n"],
    ["a duplicate key", "title: A\ntitle: B\n"],
    ["a tab for indentation", "list:\n\t- a\n"],
    ["an unclosed list", "sources: [bron-a\n"],
    ["numbers and specials", "a: 0o17\nb: 0x1F\nc: 1e3\nd: .inf\ne: ~\nf: 1_000\ng: +12\n"],
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a merge key", "a: &x {p: 1}\nb:\n  <<: *x\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["a quoted version", 'version: "2.0"\nnumber: 2.0\n'],
  ])("on %s", (_name, text) => {
    expectAgreement(text);
  });

  it("on every case of the bad-content corpus", async () => {
    for (const testCase of BAD_CONTENT_CASES) {
      for (const [file, edit] of Object.entries(testCase.edit)) {
        if (typeof edit !== "function") continue;
        const original = await readFile(path.join("tests", "fixtures", "sites", "two-releases", file), "utf8").catch(() => undefined);
        if (original === undefined) continue;
        const yaml = yamlOf(file, edit(original));
        if (yaml !== undefined) expectAgreement(yaml);
      }
    }
  });
});
