import { Podcast } from "podcast";
import { singleLine, stripControlCharacters } from "./strip-control.ts";
import { formatTimestamp } from "../media/vtt.ts";

/** The channel as the feed needs it: settings from _data/site.yaml with absolute URLs. */
export interface FeedChannel {
  /** Show title. */
  title: string;
  /** Show description. */
  description: string;
  /** The podcast home page, absolute. */
  link: string;
  /** The feed's own URL, absolute. */
  feedUrl: string;
  /** Artwork URL, absolute. */
  imageUrl: string;
  /** itunes:author. */
  author: string;
  /** itunes:owner name. */
  ownerName: string;
  /** itunes:owner e-mail and podcast:locked owner. */
  ownerEmail: string;
  /** Apple Podcasts category. */
  category: string;
  /** Optional Apple Podcasts subcategory. */
  subcategory?: string | undefined;
  /** Copyright line. */
  copyright: string;
  /** podcast:guid, stored once in _data/site.yaml. */
  guid: string;
}

/** One episode as the feed needs it, with absolute URLs and facts from the audio file. */
export interface FeedEpisode {
  /** Permanent GUID. */
  guid: string;
  /** Title without episode number. */
  title: string;
  /** Show notes with only p, ul, ol, li and a. */
  descriptionHtml: string;
  /** Episode page, absolute. */
  link: string;
  /** When it appeared, an ISO instant (from content/episode-dates.txt): items are in this order. */
  published: string;
  /** Audio URL, absolute. */
  audioUrl: string;
  /** Audio size in bytes, from the file. */
  audioLength: number;
  /** Audio duration in seconds, from the file. */
  duration: number;
  /** Number within the season. */
  episode: number;
  /** itunes:season: the release's podcastSeason. */
  season: number;
  /** podcast:season name, e.g. "Toolkit 2.0". */
  seasonName: string;
  /** full, trailer or bonus. */
  type: "full" | "trailer" | "bonus";
  /** Transcript (WebVTT) URL, absolute. */
  transcriptUrl: string;
  /** JSON chapters URL, absolute. */
  chaptersUrl: string;
  /** Chapters for psc:chapters. */
  chapters: readonly { start: number; title: string }[];
  /** Credited persons. */
  persons: readonly { name: string; role: string; href?: string | undefined }[];
}

type XmlElement = Record<string, unknown>;

/** Builds the podcast RSS feed: a pure function of channel and episodes, byte-identical for the same input. */
export function buildFeed(channel: FeedChannel, episodes: readonly FeedEpisode[]): string {
  const clean = stripControlCharacters;
  const sorted = [...episodes].sort((a, b) => b.published.localeCompare(a.published) || b.season - a.season || b.episode - a.episode);
  const newest = rfc2822(sorted[0]?.published ?? "1970-01-01T00:00:00Z");
  const feed = new Podcast({
    title: singleLine(channel.title),
    description: clean(channel.description),
    feedUrl: channel.feedUrl,
    siteUrl: channel.link,
    author: clean(channel.author),
    copyright: clean(channel.copyright),
    language: "nl",
    pubDate: newest,
    generator: "Toolkit Het Bouwdepot",
    itunesAuthor: clean(channel.author),
    itunesSummary: clean(channel.description),
    itunesExplicit: false,
    itunesOwner: { name: clean(channel.ownerName), email: channel.ownerEmail },
    itunesCategory: [{ text: channel.category, ...(channel.subcategory ? { subcats: [{ text: channel.subcategory }] } : {}) }],
    itunesImage: channel.imageUrl,
    itunesType: "episodic",
    namespaces: { iTunes: true, podcast: true, simpleChapters: true },
    customElements: [
      { image: [{ url: channel.imageUrl }, { title: singleLine(channel.title) }, { link: channel.link }] },
      { "podcast:guid": channel.guid },
      { "podcast:locked": [{ _attr: { owner: channel.ownerEmail } }, "yes"] },
      { "podcast:medium": "podcast" },
    ],
  });
  for (const episode of sorted) feed.addItem(feedItem(episode));
  return `${feed.buildXml({ indent: "  " }).replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${newest}</lastBuildDate>`)}\n`;
}

function feedItem(episode: FeedEpisode): Record<string, unknown> {
  const clean = stripControlCharacters;
  const customElements: XmlElement[] = [
    { "podcast:transcript": { _attr: { url: episode.transcriptUrl, type: "text/vtt", language: "nl" } } },
    { "podcast:chapters": { _attr: { url: episode.chaptersUrl, type: "application/json+chapters" } } },
    { "podcast:season": [{ _attr: { name: singleLine(episode.seasonName) } }, episode.season] },
    { "podcast:episode": episode.episode },
    ...episode.persons.map((person) => ({
      "podcast:person": [{ _attr: { role: person.role, ...(person.href ? { href: person.href } : {}) } }, singleLine(person.name)],
    })),
    {
      "psc:chapters": [
        { _attr: { version: "1.2", "xmlns:psc": "http://podlove.org/simple-chapters" } },
        ...episode.chapters.map((chapter) => ({ "psc:chapter": { _attr: { start: formatTimestamp(chapter.start), title: singleLine(chapter.title) } } })),
      ],
    },
  ];
  return {
    title: singleLine(episode.title),
    description: clean(episode.descriptionHtml),
    itunesSummary: plainText(clean(episode.descriptionHtml)),
    url: episode.link,
    guid: episode.guid,
    date: rfc2822(episode.published),
    enclosure: { url: episode.audioUrl, size: episode.audioLength, type: "audio/mpeg" },
    itunesDuration: String(Math.round(episode.duration)),
    itunesEpisode: episode.episode,
    itunesSeason: episode.season,
    itunesEpisodeType: episode.type,
    itunesExplicit: false,
    customElements,
  };
}

/** RFC 2822 date of an ISO instant, in GMT as RSS readers parse it everywhere. */
function rfc2822(instant: string): string {
  return new Date(instant).toUTCString();
}

/** Show notes as plain text for itunes:summary, which apps show as it stands: paragraphs and items on their own lines. */
function plainText(html: string): string {
  return html
    .replace(/<li>/g, "- ")
    .replace(/<\/(p|li|ul|ol)>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n\s*\n+/g, "\n")
    .trim();
}
