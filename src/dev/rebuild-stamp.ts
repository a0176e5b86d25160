import { existsSync, mkdirSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import path from "node:path";

/**
 * A file that Eleventy watches and the dev server rewrites to make Eleventy build again: when a content file is
 * deleted (Eleventy 3 rebuilds on added and changed files but not on deleted ones, 11ty/eleventy#2798, fixed only in
 * v4), and when background work such as a "Zie ook" ranking has finished and its pages must show it.
 */
export class RebuildStamp {
  /** The stamp file, to hand to `addWatchTarget`. */
  readonly file: string;
  private watchers: FSWatcher[] = [];
  private deleted: string[] = [];

  /** Creates the stamp under `<root>/.cache/dev/` so that Eleventy can watch it from the start. */
  constructor(
    root: string,
    private readonly folders: readonly string[],
  ) {
    this.file = path.join(root, ".cache", "dev", "rebuild");
    mkdirSync(path.dirname(this.file), { recursive: true });
    if (!existsSync(this.file)) writeFileSync(this.file, "");
  }

  /** Starts watching the folders for deletions (once; only the serving dev server calls this, so a one-off build exits). */
  watchDeletions(): void {
    if (this.watchers.length > 0) return;
    this.watchers = this.folders
      .filter((folder) => existsSync(folder))
      .map((folder) => watch(folder, { recursive: true }, (_event, name) => this.seen(folder, name)));
    for (const watcher of this.watchers) watcher.unref();
  }

  /** Makes Eleventy build again. */
  touch(reason: string): void {
    writeFileSync(this.file, `${Date.now()} ${reason}\n`);
  }

  /** The files (absolute paths) seen deleted since the last call: Eleventy's watcher does not report them. */
  takeDeleted(): string[] {
    const deleted = this.deleted;
    this.deleted = [];
    return deleted;
  }

  private seen(folder: string, name: string | null): void {
    if (name === null || existsSync(path.join(folder, name))) return;
    this.deleted.push(path.join(folder, name));
    this.touch(`verwijderd: ${name}`);
  }
}
