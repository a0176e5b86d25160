import type { EpisodeDate } from "./episode-dates.ts";
import type { RedirectData } from "./schemas/redirects.ts";
import type { ChangeData, FigureData, OutcomeData } from "./schemas/rekenhulp.ts";
import type { StartOptionData } from "./schemas/startnotitie.ts";
import type { AudioFacts } from "../media/audio.ts";
import type { Cue } from "../media/vtt.ts";
import type { FieldChange } from "./errata.ts";
import type { Case, Exercise, MainPoint } from "./markdown.ts";
import type { AanpakData } from "./schemas/aanpak.ts";
import type { EpisodeData } from "./schemas/episode.ts";
import type { MethodiekData } from "./schemas/methodiek.ts";
import type { ModuleData } from "./schemas/module.ts";
import type { PageData } from "./schemas/page.ts";
import type { RandvoorwaardeData } from "./schemas/randvoorwaarde.ts";
import type { ReleaseData } from "./schemas/release.ts";
import type { SiteConfig } from "./schemas/site.ts";
import type { Source } from "./schemas/sources.ts";
import type { VariantData } from "./schemas/variant.ts";

/** A source as shown under "Bronnen": a formatted citation and, when public, its address. */
export interface CitedSource {
  /** The citation text, in Dutch. */
  label: string;
  /** The public https address, or null. */
  url: string | null;
}

/** One release of the toolkit, validated. */
export interface Release extends ReleaseData {
  /** Release notes rendered from the body of release.md. */
  notesHtml: string;
  /** Path of release.md relative to the site root. */
  file: string;
  /** Corrections of fact since publication (content/errata/<version>.yaml), oldest first. */
  errata: Erratum[];
  /** The corrections applied to the release notes themselves (release.md); empty for most releases. */
  corrections: PageCorrection[];
  /** The release's glossary (begrippen.yaml), sorted by term; empty when it has none. */
  glossary: GlossaryTerm[];
}

/** A term of a release's glossary as readers see it. */
export interface GlossaryTerm {
  /** Its id: the fragment of its place on the glossary page. */
  id: string;
  /** The term. */
  term: string;
  /** Other forms of the term. */
  aliases: string[];
  /** The id of the page that treats the term in full; null when none does. */
  page: string | null;
  /** The explanation, rendered. */
  html: string;
  /** Where the explanation comes from. */
  sources: CitedSource[];
}

/** A dated correction of fact to a published release; it may correct several pages. */
export interface Erratum {
  /** The day of the correction, "YYYY-MM-DD". */
  date: string;
  /** What was wrong and why the new text is right. */
  why: string;
  /** The sources of the right fact. */
  sources: CitedSource[];
  /** Each replacement: the page's id (or the source's key), the wrong text and the text that replaced it. */
  corrections: ({ page: string; wrong: string; right: string } | { source: string; wrong: string; right: string })[];
}

/** One correction as a corrected page shows it. */
export interface PageCorrection {
  /** The day of the erratum, "YYYY-MM-DD". */
  date: string;
  /** Why, as the erratum says. */
  why: string;
  /** The sources of the right fact. */
  sources: CitedSource[];
  /** The text that was wrong. */
  wrong: string;
  /** The text that replaced it. */
  right: string;
  /** The frontmatter fields it changed (a source list as citation lines); empty for a correction of the body. */
  fields: FieldChange[];
}

/** Fields every toolkit page has after loading. */
interface ToolkitPageCommon {
  /** The release this page belongs to. */
  version: string;
  /** File name without `.md`; the last part of the URL. */
  slug: string;
  /** Permanent URL of the page. */
  url: string;
  /** Path of the Markdown file relative to the site root. */
  file: string;
  /** The body rendered for readers (trainer notes left out). */
  html: string;
  /** The body rendered with trainer notes shown. */
  trainerHtml: string;
  /** A training module's exercises (`::: oefening`), in order; empty for other pages. */
  exercises: Exercise[];
  /** A training module's cases (`::: casus`), in order; empty for other pages. */
  cases: Case[];
  /** The page's `##` headings that open with a paragraph, each with its first sentence: its main points. */
  mainPoints: MainPoint[];
  /** The page's sources, resolved for citation. */
  sources: CitedSource[];
  /** Corrections of fact applied to this page since its release was published; empty for most pages. */
  corrections: PageCorrection[];
}

/** A toolkit page, its frontmatter typed by the section it lives in. */
export type ToolkitPage = ToolkitPageCommon &
  (
    | { section: "aanpak"; data: AanpakData }
    | { section: "randvoorwaarden"; data: RandvoorwaardeData }
    | { section: "varianten"; data: VariantData }
    | { section: "training"; data: ModuleData }
    | { section: "methodieken"; data: MethodiekData }
  );

