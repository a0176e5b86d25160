import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "../content/content-error.ts";
import { EPISODE_DATES_FILE, formatEpisodeDates, parseEpisodeDates, type EpisodeDate } from "../content/episode-dates.ts";

/**
 * Adds the moments of episodes that a production build (or publishing their release) published first to
 * content/episode-dates.txt, and returns them. Lines already there stay as they are; nothing is written when nothing
 * is new.
 */
export async function recordEpisodeDates(root: string, stamped: readonly EpisodeDate[]): Promise<EpisodeDate[]> {
  const file = path.join(root, EPISODE_DATES_FILE);
  const bytes = await readFile(file).catch(() => undefined);
  const errors: ContentError[] = []; // a malformed list already stopped the build that published
  const dates = parseEpisodeDates(bytes && { path: EPISODE_DATES_FILE, bytes }, errors);
  const known = new Set(dates.map((date) => date.guid));
  const added = stamped.filter((date) => !known.has(date.guid));
  if (added.length > 0) await writeFile(file, formatEpisodeDates([...dates, ...added]));
  return added;
}
