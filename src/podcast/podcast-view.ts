import { appLinks, type AppLink } from "./app-links.ts";
import type { CorrectionSummary } from "../toolkit/correction-view.ts";
import type { Episode, SiteContent } from "../content/model.ts";
import type { SiteConfig } from "../content/schemas/site.ts";
import { dutchDate } from "../format/dutch-date.ts";
import { releaseUrl } from "../content/urls.ts";
import { formatDuration } from "./chapters.ts";
import type { FeedChannel, FeedEpisode } from "./feed.ts";

/** URL of the podcast home. */
export const PODCAST_URL = "/podcast/";
/** URL of the feed. */
export const FEED_URL = "/podcast/feed.xml";

/** An episode as pages show it: everything but the audio bytes, which are published as a file. */
export type ShownEpisode = Omit<Episode, "audio"> & { audio: Omit<Episode["audio"], "bytes"> };

/** An episode with everything its page shows. */
export interface EpisodeView {
  /** The episode. */
  episode: ShownEpisode;
  /** "Toolkit 2.0": the season's name. */
  seasonName: string;
  /** URL of the episode's release. */
  releaseUrl: string;
  /** True when the release is a concept. */
  concept: boolean;
  /** Duration as "2:27". */
  durationLabel: string;
  /** Publication date in Dutch. */
  publishedLabel: string;
  /** Chapters with their time label and the id of the transcript cue they start at. */
  chapters: { start: number; title: string; label: string; cueId: string }[];
  /** Transcript lines with start and end in seconds, time label, speaker (when it changes) and an id. */
  transcript: { id: string; start: number; end: number; label: string; speaker: string | null; text: string }[];
  /** Related toolkit pages in the episode's release. */
  related: { title: string; url: string }[];
  /** URL of the WebVTT transcript file. */
  transcriptUrl: string;
  /** URL of the JSON chapters file. */
  chaptersUrl: string;
  /** Audio size in kB for the download link. */
  sizeLabel: string;
  /** The line "Gecorrigeerd op …" near the top, linking to the corrections at the end; null when uncorrected. */
  correctionSummary: CorrectionSummary | null;
}

/** A season: the episodes of one release. */
export interface SeasonView {
  /** "Toolkit 2.0". */
  name: string;
  /** The release version. */
  version: string;
  /** URL of the release home. */
  releaseUrl: string;
  /** The season number (podcastSeason). */
  season: number;
  /** Episodes by number. */
  episodes: EpisodeView[];
}

/** The podcast as one build shows it. */
export interface PodcastView {
  /** Seasons, newest release first. */
  seasons: SeasonView[];
  /** Every episode page in this build. */
  episodes: EpisodeView[];
  /** The channel for the feed. */
  channel: FeedChannel;
  /** The feed items. */
  feedEpisodes: FeedEpisode[];
  /** Absolute feed URL, to copy into a podcast app. */
  feedUrl: string;
  /** Links that subscribe in podcast apps from the feed address. */
  apps: AppLink[];
  /** The show's pages in podcast directories that _data/site.yaml names. */
  listings: { name: string; url: string }[];
  /** URL of the artwork. */
  artworkUrl: string | undefined;
  /** Episodes about each toolkit page, keyed "<version>/<id>". */
  byPage: Record<string, { title: string; url: string }[]>;
}

const DIRECTORY_NAMES: Record<keyof SiteConfig["podcast"]["listings"], string> = {
  applePodcasts: "Apple Podcasts",
  spotify: "Spotify",
  pocketCasts: "Pocket Casts",
};

