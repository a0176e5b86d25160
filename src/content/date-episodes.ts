import { amsterdamTime } from "../format/amsterdam-time.ts";
import type { ContentError } from "./content-error.ts";
import { EPISODE_DATES_FILE, stampEpisodes, type DatedEpisodeInput, type EpisodeDate } from "./episode-dates.ts";
import type { Episode, UndatedEpisode } from "./model.ts";

/** What stamping needs of a loaded episode. */
export function datedInput(episode: Pick<UndatedEpisode, "dir" | "data" | "season">): DatedEpisodeInput {
  return { guid: episode.data.guid, folder: episode.dir, day: episode.data.published, season: episode.season, episode: episode.data.episode };
}

/**
 * Gives every episode its moment of publication: the listed one once it appeared, else the one it would get if it
 * appeared now (its day at 12:00 plus a minute per earlier episode that day). A listed episode whose `published` day
 * differs from the list is an error naming its file: a published date never changes.
 */
export function dateEpisodes(episodes: readonly UndatedEpisode[], dates: readonly EpisodeDate[], errors: ContentError[]): Episode[] {
  const listed = new Map(dates.map((date) => [date.guid, date]));
  for (const episode of episodes) {
    const known = listed.get(episode.data.guid);
    if (known && known.day !== episode.data.published) {
      errors.push({
        file: episode.file,
        field: "published",
        expected: `"${known.day}", de dag waarop de aflevering verscheen (${EPISODE_DATES_FILE}); een gepubliceerde datum verandert niet`,
        found: `"${episode.data.published}"`,
      });
    }
  }
  const moments = new Map([...dates, ...stampEpisodes(dates, episodes.map(datedInput))].map((date) => [date.guid, date]));
  return episodes.map((episode) => {
    const moment = moments.get(episode.data.guid);
    return {
      ...episode,
      publishedAt: moment ? amsterdamTime(moment.day, moment.time).toISOString() : amsterdamTime(episode.data.published, "12:00").toISOString(),
    };
  });
}