/** A site page from content/pages/ (home, statement pages). */
export interface SitePage {
  /** File name without `.md`. */
  slug: string;
  /** URL of the page. */
  url: string;
  /** Path of the Markdown file relative to the site root. */
  file: string;
  /** Validated frontmatter. */
  data: PageData;
  /** Rendered body. */
  html: string;
  /** The page's sources, resolved for citation. */
  sources: CitedSource[];
}

/** A binary file from content/ (an image) and the URL it is published at. */
export interface ContentAsset {
  /** Path relative to the site root. */
  file: string;
  /** Public URL. */
  url: string;
  /** The release it belongs to, or null for site-wide files. */
  version: string | null;
  /** The file's bytes. */
  bytes: Uint8Array;
}

/** A podcast episode with the facts read from its audio and transcript. */
export interface Episode {
  /** The folder name without its number: the last part of the URL. */
  slug: string;
  /** The folder name under content/podcast/. */
  dir: string;
  /** URL of the episode page. */
  url: string;
  /** Path of index.md relative to the site root. */
  file: string;
  /** Validated frontmatter. */
  data: EpisodeData;
  /** The podcast season: the podcastSeason of the episode's release. */
  season: number;
  /** Show notes rendered for the episode page. */
  showNotesHtml: string;
  /** Show notes for the feed: only p, ul, ol, li and a. */
  feedHtml: string;
  /** The transcript's cues. */
  cues: Cue[];
  /** The transcript as WebVTT text, published beside the page. */
  transcript: string;
  /** Length, duration and type from the audio file, its URL and bytes. */
  audio: AudioFacts & { url: string; bytes: Uint8Array };
  /** The episode's sources, resolved for citation. */
  sources: CitedSource[];
  /** When it appeared (or would appear now), as an ISO instant: from content/episode-dates.txt once published. */
  publishedAt: string;
}

/** An episode as its folder gives it, before the list of publication times dates it. */
export type UndatedEpisode = Omit<Episode, "publishedAt">;

/** Everything under content/ and _data/, validated and rendered. */
export interface SiteContent {
  /** Publisher settings from _data/site.yaml. */
  site: SiteConfig;
  /** Citable sources from _data/sources.yaml. */
  sources: Record<string, Source>;
  /** Every release, concept ones included, highest version first. */
  releases: Release[];
  /** Every toolkit page of every release. */
  pages: ToolkitPage[];
  /** Site pages from content/pages/. */
  sitePages: SitePage[];
  /** Images and other binary files to publish. */
  assets: ContentAsset[];
  /** Podcast episodes of every release, concept ones included. */
  episodes: Episode[];
  /** The podcast's channel artwork. */
  artwork: ContentAsset | undefined;
  /** Every address the site ever published (content/ledger.txt), sorted. */
  ledger: string[];
  /** When each published episode appeared (content/episode-dates.txt). */
  episodeDates: EpisodeDate[];
  /** Addresses that moved for good (content/redirects.yaml). */
  redirects: RedirectData[];
  /** The rekenhulp's reference figures (content/rekenhulp.yaml); undefined when the site has none. */
  rekenhulp: RekenhulpContent | undefined;
  /** The startnotitie's choices per randvoorwaarde (content/startnotitie.yaml); undefined when the site has none. */
  startnotitie: StartnotitieContent | undefined;
}

/** A figure with its source as readers cite it. */
export type RekenFigure = FigureData & { cited: CitedSource };

/** An outcome with its source as readers cite it. */
export type RekenOutcome = OutcomeData & { cited: CitedSource };

/** The rekenhulp's figures, checked against the releases and their sources. */
export interface RekenhulpContent {
  /** Ids of the pages that link to the rekenhulp. */
  linkedFrom: string[];
  /** Every figure, for every release; a release shows those from its `since` on. */
  figures: RekenFigure[];
  /** Every outcome, likewise. */
  outcomes: RekenOutcome[];
  /** Changes to what the rekenhulp shows for the same inputs, oldest first. */
  changes: RekenChange[];
}

/** A choice of the startnotitie with its sources as readers cite them. */
export type StartOption = StartOptionData & { cited: CitedSource[] };

/** The startnotitie's choices, checked against the releases and their sources. */
export interface StartnotitieContent {
  /** Per randvoorwaarde id, its choices in the order of the form. */
  conditions: Record<string, StartOption[]>;
}

/** A change to the rekenhulp's comparison: its date and why. */
export type RekenChange = ChangeData;
