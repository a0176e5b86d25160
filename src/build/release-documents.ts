import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { releaseUrl, summaryUrl, urlToFile } from "../content/urls.ts";
import { sha256 } from "../files/sha256.ts";
import { dutchDate } from "../format/dutch-date.ts";
import { megabytes } from "../format/decimal.ts";
import type { StateReason } from "../toolkit/document-state.ts";
import { stateLabel } from "./state-label.ts";

/** A document the release home offers: its address and bytes. */
export interface DocumentFile {
  /** Its address on the site. */
  url: string;
  /** Its bytes. */
  bytes: Uint8Array;
}

/** One state of a published release as its release home lists it. */
export interface ShownState {
  /** The state's date, "YYYY-MM-DD". */
  date: string;
  /** What made it. */
  reason: StateReason;
  /** The stem of its file names and addresses: its date, or its date with "-2", "-3", … for a later state that day. */
  stem: string;
  /** Its PDF; null when it has none (made without Chromium). */
  pdf: DocumentFile | null;
  /** Its archive copy. */
  zip: DocumentFile;
  /** The PDF of its summary; null for a state kept before summaries were made, or made without Chromium. */
  summary: DocumentFile | null;
  /** False for documents this build made because none are kept yet: they may still change until they are kept. */
  kept: boolean;
  /** False for a summary this build made because none is kept yet. */
  summaryKept: boolean;
}

/** Where the template marks a release home's documents (src/site/release-home.njk). */
const documentsMarker = (version: string): string => `<!--documenten:${version}-->`;

/** Where the template marks the summary's PDF on the summary page (src/site/summary.njk). */
const summaryMarker = (version: string): string => `<!--samenvatting-pdf:${version}-->`;

/**
 * Writes the documents of a release into the output and lists them on its release home: a concept's fresh PDF, or
 * every state of a published release, newest first, each PDF, archive copy and summary with its size and SHA-256 and a
 * `.sha256` file beside it that `sha256sum -c` reads. The summary page links the newest summary PDF (or a concept's).
 * Returns the address of the summary PDF it links, null when there is none: the one the offline kit saves.
 */
export async function writeReleaseDocuments(
  outputDir: string,
  version: string,
  states: readonly ShownState[],
  concept: { pdf: DocumentFile | null; summary: DocumentFile | null } | null,
): Promise<string | null> {
  for (const file of states.flatMap((state) => [...(state.pdf ? [state.pdf] : []), state.zip, ...(state.summary ? [state.summary] : [])])) {
    const name = urlToFile(file.url);
    await writeFile(path.join(outputDir, name), file.bytes);
    await writeFile(path.join(outputDir, `${name}.sha256`), `${sha256(file.bytes)}  ${path.posix.basename(name)}\n`);
  }
  const home = path.join(outputDir, urlToFile(releaseUrl(version)));
  const html = concept ? (concept.pdf ? conceptLine(version, concept.pdf) : "") : states.length > 0 ? statesList(version, states) : "";
  await writeFile(home, (await readFile(home, "utf8")).replace(documentsMarker(version), html));
  const newest = newestFirst(states).find((state) => state.summary);
  const summary = concept
    ? concept.summary && summaryLine(concept.summary, "")
    : newest?.summary
      ? summaryLine(newest.summary, stateLabel(newest, states))
      : "";
  const page = path.join(outputDir, urlToFile(summaryUrl(version)));
  const pageHtml = await readFile(page, "utf8").catch(() => undefined);
  if (pageHtml !== undefined) await writeFile(page, pageHtml.replace(summaryMarker(version), summary ?? ""));
  return (concept ? concept.summary?.url : newest?.summary?.url) ?? null;
}

