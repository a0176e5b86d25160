import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Parser } from "htmlparser2";
import { describe, expect, inject, it } from "vitest";
import { splitSentences } from "../../src/content/sentences.ts";
import { stateLabel } from "../../src/build/state-label.ts";
import { dutchDate } from "../../src/format/dutch-date.ts";
import { SUMMARY_TEXTS } from "../../src/toolkit/summary-texts.ts";
import { visibleBlocks } from "../helpers/copy-errors.ts";
import { keptEntries, newestKept, servedFile } from "../helpers/kept-states.ts";
import { paperProblems } from "../helpers/paper-problems.ts";
import { readPage } from "../helpers/site-files.ts";

const realSite = inject("realSiteDir");
const previewUrl = inject("realPreviewSiteUrl");
const fixturePreviewUrl = inject("previewSiteUrl");
const poppler = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** A page of the real production build, or of the real preview build (with concept 3.0) over HTTP. */
type Reader = (url: string) => Promise<string>;
const production: Reader = (url) => readPage(realSite, url);
const preview: Reader = async (url) => (await fetch(`${previewUrl}${url}`)).text();

/** One sentence as compared: whitespace made plain, the closing mark left off. */
const plain = (text: string): string =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.:;,]+$/, "");

/** Every connecting sentence kept in code, each slot as "any text". */
const TEMPLATE_SENTENCES = Object.values(SUMMARY_TEXTS)
  .flatMap((text) => splitSentences(text))
  .map(
    (sentence) =>
      new RegExp(
        `^${plain(sentence)
          .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
          .replace(/\{\w+\}/g, ".+?")}$`,
      ),
  );

/** The parts of a summary page: the addresses each names as its sources, and its own HTML. */
function summaryParts(html: string): { sources: string[]; html: string }[] {
  return [...html.matchAll(/<section class="summary-part"[^>]*data-sources="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)].map((match) => ({
    sources: (match[1] ?? "").split(/\s+/).filter(Boolean),
    html: match[2] ?? "",
  }));
}

/** The links of an HTML fragment. */
function links(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({ onopentag: (name, attributes) => name === "a" && attributes.href && found.push(attributes.href) });
  parser.write(html);
  parser.end();
  return found;
}

/** The sentences of a summary that occur neither in the visible text of their part's sources nor among the connecting sentences. */
async function foreignSentences(read: Reader, version: string): Promise<string[]> {
  const page = await read(`/toolkit/${version}/samenvatting/`);
  const parts = summaryParts(page);
  expect(parts.length).toBeGreaterThanOrEqual(5);
  const foreign: string[] = [];
  for (const part of parts) {
    const sourceHtml = await Promise.all(part.sources.map((url) => read(url)));
    const sourceText = plain(sourceHtml.map((html) => visibleBlocks(html).join(" ")).join(" "));
    const blocks = visibleBlocks(part.html, { classes: ["summary-from", "summary-address"] });
    for (const sentence of blocks.flatMap((block) => splitSentences(block)).map(plain))
      if (!sourceText.includes(sentence) && !TEMPLATE_SENTENCES.some((pattern) => pattern.test(sentence))) foreign.push(sentence);
    // Each part links to the pages it names as its sources, or where a quoted passage of one of them links.
    for (const href of links(part.html)) expect(part.sources.includes(href) || sourceHtml.some((html) => html.includes(`href="${href}"`)), href).toBe(true);
  }
  return foreign;
}

