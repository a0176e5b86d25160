import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../../src/content/frontmatter.ts";
import { cmsFields } from "../../../src/edit/cms-fields.ts";
import { mergeEntry, mergeYamlFile } from "../../../src/edit/merge-entry.ts";
import { parseYaml } from "../../../src/content/frontmatter.ts";
import { errataSchema } from "../../../src/content/schemas/errata.ts";
import { SECTION_SCHEMAS } from "../../../src/content/section-schemas.ts";

const fields = cmsFields(SECTION_SCHEMAS.varianten);

const ORIGINAL = `---
id: voorbeeldstad
title: Voorbeeldstad
# Een opmerking van de redactie blijft staan.
summary: "Een samenvatting: met een dubbele punt."
sources:
    - bron-a
basis: bron
municipalities: [Voorbeeldstad]
start: "2022-06"
participants: 10
monthlyAmount: 1050
durationMonths: null
status: pilot
partners:
  - Partner A
deviations: []
trefwoorden:
  - woord
---
Tekst met \`::: voorbeeld\`, een [link](id:andere-pagina) en een \\*ontsnapt\\* teken.

::: voorbeeld
Voorbeeld
:::
`;

/** The form's values as Decap sends them back: the file's own values, read as Decap reads them. */
function formValues(text: string): Record<string, unknown> {
  const parsed = parseFrontmatter(text);
  if (!parsed.ok) throw new Error("fixture does not parse");
  return { ...parsed.data };
}

const BODY = ORIGINAL.slice(ORIGINAL.indexOf("---\n", 4) + 4);

describe("mergeEntry", () => {
  it("rewrites only the changed field's line: every other byte, comments and quoting included, stays", () => {
    const merged = mergeEntry(ORIGINAL, { data: { ...formValues(ORIGINAL), title: "Voorbeeldstad (nieuw)" }, body: BODY }, fields);
    expect(merged).toBe(ORIGINAL.replace("title: Voorbeeldstad\n", "title: Voorbeeldstad (nieuw)\n"));
  });

  it("keeps the body byte for byte when the editor only lost or added the final newline", () => {
    expect(mergeEntry(ORIGINAL, { data: formValues(ORIGINAL), body: BODY.trimEnd() }, fields)).toBe(ORIGINAL);
    expect(mergeEntry(ORIGINAL, { data: formValues(ORIGINAL), body: `${BODY}\n\n` }, fields)).toBe(ORIGINAL);
  });

  it("rewrites a changed list in the content files' style and leaves the fields around it alone", () => {
    const merged = mergeEntry(ORIGINAL, { data: { ...formValues(ORIGINAL), municipalities: ["Voorbeeldstad", "Buurdorp"] }, body: BODY }, fields);
    expect(merged).toBe(ORIGINAL.replace("municipalities: [Voorbeeldstad]\n", "municipalities:\n  - Voorbeeldstad\n  - Buurdorp\n"));
  });

  it("saves an emptied nullable field as null (onbekend), drops an emptied optional field, and quotes date-like strings", () => {
    const data = { ...formValues(ORIGINAL), participants: "", partners: [], trefwoorden: [], start: "2023-01" };
    const merged = mergeEntry(ORIGINAL, { data, body: BODY }, fields);
    const parsed = parseFrontmatter(merged);
    expect(parsed.ok && parsed.data).toMatchObject({ participants: null, partners: null, start: "2023-01" });
    expect(parsed.ok && "trefwoorden" in parsed.data).toBe(false);
    expect(merged).toContain('start: "2023-01"\n');
    expect(merged).toContain("participants: null\n");
    expect(merged.endsWith(BODY)).toBe(true);
  });

  it("fills in null for a nullable field the form left out, and writes a new file whole", () => {
    const data = { ...formValues(ORIGINAL) };
    delete data.durationMonths;
    const merged = mergeEntry(undefined, { data, body: "Nieuwe tekst." }, fields);
    const parsed = parseFrontmatter(merged);
    expect(parsed.ok && parsed.data.durationMonths).toBeNull();
    expect(parsed.ok && parsed.body).toBe("Nieuwe tekst.\n");
    expect(merged).toContain('start: "2022-06"');
  });

  it("returns the file unchanged when nothing changed", () => {
    expect(mergeEntry(ORIGINAL, { data: formValues(ORIGINAL), body: BODY }, fields)).toBe(ORIGINAL);
  });
});

describe("mergeYamlFile", () => {
  const ERRATA = `errata:
  - date: "2026-11-29"
    why: >-
      Een lange uitleg die over
      twee regels loopt.
    sources: [bron-a]
    corrections:
      - page: stad-a
        wrong: fout
        right: goed
`;
  const errataFields = cmsFields(errataSchema);
  const old = parseYaml(ERRATA);
  const list = old.ok ? (old.value as { errata: Record<string, unknown>[] }).errata : [];

  it("adds an erratum at the end and keeps the text of the earlier ones as it was", () => {
    const added = { date: "2026-11-30", why: "Nieuw.", sources: ["bron-b"], corrections: [{ page: "stad-b", wrong: "a", right: "b", source: "" }] };
    const merged = mergeYamlFile(ERRATA, { errata: [...list, added] }, errataFields);
    expect(merged.startsWith(ERRATA)).toBe(true);
    const parsed = parseYaml(merged);
    expect(parsed.ok && (parsed.value as { errata: unknown[] }).errata).toEqual([
      ...list,
      { ...added, corrections: [{ page: "stad-b", wrong: "a", right: "b" }] },
    ]);
    expect(merged.slice(ERRATA.length)).toMatch(/^ {2}- date: "2026-11-30"\n/);
  });

  it("rewrites only the item that changed, and writes a new file whole", () => {
    const second = { date: "2026-11-30", why: "Tweede.", sources: ["bron-b"], corrections: [{ page: "stad-b", wrong: "a", right: "b" }] };
    const two = mergeYamlFile(ERRATA, { errata: [...list, second] }, errataFields);
    const changed = mergeYamlFile(two, { errata: [{ ...list[0], why: "Korter." }, second] }, errataFields);
    expect(changed).toContain("    why: Korter.\n");
    expect(changed.endsWith(two.slice(two.indexOf('  - date: "2026-11-30"')))).toBe(true);
    const dropped = mergeYamlFile(two, { errata: list }, errataFields);
    expect(dropped).toBe(ERRATA);
    expect(mergeYamlFile(undefined, { errata: list }, errataFields)).toMatch(/^errata:\n {2}- date: "2026-11-29"\n/);
  });

  it("edits a field inside a list item without touching the item's other lines, even its first", () => {
    const why = mergeYamlFile(ERRATA, { errata: [{ ...list[0], why: "Korter." }] }, errataFields);
    expect(why).toBe(ERRATA.replace("    why: >-\n      Een lange uitleg die over\n      twee regels loopt.\n", "    why: Korter.\n"));
    const date = mergeYamlFile(ERRATA, { errata: [{ ...list[0], date: "2026-12-01" }] }, errataFields);
    expect(date).toBe(ERRATA.replace('  - date: "2026-11-29"', '  - date: "2026-12-01"'));
  });

  it("keeps a list's own indentation when it changes one item", () => {
    const text = "title: T\nsources:\n- bron-a\n- bron-b\nbasis: bron\n";
    expect(mergeYamlFile(text, { title: "T", sources: ["bron-a", "bron-c", "bron-d"], basis: "bron" }, cmsFields(SECTION_SCHEMAS.aanpak))).toBe(
      "title: T\nsources:\n- bron-a\n- bron-c\n- bron-d\nbasis: bron\n",
    );
  });
});
