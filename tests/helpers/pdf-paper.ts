import { execFileSync } from "node:child_process";

/** One line of text on a PDF page as poppler's `pdftotext -bbox-layout` places it, in points from the top left. */
export interface PaperLine {
  /** Its words, joined by spaces. */
  text: string;
  /** Left edge. */
  xMin: number;
  /** Top edge. */
  yMin: number;
  /** Right edge. */
  xMax: number;
  /** Bottom edge. */
  yMax: number;
}

/** One page of a PDF: its size and its lines. */
export interface PaperPage {
  /** Its number, from 1. */
  number: number;
  /** Its width in points. */
  width: number;
  /** Its height in points. */
  height: number;
  /** Its lines of text in reading order. */
  lines: PaperLine[];
}

const decode = (text: string): string =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Every page of a PDF with the boxes of its lines, read with poppler (an independent reader from the build's pdfjs). */
export function paperPages(pdf: string): PaperPage[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page, index) => ({
    number: index + 1,
    width: Number(page[1]),
    height: Number(page[2]),
    lines: [...(page[3] ?? "").matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((line) => ({
      xMin: Number(line[1]),
      yMin: Number(line[2]),
      xMax: Number(line[3]),
      yMax: Number(line[4]),
      text: decode([...(line[5] ?? "").matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((word) => word[1]).join(" ")),
    })),
  }));
}

/** The pairs of lines on a page whose boxes overlap by more than `tolerance` points both ways: text standing over text. */
export function overlappingLines(page: PaperPage, tolerance = 1): [PaperLine, PaperLine][] {
  const pairs: [PaperLine, PaperLine][] = [];
  page.lines.forEach((a, index) => {
    for (const b of page.lines.slice(index + 1)) {
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > tolerance && down > tolerance) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** The lines of a page above its bottom margin (24 mm), where the running line and page number stand. */
export function bodyLines(page: PaperPage): PaperLine[] {
  const margin = (24 / 25.4) * 72;
  return page.lines.filter((line) => line.yMax < page.height - margin);
}

/** The running line and page number of a page: its lines in the bottom margin. */
export function footerLines(page: PaperPage): PaperLine[] {
  const body = new Set(bodyLines(page));
  return page.lines.filter((line) => !body.has(line));
}

/** One entry of the contents: a title and the page number it gives. */
export interface ContentsEntry {
  /** The title as printed (lines of a wrapped title joined). */
  title: string;
  /** The page number printed beside it. */
  page: number;
}

/**
 * The entries of the contents, which starts on page 2 under "Inhoud" and runs until the first page it names: each a
 * title (a wrapped title over several rows) and a number standing alone at the right of its last row.
 */
export function contentsEntries(pages: readonly PaperPage[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let pending = "";
  for (const page of pages.slice(1)) {
    const firstTarget = entries[0]?.page;
    if (firstTarget !== undefined && page.number >= firstTarget) break;
    for (const row of rows(bodyLines(page))) {
      const last = row.at(-1);
      const text = row.map((line) => line.text).join(" ");
      if (text === "Inhoud" && entries.length === 0) continue;
      if (last && row.length > 1 && /^\d+$/.test(last.text) && last.xMin > page.width * 0.6) {
        entries.push({
          title: `${pending}${row
            .slice(0, -1)
            .map((line) => line.text)
            .join(" ")}`.trim(),
          page: Number(last.text),
        });
        pending = "";
      } else pending += `${text} `;
    }
  }
  return entries;
}

/** Lines on one baseline, left to right, rows top to bottom. */
function rows(lines: readonly PaperLine[]): PaperLine[][] {
  const sorted = [...lines].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
  const result: PaperLine[][] = [];
  for (const line of sorted) {
    const row = result.at(-1);
    if (row?.[0] && Math.abs(row[0].yMax - line.yMax) < 2) row.push(line);
    else result.push([line]);
  }
  return result.map((row) => row.sort((a, b) => a.xMin - b.xMin));
}
