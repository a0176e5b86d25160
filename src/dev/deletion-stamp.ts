import { existsSync, mkdirSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import path from "node:path";

/**
 * Eleventy 3's watcher rebuilds on added and changed files but not on deleted ones (11ty/eleventy#2798, fixed only
 * in v4). This watches the content folders for deletions and then rewrites a stamp file that Eleventy does watch, so a
 * deleted or renamed page disappears from the dev server like any other change.
 */
export class DeletionStamp {
  /** The stamp file, to hand to `addWatchTarget`. */
  readonly file: string;
  private watchers: FSWatcher[] = [];

  /** Creates the stamp under `<root>/.cache/dev/` so that Eleventy can watch it from the start. */
  constructor(
    root: string,
    private readonly folders: readonly string[],
  ) {
    this.file = path.join(root, ".cache", "dev", "content-deleted");
    mkdirSync(path.dirname(this.file), { recursive: true });
    if (!existsSync(this.file)) writeFileSync(this.file, "");
  }

  /** Starts watching (once; only the serving dev server calls this, so a one-off build still exits). */
  start(): void {
    if (this.watchers.length > 0) return;
    this.watchers = this.folders
      .filter((folder) => existsSync(folder))
      .map((folder) => watch(folder, { recursive: true }, (_event, name) => this.seen(folder, name)));
    for (const watcher of this.watchers) watcher.unref();
  }

  private seen(folder: string, name: string | null): void {
    if (name !== null && !existsSync(path.join(folder, name))) writeFileSync(this.file, `${Date.now()} ${name}\n`);
  }
}