describe("the summary of a release for college and council", () => {
  it.each(["1.0", "2.0"])("of release %s says nothing its own pages do not say (production)", async (version) => {
    expect(await foreignSentences(production, version)).toEqual([]);
  });

  it("of concept 3.0 says nothing its own pages do not say (preview)", async () => {
    expect(await foreignSentences(preview, "3.0")).toEqual([]);
  });

  it("lists, in 'Verder lezen', the release's own addresses in full", async () => {
    const page = await production("/toolkit/2.0/samenvatting/");
    const readOn = /<ul class="summary-read-on">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? "";
    const entries = [...readOn.matchAll(/<a href="([^"]+)">[^<]+<\/a>: <span class="summary-address">([^<]+)<\/span>/g)];
    expect(entries.length).toBeGreaterThanOrEqual(6);
    for (const [, href, address] of entries) {
      expect(href).toMatch(/^\/toolkit\/2\.0\//);
      expect(address?.endsWith(href ?? "")).toBe(true);
    }
  });

  it.each(["1.0", "2.0"])("of release %s is kept as a PDF with its state: at most four pages that read right on paper", async (version) => {
    const entry = await newestKept(process.cwd(), version, "samenvatting");
    const file = path.join(realSite, servedFile(entry));
    expect((await readFile(file)).equals(await readFile(path.join(process.cwd(), "bewaard", version, entry.name)))).toBe(true);
    const info = poppler("pdfinfo", [file]);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeLessThanOrEqual(4);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const year = version === "1.0" ? "2021" : "2022";
    const date = dutchDate(entry.date);
    expect(paperProblems(file, `Toolkit Het Bouwdepot · release ${version} (${year}) · samenvatting · stand ${date}`, { contents: false })).toEqual([]);
    const text = poppler("pdftotext", ["-layout", file, "-"]).replace(/\s+/g, " ");
    expect(text).toContain(`Release ${version} (${year}) · Stand: ${date}`);
    expect(text).toContain(`Citeer als: Samenvatting voor college en raad. In: Toolkit Het Bouwdepot, release ${version} (${year}), stand ${date}.`);
    expect(text).toContain("Geen officiële uitgave van Het Bouwdepot.");
    expect(text).not.toContain("huidige release");
    for (const heading of ["Randvoorwaarden", "Wat het kost", "Wat het onderzoek laat zien, en wat niet", "Welke gemeenten ermee werken", "Verder lezen"])
      expect(text).toContain(heading);
  });

  it("of a concept release is made afresh in a preview, at most four pages that read right on paper", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-samenvatting-"));
    const file = path.join(dir, "samenvatting.pdf");
    await writeFile(
      file,
      new Uint8Array(await (await fetch(`${fixturePreviewUrl}/toolkit/3.0/samenvatting/samenvatting-het-bouwdepot-3.0.pdf`)).arrayBuffer()),
    );
    expect(Number(/^Pages:\s+(\d+)$/m.exec(poppler("pdfinfo", [file]))?.[1])).toBeLessThanOrEqual(4);
    const made = /gemaakt op (\d+ \w+ \d{4})/.exec(poppler("pdftotext", ["-l", "1", file, "-"]))?.[1] ?? "";
    expect(made).not.toBe("");
    expect(paperProblems(file, `Fixture-toolkit · release 3.0 (concept) · samenvatting · gemaakt op ${made}`, { contents: false })).toEqual([]);
  });

  it("is listed on the release home, in the print edition's contents and in the offline kit, and links its PDF", async () => {
    const entry = await newestKept(process.cwd(), "2.0", "samenvatting");
    const pdfUrl = `/${servedFile(entry)}`;
    const states = (await keptEntries(process.cwd())).filter((other) => other.version === "2.0" && other.kind === "zip");
    const home = await production("/toolkit/2.0/");
    expect(home).toContain('<a href="/toolkit/2.0/samenvatting/">Samenvatting voor college en raad</a>');
    expect(home).toContain(`<a href="${pdfUrl}" download>Samenvatting voor college en raad van release 2.0, stand ${stateLabel(entry, states)}</a>`);
    expect(home).toContain(`<code class="hash">${entry.sha256}</code>`);
    expect(await production("/toolkit/2.0/afdrukken/")).toMatch(/class="print-toc__summary">Apart document: <a href="\/toolkit\/2\.0\/samenvatting\/">/);
    expect(await production("/toolkit/2.0/samenvatting/")).toContain(`<a href="${pdfUrl}" download>Download de samenvatting als PDF</a>`);
    const offline = JSON.parse(await readFile(path.join(realSite, "toolkit", "2.0", "offline.json"), "utf8")) as { urls: string[] };
    expect(offline.urls).toEqual(expect.arrayContaining(["/toolkit/2.0/samenvatting/", pdfUrl]));
    expect(offline.urls.filter((url) => url.endsWith(".pdf"))).toEqual([pdfUrl]);
  });

  it("is not indexed by its body, so that searches land on the pages it comes from", async () => {
    const page = await production("/toolkit/2.0/samenvatting/");
    expect(page).not.toContain("data-pagefind-body");
  });
});
