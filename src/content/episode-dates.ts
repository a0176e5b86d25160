import type { ContentError } from "./content-error.ts";
import { listFileLines } from "./list-file-lines.ts";
import type { RawFile } from "./loader.ts";

/** The path of the list of publication times: one line per published episode, never changed, only added to. */
export const EPISODE_DATES_FILE = "content/episode-dates.txt";

const HEADER = [
  "# Wanneer elke aflevering verscheen: tijd (Nederlandse tijd), GUID en map, één aflevering per regel.",
  "# npm run build en npm run release -- publish voegen een regel toe als een aflevering verschijnt. Verander of",
  "# verwijder nooit een regel: podcast-apps zetten afleveringen op deze volgorde en melden nieuwe afleveringen.",
];

/** One published episode's moment: its GUID, its folder (for readers of the file) and its time in Europe/Amsterdam. */
export interface EpisodeDate {
  /** The episode's permanent GUID. */
  guid: string;
  /** Its folder under content/podcast/, as it was when it appeared. */
  folder: string;
  /** Its day, "YYYY-MM-DD". */
  day: string;
  /** Its time that day in the Netherlands, "HH:MM". */
  time: string;
}

const LINE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) ([0-9a-f-]{36}) (\S+)$/;

/** Reads the list; a missing list is empty, a malformed line or a GUID listed twice an error naming its line. */
export function parseEpisodeDates(file: RawFile | undefined, errors: ContentError[]): EpisodeDate[] {
  const dates: EpisodeDate[] = [];
  for (const { line, number } of listFileLines(file, EPISODE_DATES_FILE, errors)) {
    const match = LINE.exec(line);
    const [, day = "", time = "", guid = "", folder = ""] = match ?? [];
    if (!match) {
      errors.push({
        file: EPISODE_DATES_FILE,
        field: `regel ${number}`,
        expected: "JJJJ-MM-DD UU:MM, de GUID en de map, gescheiden door spaties",
        found: `"${line}"`,
      });
    } else if (dates.some((known) => known.guid === guid)) {
      errors.push({ file: EPISODE_DATES_FILE, field: `regel ${number}`, expected: "elke aflevering één keer", found: `GUID ${guid} nog een keer` });
    } else {
      dates.push({ guid, folder, day, time });
    }
  }
  return dates;
}

/** The list's text: the header, then every episode in the order it appeared. */
export function formatEpisodeDates(dates: readonly EpisodeDate[]): string {
  const lines = [...dates]
    .sort((a, b) => `${a.day} ${a.time}`.localeCompare(`${b.day} ${b.time}`))
    .map((date) => `${date.day} ${date.time} ${date.guid} ${date.folder}`);
  return `${[...HEADER, ...lines].join("\n")}\n`;
}

/** What stamping needs of an episode: its GUID, folder, chosen day and place in the podcast. */
export interface DatedEpisodeInput {
  /** Permanent GUID. */
  guid: string;
  /** Folder under content/podcast/. */
  folder: string;
  /** The day the editor gave (`published`). */
  day: string;
  /** Season number. */
  season: number;
  /** Episode number in the season. */
  episode: number;
}

/** The hour of the first episode of a day; each further one that day comes a minute later, so apps see one order. */
const FIRST_TIME_MINUTES = 12 * 60;

/**
 * The moments of episodes not yet in the list, by season then episode: on its day at 12:00, plus one minute for
 * every episode already listed (or stamped before it) that day. Pure: the list decides, never the clock.
 */
export function stampEpisodes(dates: readonly EpisodeDate[], episodes: readonly DatedEpisodeInput[]): EpisodeDate[] {
  const known = new Set(dates.map((date) => date.guid));
  const taken = [...dates];
  const stamped: EpisodeDate[] = [];
  for (const episode of [...episodes].filter((entry) => !known.has(entry.guid)).sort((a, b) => a.season - b.season || a.episode - b.episode)) {
    const minutes = FIRST_TIME_MINUTES + taken.filter((date) => date.day === episode.day).length;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const date = { guid: episode.guid, folder: episode.folder, day: episode.day, time };
    taken.push(date);
    stamped.push(date);
  }
  return stamped;
}
