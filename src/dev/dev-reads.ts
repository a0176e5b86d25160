import { readContentFiles, readContentPaths, type RawFile } from "../content/loader.ts";
import { differingPaths, keepUnchanged, mergeRead, type HeldFiles } from "./held-files.ts";
import { pathsToRead, type WatchPlaces } from "./watched-paths.ts";

/** Milliseconds between a build on disk and the full read that confirms it: the browser's live reload goes first. */
const CONFIRM_DELAY_MS = Number(process.env.BOUWDEPOT_CONFIRM_DELAY_MS ?? 250);

/**
 * The content files of the dev server's builds. The first build reads every file; a build after a save reads only
 * the files the watcher reported (`reported`), and falls back to reading every file when the report is missing or
 * names anything outside content/ and _data/. A file whose bytes did not change keeps its object (see LoadMemo).
 * Correctness does not depend on the watcher: after a partial read, `confirmLater` reads every file off the save's
 * path, and when that finds other files than the session holds, the session takes them and `onConfirmed` hears
 * which paths differ, so that it can build again. `pending` is true from a partial read until it is confirmed.
 */
export class DevReads {
  private held: HeldFiles = new Map();
  private report: { paths: string[]; usable: boolean } | undefined;
  private unconfirmed = false;
  private reads = 0;
  private timer: NodeJS.Timeout | undefined;

  /** `onConfirmed` is called after each confirming full read, with the paths the session held wrongly (none: all agreed). */
  constructor(
    private readonly places: WatchPlaces,
    private readonly onConfirmed: (differing: string[]) => void,
  ) {}

  /** True while the held files come from a partial read that no full read has confirmed yet. */
  get pending(): boolean {
    return this.unconfirmed;
  }

  /** Notes paths the watcher reported for the coming build (absolute, or relative to `places.cwd`); undefined: unknown. */
  reported(paths: readonly string[] | undefined): void {
    const known = this.report ?? { paths: [], usable: true };
    this.report = { paths: [...known.paths, ...(paths ?? [])], usable: known.usable && paths !== undefined };
  }

  /** The files for this build, in the order `readContentFiles` returns them; consumes the report. */
  async read(): Promise<RawFile[]> {
    const wanted = this.report?.usable ? pathsToRead(this.places, this.report.paths) : undefined;
    this.report = undefined;
    this.reads += 1;
    const partial = wanted && (await readContentPaths(this.places.root, wanted));
    if (partial) {
      this.held = mergeRead(this.held, partial);
      this.unconfirmed ||= partial.size > 0;
    } else {
      this.held = keepUnchanged(this.held, await readContentFiles(this.places.root));
      this.unconfirmed = false;
    }
    return [...this.held.values()];
  }

  /** Reads every file shortly, when the last read was partial; called once its build is on disk. */
  confirmLater(): void {
    if (!this.unconfirmed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.confirm().catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
    }, CONFIRM_DELAY_MS);
  }

  /** Reads every file and takes them when they differ; a read for a build in the meantime makes this one moot. */
  private async confirm(): Promise<void> {
    const reads = this.reads;
    const full = await readContentFiles(this.places.root);
    if (reads !== this.reads) return;
    const differing = differingPaths(this.held, full);
    if (differing.length > 0) this.held = keepUnchanged(this.held, full);
    this.unconfirmed = false;
    this.onConfirmed(differing);
  }
}
