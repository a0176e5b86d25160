import { dutchDate } from "../format/dutch-date.ts";
import type { ErratumView } from "./errata-view.ts";
import { xmlText } from "../format/xml-text.ts";

/** The address of the Atom feed of published releases and errata. */
export const CHANGES_FEED_URL = "/toolkit/wijzigingen.xml";

/** The address of the page that lists the same changes for readers and explains how to follow them. */
export const CHANGES_PAGE_URL = "/toolkit/wijzigingen/";

/** One event readers can follow: a release was published, or a published release was corrected. */
export interface ChangeEntry {
  /** A stable address that identifies the event (the Atom id, made absolute). */
  key: string;
  /** The event's day, "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the content gives it. */
  date: string;
  /** One-line title. */
  title: string;
  /** What happened, in a few sentences. */
  summary: string;
  /** Where to read it. */
  url: string;
  /** The release it is about. */
  version: string;
  /** That release's home. */
  releaseUrl: string;
  /** A published release, or a correction of fact in one. */
  kind: "release" | "correctie";
  /** The release's summary, or why the erratum corrected what it did. */
  text: string;
  /** The pages a correction changed; empty for a release. */
  pages: { title: string; url: string }[];
}

/** A published release as the feed announces it. */
interface PublishedRelease {
  /** Version. */
  version: string;
  /** Publication date, possibly partial. */
  released: string;
  /** One-sentence summary. */
  summary: string;
  /** Release home. */
  url: string;
}

/** The events of the published releases and their errata, newest first (a release before its own errata on a tie). */
export function changeEntries(releases: readonly PublishedRelease[], errata: readonly ErratumView[]): ChangeEntry[] {
  const published = releases.map((release) => ({
    key: release.url,
    date: release.released,
    title: `Release ${release.version} gepubliceerd`,
    summary: `${release.summary} Gepubliceerd: ${dutchDate(release.released)}.`,
    url: release.url,
    version: release.version,
    releaseUrl: release.url,
    kind: "release" as const,
    text: release.summary,
    pages: [],
  }));
  const corrections = errata.map((erratum) => {
    const home = releases.find((release) => release.version === erratum.version)?.url ?? "/toolkit/";
    return {
      // The n-th erratum of its release: errata files only grow, so the number stays with the erratum.
      key: `${home}#erratum-${erratum.number}`,
      date: erratum.date,
      title: `Correctie in release ${erratum.version} (${dutchDate(erratum.date)})`,
      summary: `${erratum.why} Gecorrigeerd: ${erratum.pages.map((page) => page.title).join(", ")}.`,
      url: `${home}#errata`,
      version: erratum.version,
      releaseUrl: home,
      kind: "correctie" as const,
      text: erratum.why,
      pages: erratum.pages,
    };
  });
  return [...published, ...corrections].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** Feed-wide settings. */
interface FeedSettings {
  /** Absolute site URL without trailing slash. */
  siteUrl: string;
  /** The publisher, as author. */
  publisher: string;
}

/**
 * The Atom feed of the entries. Atom wants full timestamps; a partial date counts from its first day ("2022" →
 * 2022-01-01), and the summary gives the date as the content has it. The feed's `updated` is its newest entry's, so
 * two builds of the same content give the same feed.
 */
export function changesFeed(entries: readonly ChangeEntry[], settings: FeedSettings): string {
  const absolute = (url: string): string => `${settings.siteUrl}${url}`;
  const updated = entries[0] ? timestamp(entries[0].date) : "1970-01-01T00:00:00Z";
  const items = entries.map((entry) =>
    [
      "  <entry>",
      `    <title>${xmlText(entry.title)}</title>`,
      `    <id>${xmlText(absolute(entry.key))}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(absolute(entry.url))}"/>`,
      `    <updated>${timestamp(entry.date)}</updated>`,
      `    <summary>${xmlText(entry.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    "  <title>Wijzigingen in de toolkit Het Bouwdepot</title>",
    "  <subtitle>Nieuwe releases en correcties van feiten in gepubliceerde releases</subtitle>",
    `  <id>${xmlText(absolute(CHANGES_FEED_URL))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(absolute(CHANGES_FEED_URL))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(absolute("/toolkit/"))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlText(settings.publisher)}</name></author>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}

/** A (partial) date as an RFC 3339 timestamp at midnight UTC of its first day. */
function timestamp(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}T00:00:00Z`;
}