/** The states newest first: by date, and on one day the later state (further down the list) first. */
function newestFirst(states: readonly ShownState[]): ShownState[] {
  return [...states].reverse().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The summary page's link to its PDF: the newest state's with its label (its SHA-256 stands on the release home), or a concept's fresh one. */
function summaryLine(pdf: DocumentFile, label: string): string {
  const state = label === "" ? "concept, bij elke voorvertoning opnieuw gemaakt" : `stand ${label}`;
  return `<p class="no-print release-download"><a href="${pdf.url}" download>Download de samenvatting als PDF</a> (${state}, ${megabytes(pdf.bytes.byteLength)} MB)</p>`;
}

/** A concept's PDF: made afresh by every preview build, so it has no state and no hash to cite. */
function conceptLine(version: string, pdf: DocumentFile): string {
  return `<p class="no-print release-download"><a href="${pdf.url}" download>Download concept ${version} als PDF</a> (PDF, ${megabytes(pdf.bytes.byteLength)} MB). Een concept verandert nog; deze PDF wordt bij elke voorvertoning opnieuw gemaakt.</p>`;
}

/** Every state of a published release, newest first, with one sentence on what the hash is for and how to check a copy. */
function statesList(version: string, states: readonly ShownState[]): string {
  const ordered = newestFirst(states);
  const oldest = ordered.at(-1);
  const example = ordered[0]?.pdf ?? ordered[0]?.zip;
  const name = example ? path.posix.basename(example.url) : "";
  return [
    `<div class="no-print release-documents">`,
    `<h3 class="utrecht-heading-3" id="documenten">PDF en archiefkopie van elke stand</h3>`,
    `<p>Release ${version} verandert alleen door een correctie of een nieuwe opmaak. Van elke stand zijn de PDF en de archiefkopie (alle pagina's in één ZIP) bewaard zoals ze toen zijn gemaakt, de nieuwste bovenaan. Citeer de stand die je hebt gebruikt.</p>`,
    `<p>De controlecode (SHA-256) hoort bij precies één bestand: is de code van jouw kopie gelijk aan de code hier, dan heb je precies het bewaarde document.</p>`,
    `<ol class="document-states">`,
    ...ordered.map((state, index) => stateItem(version, state, stateLabel(state, states), index === 0)),
    `</ol>`,
    oldest && oldest.reason !== "publicatie"
      ? `<p>Documenten van release ${version} van vóór ${dutchDate(oldest.date)} zijn niet bewaard: ze zijn gemaakt voordat deze site elke stand bewaarde.</p>`
      : "",
    `<details class="checksum"><summary>Zo controleer je een bestand</summary>`,
    `<p>Bereken de code van je kopie, bijvoorbeeld met <code>sha256sum ${name}</code> (Linux, macOS) of <code>Get-FileHash ${name}</code> (Windows PowerShell). Is die gelijk aan de code hierboven, dan is je kopie goed. Hoofdletters en kleine letters tellen niet.</p>`,
    `<p>Elke code staat ook in een los bestand naast het document (de link „controlebestand”), dat <code>sha256sum -c</code> kan lezen.</p>`,
    `</details>`,
    `</div>`,
  ]
    .filter((line) => line !== "")
    .join("\n");
}

function stateItem(version: string, state: ShownState, name: string, newest: boolean): string {
  const reason = state.reason === "correctie" ? "na een correctie" : state.reason === "publicatie" ? "publicatie" : "nieuwe opmaak";
  const label = `stand ${name}`;
  const files = [
    ...(state.pdf ? [fileItem(state.pdf, `Release ${version} als PDF, ${label}`, "PDF")] : []),
    fileItem(state.zip, `Archiefkopie van release ${version}, ${label}`, "ZIP"),
    ...(state.summary ? [fileItem(state.summary, `Samenvatting voor college en raad van release ${version}, ${label}`, "PDF")] : []),
  ];
  const note = !state.kept
    ? ` <em>Voorlopig: deze documenten zijn nog niet bewaard en kunnen nog veranderen.</em>`
    : state.summary && !state.summaryKept
      ? ` <em>Voorlopig: de samenvatting is nog niet bewaard en kan nog veranderen.</em>`
      : "";
  return [
    `<li class="document-state">`,
    `<p><strong>Stand van ${name}</strong> · ${reason}${newest ? " (nieuwste)" : ""}.${note}</p>`,
    `<ul>${files.join("")}</ul>`,
    `</li>`,
  ].join("\n");
}

function fileItem(file: DocumentFile, text: string, kind: string): string {
  return `<li><a href="${file.url}" download>${text}</a> (${kind}, ${megabytes(file.bytes.byteLength)} MB)<br>SHA-256: <code class="hash">${sha256(file.bytes)}</code> · <a href="${file.url}.sha256">controlebestand</a></li>`;
}
