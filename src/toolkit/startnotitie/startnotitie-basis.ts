import type { RekenConfig } from "../rekenhulp-view.ts";

/** A page of the toolkit as the startnotitie cites it: its title and full address. */
export interface CitedPage {
  /** The page's title. */
  title: string;
  /** Its address in this release, on this site ("/toolkit/2.0/…"); the document writes it in full. */
  url: string;
}

/** A sentence or two taken from the toolkit, with the page it comes from. */
export interface Quote {
  /** The text as the toolkit has it. */
  text: string;
  /** Where it stands. */
  page: CitedPage;
}

/** A choice of content/startnotitie.yaml as the form and the document offer it. */
export interface ConditionOption {
  /** Stable id. */
  id: string;
  /** The choice. */
  label: string;
  /** Help text under it. */
  help: string;
  /** Its sources as readers cite them. */
  sources: { label: string; url: string | null }[];
}

/** One randvoorwaarde of the release as the startnotitie needs it. */
export interface ConditionBasis {
  /** Page id. */
  id: string;
  /** Page title. */
  title: string;
  /** Verplicht or aanbevolen. */
  kind: "verplicht" | "aanbevolen";
  /** What it asks: the page's summary without what only describes the page; empty when nothing else is left. */
  summary: string;
  /** What the municipality decides itself: the page's `localChoice`. */
  localChoice: string;
  /** The page. */
  page: CitedPage;
  /** A hash of what the startnotitie shows of it: a saved file from another release says which ones changed. */
  fingerprint: string;
  /** The choices offered in this release, without "anders". */
  options: ConditionOption[];
}

/** Everything of one release the startnotitie is written from; the page hands it to the browser as data. */
export interface StartnotitieBasis {
  /** The release's version. */
  version: string;
  /** "release 2.0 (2022)". */
  lasting: string;
  /** The day of the release's state, "YYYY-MM-DD". */
  date: string;
  /** That day in Dutch. */
  dateLabel: string;
  /** The site's address, before every page's own address in the document. */
  siteUrl: string;
  /** Address of the stable comparison of this release with whatever is current. */
  sinceUrl: string;
  /** The release's rekenhulp. */
  rekenhulp: CitedPage;
  /** What Het Bouwdepot is: summaries of the approach's pages. */
  about: Quote[];
  /** The randvoorwaarden in reading order. */
  conditions: ConditionBasis[];
  /** What research shows: the page on research, when the release has one. */
  research: Quote[];
  /** The research page's "Let op" paragraphs (what the figures do not show), each citing that page. */
  cautions: Quote[];
  /** Outcomes and expectations measured elsewhere, one sentence each with its source. */
  findings: string[];
  /** The release's municipal variants: the page and the table row (gemeente, start, jongeren, bedrag, status). */
  municipalities: { page: CitedPage; row: string[] }[];
  /** What the shared rekenhulp calculation computes with. */
  reken: RekenConfig;
  /** The youth norm in words with its origin, and whose cost the bouwbudget is, as the rekenhulp says it. */
  costTexts: { youthNorm: string; budgetKind: string };
  /** Comparisons that end at this release (their addresses), by the older version: a file from that release links there. */
  comparisons: Record<string, string>;
}
