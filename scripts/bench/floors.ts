import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../../src/files/list-files.ts";
import type { StepFloor } from "./step-table.ts";

/** Plain work measured beside the builds, in seconds: what each step's floor is made of. */
export interface PlainWork {
  /** Starting Node on an empty script. */
  start: number;
  /** Starting Node with the TypeScript loader on an empty script. */
  startTsx: number;
  /** Reading every file of content/ and _data/, bytes only. */
  readContent: number;
  /** Reading every file of bewaard/, bytes only. */
  readKept: number;
  /** Copying every file of bewaard/ into an empty folder. */
  copyKept: number;
  /** Bare Eleventy rendering as many Markdown pages with one layout (the baseline's first half). */
  eleventy: number;
  /** The Pagefind CLI indexing those pages (the baseline's second half). */
  pagefind: number;
}

/** Seconds to read every file under `folders` of `root` into memory. */
export async function readSeconds(root: string, folders: readonly string[]): Promise<number> {
  const started = performance.now();
  for (const folder of folders) {
    const dir = path.join(root, folder);
    await Promise.all((await listFiles(dir).catch(() => [] as string[])).map((file) => readFile(path.join(dir, file))));
  }
  return (performance.now() - started) / 1000;
}

/** Seconds to copy every file under `from` into the empty folder `to`, which is removed afterwards. */
export async function copySeconds(from: string, to: string): Promise<number> {
  const started = performance.now();
  for (const file of await listFiles(from)) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await writeFile(path.join(to, file), await readFile(path.join(from, file)));
  }
  const seconds = (performance.now() - started) / 1000;
  await rm(to, { recursive: true, force: true });
  return seconds;
}

/**
 * The least each step of a build could cost, from plain work doing the same: starting the process and its TypeScript
 * loader, reading the input, reading and copying the kept documents (instead of making them: no PDF is laid out), bare
 * Eleventy for rendering as many pages (less the start of its Node process), the Pagefind CLI for a cold search index.
 * A warm build with nothing changed could reuse the rankings, scans and search bundles from `.cache/` for nothing.
 * Steps with no plainer way known (loading our modules, deriving the views, a cold ranking or scan, the link check,
 * recording) have none.
 */
export function stepFloors(plain: PlainWork): Record<string, StepFloor> {
  const both = (seconds: number): StepFloor => ({ cold: seconds, warm: seconds });
  return {
    start: both(plain.start),
    imports: both(Math.max(0, plain.startTsx - plain.start)),
    load: both(plain.readContent),
    kept: both(plain.readKept),
    related: { cold: null, warm: 0 },
    derive: { cold: null, warm: null },
    pages: { cold: 0, warm: null },
    render: both(Math.max(0, plain.eleventy - plain.start)),
    pdf: both(0),
    scan: { cold: null, warm: 0 },
    "links+search": { cold: plain.pagefind, warm: null },
    archives: both(plain.copyKept),
    swap: both(0),
    record: { cold: null, warm: null },
  };
}
