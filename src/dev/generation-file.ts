import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Name of the file in the output folder that tells tests (and editors' tools) which build is on disk. */
export const GENERATION_FILE = "_generation.json";

/** What the dev server's generation file holds. */
export interface Generation {
  /** Counts up with every change of state. */
  generation: number;
  /** True when no build, "Zie ook" ranking or search index is pending: the output equals a fresh dev build. */
  settled: boolean;
  /** Milliseconds Eleventy took to render and write the last build's changed pages, from its views to its after hook: the floor of a save (npm run bench). */
  renderMs?: number;
}

/**
 * Writes the generation file atomically (a temporary file renamed over it), one write after the other: two at once
 * (a build ending while a ranking reports) would share the temporary file, and the last one asked for is the one
 * that stays. A failed write is reported to its caller only and does not stop later writes.
 */
export class GenerationFile {
  private queue: Promise<void> = Promise.resolve();

  /** Queues writing `value` into `outputDir`; resolves once it is on disk. */
  write(outputDir: string, value: Generation): Promise<void> {
    const target = path.join(outputDir, GENERATION_FILE);
    const next = this.queue.then(async () => {
      await mkdir(outputDir, { recursive: true });
      await writeFile(`${target}.tmp`, `${JSON.stringify(value)}\n`);
      await rename(`${target}.tmp`, target);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