/** Derives the podcast pages and the feed from the content, for the releases this build shows; pure. */
export function buildPodcastView(content: SiteContent, releases: readonly { version: string; role: string }[], siteUrl: string): PodcastView {
  const pages = new Map(content.pages.map((page) => [`${page.version}\0${page.data.id}`, page]));
  const related = (episode: Episode): { title: string; url: string }[] =>
    episode.data.related.flatMap((id) => {
      const page = pages.get(`${episode.data.release}\0${id}`);
      return page ? [{ title: page.data.title, url: page.url }] : [];
    });
  const visible = new Map(releases.map((release) => [release.version, release.role]));
  const episodes = content.episodes
    .filter((episode) => visible.has(episode.data.release))
    .map((episode) => toEpisodeView(episode, related(episode), visible.get(episode.data.release) === "concept"));
  const versions = [...new Set(episodes.map((view) => view.episode.data.release))];
  const seasons = versions.map((version) => {
    const inSeason = episodes.filter((view) => view.episode.data.release === version).sort((a, b) => a.episode.data.episode - b.episode.data.episode);
    return { name: `Toolkit ${version}`, version, releaseUrl: releaseUrl(version), season: inSeason[0]?.episode.season ?? 0, episodes: inSeason };
  });
  const podcast = content.site.podcast;
  const artworkUrl = content.artwork?.url;
  const channel: FeedChannel = {
    title: podcast.title,
    description: podcast.description,
    link: `${siteUrl}${PODCAST_URL}`,
    feedUrl: `${siteUrl}${FEED_URL}`,
    imageUrl: `${siteUrl}${artworkUrl ?? ""}`,
    author: podcast.author,
    ownerName: content.site.publisher,
    ownerEmail: content.site.contactEmail,
    category: podcast.category,
    subcategory: podcast.subcategory,
    copyright: podcast.copyright,
    guid: podcast.guid,
  };
  const listings = (Object.keys(DIRECTORY_NAMES) as (keyof typeof DIRECTORY_NAMES)[]).flatMap((key) =>
    podcast.listings[key] ? [{ name: DIRECTORY_NAMES[key], url: podcast.listings[key] }] : [],
  );
  const byPage: Record<string, { title: string; url: string }[]> = {};
  for (const { episode } of episodes) {
    for (const id of episode.data.related) (byPage[`${episode.data.release}/${id}`] ??= []).push({ title: episode.data.title, url: episode.url });
  }
  return {
    seasons,
    episodes,
    channel,
    feedEpisodes: episodes.map((view) => feedEpisode(view, siteUrl)),
    feedUrl: channel.feedUrl,
    apps: appLinks(channel.feedUrl, podcast.title),
    listings,
    artworkUrl,
    byPage,
  };
}

function toEpisodeView(episode: Episode, related: { title: string; url: string }[], concept: boolean): EpisodeView {
  const cueIds = episode.cues.map((cue, index) => ({ cue, id: `t-${index + 1}` }));
  const chapters = episode.data.chapters.map((chapter) => {
    const cue = cueIds.find((entry) => entry.cue.end > chapter.start) ?? cueIds[0];
    return { ...chapter, label: formatDuration(chapter.start), cueId: cue?.id ?? "transcript" };
  });
  const transcript = cueIds.map(({ cue, id }, index) => ({
    id,
    start: cue.start,
    end: cue.end,
    label: formatDuration(cue.start),
    speaker: cue.speaker !== null && cue.speaker !== episode.cues[index - 1]?.speaker ? cue.speaker : null,
    text: cue.text,
  }));
  const { bytes: _bytes, ...audio } = episode.audio;
  return {
    episode: { ...episode, audio },
    seasonName: `Toolkit ${episode.data.release}`,
    releaseUrl: releaseUrl(episode.data.release),
    concept,
    durationLabel: formatDuration(episode.audio.duration),
    publishedLabel: dutchDate(episode.data.published),
    chapters,
    transcript,
    related,
    transcriptUrl: `${episode.url}transcript.vtt`,
    chaptersUrl: `${episode.url}chapters.json`,
    sizeLabel: `${Math.round(episode.audio.length / 1024)} kB`,
    correctionSummary: episodeCorrections(episode.data.corrections ?? []),
  };
}

/** What the correction line of an episode says: its latest correction and how many there are. */
function episodeCorrections(corrections: readonly { date: string }[]): CorrectionSummary | null {
  const latest = corrections
    .map((correction) => correction.date)
    .sort()
    .at(-1);
  return latest ? { latestDate: latest, count: corrections.length, anchor: "#correcties" } : null;
}

function feedEpisode(view: EpisodeView, siteUrl: string): FeedEpisode {
  const { episode } = view;
  return {
    guid: episode.data.guid,
    title: episode.data.title,
    descriptionHtml: episode.feedHtml,
    link: `${siteUrl}${episode.url}`,
    published: episode.publishedAt,
    audioUrl: `${siteUrl}${episode.audio.url}`,
    audioLength: episode.audio.length,
    duration: episode.audio.duration,
    episode: episode.data.episode,
    season: episode.season,
    seasonName: view.seasonName,
    type: episode.data.type,
    transcriptUrl: `${siteUrl}${view.transcriptUrl}`,
    chaptersUrl: `${siteUrl}${view.chaptersUrl}`,
    chapters: episode.data.chapters,
    persons: episode.data.persons ?? [],
  };
}
