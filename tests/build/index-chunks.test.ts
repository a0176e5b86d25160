import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pagefind } from "../../src/assets/ts/search-ui.ts";
import { IndexFormatError, splitIndexChunks } from "../../src/search/index-chunks.ts";
import { pagefindSource } from "../helpers/pagefind-node.ts";

const BUNDLE = path.join("zoeken", "index", "algemeen");
const PARTS = [
  ["be", "ge", "ver", "on", "aan", "over", "ont", "a", "u", "z"],
  ["werk", "woon", "huis", "geld", "plan", "hulp", "schuld", "stad", "jong", "raad"],
  ["", "en", "ing", "er", "lijk"],
];
const WORDS = PARTS[0]!.flatMap((head) => PARTS[1]!.flatMap((stem) => PARTS[2]!.map((tail) => `${head}${stem}${tail}`)));

let whole: string;
let split: string;

/**
 * A pseudo-random but fixed page text of words that share prefixes of every length. No one-letter words: a term with
 * no extension falls back to the longest word it starts with, and that may be a one-letter word in another chunk.
 */
function pageText(page: number): string {
  let seed = page + 1;
  const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: 400 }, () => WORDS[next() % WORDS.length]).join(" ");
}

beforeAll(async () => {
  whole = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-chunks-"));
  const { index } = await pagefind.createIndex({ forceLanguage: "nl" });
  if (!index) throw new Error("no index");
  for (let page = 0; page < 8; page += 1) {
    await index.addHTMLFile({
      url: `/pagina-${page}/`,
      content: `<html lang="nl"><body><main data-pagefind-body><h1>Pagina ${page}</h1><p>${pageText(page)}</p></main></body></html>`,
    });
  }
  await index.writeFiles({ outputPath: path.join(whole, BUNDLE) });
  await pagefind.close();
  split = `${whole}-split`;
  await cp(whole, split, { recursive: true });
  await splitIndexChunks(path.join(split, BUNDLE), 500);
});

afterAll(async () => {
  await pagefind.close();
  await Promise.all([whole, `${whole}-split`, `${whole}-broken`].map((dir) => rm(dir, { recursive: true, force: true })));
});

async function results(pagefindModule: Pagefind, query: string): Promise<string[]> {
  const found = await pagefindModule.search(query);
  const rows = await Promise.all(
    found.results.map(async (result) => `${(await result.data()).url} ${result.score.toFixed(6)} ${(await result.data()).excerpt}`),
  );
  return rows.sort();
}

describe("splitting Pagefind's word index into small chunks", () => {
  it("writes many small chunks, listed in a renamed meta file that the entry file points at", async () => {
    const chunks = await readdir(path.join(split, BUNDLE, "index"));
    expect(chunks.length).toBeGreaterThan(5);
    expect((await readdir(path.join(whole, BUNDLE, "index"))).length).toBeLessThan(chunks.length);
    const entry = JSON.parse(await readFile(path.join(split, BUNDLE, "pagefind-entry.json"), "utf8")) as { languages: { nl: { hash: string } } };
    const metas = (await readdir(path.join(split, BUNDLE))).filter((file) => file.endsWith(".pf_meta"));
    expect(metas).toEqual([`pagefind.${entry.languages.nl.hash}.pf_meta`]);
  });

  it("finds exactly what the whole index finds, for prefixes of two and three letters, words and pairs", { timeout: 120_000 }, async () => {
    const prefixes = WORDS.flatMap((word) => [word.slice(0, 2), word.slice(0, 3)]);
    const words = WORDS.filter((_, i) => i % 20 === 0);
    const pairs = words.slice(0, 10).map((word, i) => `${word} ${words[words.length - 1 - i] ?? ""}`);
    const queries = [...new Set([...prefixes, ...words, ...pairs])];
    const reference = await pagefindSource(whole).load("algemeen");
    // A fresh split instance per query: what a query finds must not depend on chunks that earlier queries loaded.
    for (const query of queries) {
      expect(await results(await pagefindSource(split).load("algemeen"), query), query).toEqual(await results(reference, query));
    }
  });

  it("stops with a clear error on an index it does not know", async () => {
    const broken = `${whole}-broken`;
    await cp(whole, broken, { recursive: true });
    const meta = (await readdir(path.join(broken, BUNDLE))).find((file) => file.endsWith(".pf_meta")) ?? "";
    await writeFile(path.join(broken, BUNDLE, meta), gzipSync(Buffer.concat([Buffer.from("pagefind_dcd"), Buffer.from([0x86, 0x65])])));
    await expect(splitIndexChunks(path.join(broken, BUNDLE))).rejects.toBeInstanceOf(IndexFormatError);
  });
});
