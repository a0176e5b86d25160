import path from "node:path";

/** Where the watcher's paths are resolved and which of them change no content. */
export interface WatchPlaces {
  /** Folder holding content/ and _data/. */
  root: string;
  /** Folder the watcher's relative paths start from (Eleventy's working directory). */
  cwd: string;
  /** The rebuild stamp: a save of it asks for a build and changes no content. */
  stamp: string;
}

/**
 * The files a build must read, relative to the root with forward slashes, given the paths the watcher reported
 * (changed, added or deleted): undefined, for a full read, when a path lies outside content/ and _data/ (a template,
 * the configuration, anything unexpected).
 */
export function pathsToRead(places: WatchPlaces, reported: readonly string[]): string[] | undefined {
  const stamp = path.resolve(places.cwd, places.stamp);
  const files = new Set<string>();
  for (const entry of reported) {
    const absolute = path.resolve(places.cwd, entry);
    if (absolute === stamp) continue;
    const relative = path.relative(path.resolve(places.cwd, places.root), absolute).split(path.sep).join("/");
    if (!/^(content|_data)\/./.test(relative)) return undefined;
    files.add(relative);
  }
  return [...files].sort();
}
