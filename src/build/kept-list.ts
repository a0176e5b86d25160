import type { ContentError } from "../content/content-error.ts";
import { STATE_REASONS, type StateReason } from "../toolkit/document-state.ts";
import { isStemOf } from "./state-stem.ts";

/** The folder of kept documents in the repository: one subfolder per release. */
export const KEPT_DIR = "bewaard";

/** The append-only list of kept documents, checked by every build like the ledger. */
export const KEPT_LIST = `${KEPT_DIR}/documenten.txt`;

/** What a kept document is: the release's PDF, its archive copy (ZIP), or the PDF of its summary for college and council. */
export type KeptKind = "pdf" | "zip" | "samenvatting";

/** One kept document: a PDF, archive copy or summary of one state of a published release, as the list records it. */
export interface KeptEntry {
  /** The release, e.g. "2.0". */
  version: string;
  /** The state's date, "YYYY-MM-DD". */
  date: string;
  /** What made the state. */
  reason: StateReason;
  /** The stem of the state's file names: its date, or for a later state on the same day its date with "-2", "-3", …. */
  stem: string;
  /** How many of the release's errata the state includes; null on lines kept before the list recorded it. */
  errata: number | null;
  /** The file name, in `bewaard/<version>/`. */
  name: string;
  /** "pdf", "zip" or "samenvatting". */
  kind: KeptKind;
  /** Its SHA-256, hex. */
  sha256: string;
  /** Its line in the list, from 1. */
  line: number;
}

/** The header a new list starts with: what the list is and the one rule editors must keep. */
const HEADER = [
  "# Bewaarde documenten: de PDF en de archiefkopie (ZIP) van elke stand van een gepubliceerde release, precies zoals",
  "# ze zijn gemaakt. Een stand is de publicatie, een correctie (erratum) of een nieuwe opmaak. Alleen de build voegt",
  "# regels toe, onderaan; verander of verwijder nooit een regel of een bestand in bewaard/. Per regel: release, datum",
  "# van de stand, bestand (in bewaard/<release>/), SHA-256, wat de stand maakte, en hoeveel errata hij bevat",
  "# (errata=<aantal>). Een latere stand op dezelfde dag krijgt -2, -3, … achter de datum in zijn bestandsnamen.",
];

/**
 * The name a kept document of a state has: the release and the state's stem (its date, with "-2", … for a later state
 * that day), e.g. toolkit-het-bouwdepot-2.0-2026-11-29.pdf, or samenvatting-het-bouwdepot-2.0-2026-11-29.pdf for the summary.
 */
export function keptName(version: string, stem: string, kind: KeptKind): string {
  return kind === "samenvatting" ? `samenvatting-het-bouwdepot-${version}-${stem}.pdf` : `toolkit-het-bouwdepot-${version}-${stem}.${kind}`;
}

/** The path of a kept document relative to the repository. */
export function keptPath(entry: Pick<KeptEntry, "version" | "name">): string {
  return `${KEPT_DIR}/${entry.version}/${entry.name}`;
}

/** Reads the list's entries; a malformed line, a file listed twice, or a state older than one above it is an error naming its line. */
export function parseKeptList(text: string, errors: ContentError[]): KeptEntry[] {
  const entries: KeptEntry[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const entry = parseLine(line, index + 1);
    if (typeof entry === "string") return errors.push({ file: KEPT_LIST, field: `regel ${index + 1}`, expected: entry, found: `"${line}"` });
    if (entries.some((other) => other.name === entry.name))
      return errors.push({
        file: KEPT_LIST,
        field: `regel ${index + 1}`,
        expected: "elk document één keer in de lijst",
        found: `${entry.name} staat er al eerder in`,
      });
    const newest = entries.filter((other) => other.version === entry.version).at(-1);
    if (newest && newest.date > entry.date)
      return errors.push({
        file: KEPT_LIST,
        field: `regel ${index + 1}`,
        expected: `een stand die niet ouder is dan de regel erboven (${newest.date}): nieuwe standen komen onderaan`,
        found: entry.date,
      });
    entries.push(entry);
  });
  return entries;
}

/** The line the list records for a kept document. */
function keptLine(entry: Omit<KeptEntry, "line">): string {
  return `${entry.version} ${entry.date} ${entry.name} ${entry.sha256} ${entry.reason}${entry.errata === null ? "" : ` errata=${entry.errata}`}`;
}

/** The list with new documents added at its end: the existing text stays byte for byte (a new list gets the header). */
export function appendKeptList(text: string | undefined, added: readonly Omit<KeptEntry, "line">[]): string {
  const start = text === undefined ? `${HEADER.join("\n")}\n` : text.endsWith("\n") || text === "" ? text : `${text}\n`;
  return `${start}${added.map((entry) => `${keptLine(entry)}\n`).join("")}`;
}

/** The kinds of kept documents, in the order a state lists them. */
export const KEPT_KINDS: readonly KeptKind[] = ["pdf", "zip", "samenvatting"];

function parseLine(line: string, number: number): KeptEntry | string {
  const [version = "", date = "", name = "", hash = "", ...rest] = line.split(/\s+/);
  const count = /^errata=(\d+)$/.exec(rest.at(-1) ?? "");
  const reason = (count ? rest.slice(0, -1) : rest).join(" ");
  const expected = "release, datum (JJJJ-MM-DD), bestandsnaam, SHA-256, wat de stand maakte en errata=<aantal>, gescheiden door spaties";
  if (!/^\d+(\.\d+)*$/.test(version) || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^[0-9a-f]{64}$/.test(hash)) return expected;
  if (!(STATE_REASONS as readonly string[]).includes(reason)) return `na de SHA-256 wat de stand maakte: ${STATE_REASONS.join(", ")}`;
  const stem = /-(\d{4}-\d{2}-\d{2}(?:-\d+)?)\.(?:pdf|zip)$/.exec(name)?.[1] ?? "";
  const kind = isStemOf(stem, date) ? KEPT_KINDS.find((candidate) => name === keptName(version, stem, candidate)) : undefined;
  if (kind === undefined)
    return `de bestandsnaam ${KEPT_KINDS.map((candidate) => keptName(version, date, candidate)).join(", ")} (of met -2, -3, … achter de datum)`;
  return { version, date, reason: reason as StateReason, stem, errata: count ? Number(count[1]) : null, name, kind, sha256: hash, line: number };
}
