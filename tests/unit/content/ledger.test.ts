import { describe, expect, it } from "vitest";
import type { ContentError } from "../../../src/content/content-error.ts";
import { formatLedger, LEDGER_FILE, parseLedger } from "../../../src/content/ledger.ts";
import { pageLineage } from "../../../src/content/page-lineage.ts";

const file = (text: string) => ({ path: LEDGER_FILE, bytes: new TextEncoder().encode(text) });

describe("the ledger of published addresses", () => {
  it("round-trips sorted, without duplicates, with its header as comments", () => {
    const text = formatLedger(["/podcast/", "/", "/podcast/"]);
    expect(text.split("\n").filter((line) => line.startsWith("/"))).toEqual(["/", "/podcast/"]);
    const errors: ContentError[] = [];
    expect(parseLedger(file(text), errors)).toEqual(["/", "/podcast/"]);
    expect(errors).toEqual([]);
  });

  it("names the line of an address that is not a path on this site; a missing ledger is empty", () => {
    const errors: ContentError[] = [];
    expect(parseLedger(file("/a/\nhttps://elders.example/\n"), errors)).toEqual(["/a/"]);
    expect(errors).toEqual([expect.objectContaining({ file: LEDGER_FILE, field: "regel 2" })]);
    expect(parseLedger(undefined, [])).toEqual([]);
  });
});

describe("page lineage", () => {
  const page = (version: string, id: string, aliases?: string[]) => ({ version, data: { id, aliases } });

  it("gives a renamed page the id of its newest release as key, through a chain of renames", () => {
    const lineage = pageLineage([page("1.0", "a"), page("2.0", "b", ["a"]), page("3.0", "c", ["b"]), page("3.0", "los")]);
    expect([lineage("a"), lineage("b"), lineage("c"), lineage("los")]).toEqual(["c", "c", "c", "los"]);
  });
});
