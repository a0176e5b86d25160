import type { SectionSlug } from "./sections.ts";

/** URL of the page listing all releases. */
export const TOOLKIT_URL = "/toolkit/";

/** URL prefix that always points at the current release. */
export const ACTUEEL_URL = "/toolkit/actueel/";

/** URL of a release's home page. */
export function releaseUrl(version: string): string {
  return `/toolkit/${version}/`;
}

/** URL of a section index within a release. */
export function sectionUrl(version: string, section: SectionSlug): string {
  return `/toolkit/${version}/${section}/`;
}

/** Permanent URL of a toolkit page within a release. */
export function pageUrl(version: string, section: SectionSlug, slug: string): string {
  return `/toolkit/${version}/${section}/${slug}/`;
}

/** URL of a site page from content/pages/: `home` is the site root. */
export function sitePageUrl(slug: string): string {
  return slug === "home" ? "/" : `/${slug}/`;
}

/** Trainer view (notes and draaiboek) of a training module. */
export function trainerUrl(version: string, slug: string): string {
  return `/toolkit/${version}/training/${slug}/trainer/`;
}

/** Presentation mode of a training module: one programme block a screen, for the training room. */
export function presentationUrl(version: string, slug: string): string {
  return `/toolkit/${version}/training/${slug}/presenteren/`;
}

/** Participant handout of a training module: objectives, programme, exercises and space to write. */
export function handoutUrl(version: string, slug: string): string {
  return `/toolkit/${version}/training/${slug}/hand-out/`;
}

/** The exercises of a training module on their own, with space to write. */
export function exerciseSheetUrl(version: string, slug: string): string {
  return `/toolkit/${version}/training/${slug}/oefeningen/`;
}

/** Printable cards of a training module's cases, to cut out. */
export function caseCardsUrl(version: string, slug: string): string {
  return `/toolkit/${version}/training/${slug}/casuskaarten/`;
}

/** The glossary of a release; a term's place is its id as fragment. */
export function glossaryUrl(version: string): string {
  return `/toolkit/${version}/begrippen/`;
}

/** Session planner of a release. */
export function plannerUrl(version: string): string {
  return `/toolkit/${version}/training/planner/`;
}

/** Comparison of all variants of a release. */
export function compareUrl(version: string): string {
  return `/toolkit/${version}/varianten/vergelijk/`;
}

/** Comparison of two releases: what changed from `from` to `to`. */
export function releaseComparisonUrl(from: string, to: string): string {
  return `/toolkit/vergelijk/${from}/${to}/`;
}

/** A–Z list of all pages of a release. */
export function azUrl(version: string): string {
  return `/toolkit/${version}/a-z/`;
}

/** The file a URL is written to, relative to the output folder: `/a/` → `a/index.html`, `/feed.xml` → `feed.xml`. */
export function urlToFile(url: string): string {
  const relative = urlToFolder(url);
  return url.endsWith("/") ? (relative ? `${relative}/index.html` : "index.html") : relative;
}

/** The URL a file in the output folder answers at: `a/index.html` → `/a/`. */
export function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The folder a folder URL stands for, relative to the output folder: `/zoeken/index/2.0/` → `zoeken/index/2.0`. */
export function urlToFolder(url: string): string {
  return url.split("/").filter(Boolean).map(decodeURIComponent).join("/");
}

/** The rekenhulp of a release: what Het Bouwdepot costs and what it has to prevent. */
export function rekenhulpUrl(version: string): string {
  return `/toolkit/${version}/rekenhulp/`;
}

/** The print edition of a release: every page on one page, for paper. */
export function printEditionUrl(version: string): string {
  return `/toolkit/${version}/afdrukken/`;
}

/** The PDF of a concept release's print edition: a download, made afresh by every preview build that has Chromium. */
export function releasePdfUrl(version: string): string {
  return `/toolkit/${version}/afdrukken/toolkit-het-bouwdepot-${version}.pdf`;
}

/** The kept PDF of one state of a published release, named by the state's stem (its date, "-2", … for a later one that day). */
export function statePdfUrl(version: string, stem: string): string {
  return `/toolkit/${version}/afdrukken/toolkit-het-bouwdepot-${version}-${stem}.pdf`;
}

/** The kept archive copy (ZIP) of one state of a published release, named by the state's stem (see statePdfUrl). */
export function stateZipUrl(version: string, stem: string): string {
  return `/toolkit/${version}/toolkit-het-bouwdepot-${version}-${stem}.zip`;
}

/** The per-release print stylesheet: the running release line of its paper pages, in @page margin boxes. */
export function printStyleUrl(version: string): string {
  return `/toolkit/${version}/afdrukken/pagina.css`;
}

/** The summary of a release for college and council: the release on at most four A4 pages, made from its own pages. */
export function summaryUrl(version: string): string {
  return `/toolkit/${version}/samenvatting/`;
}

/** The summary's own print stylesheet: its running line in @page margin boxes. */
export function summaryStyleUrl(version: string): string {
  return `/toolkit/${version}/samenvatting/pagina.css`;
}

/** The PDF of a concept release's summary: made afresh by every preview build that has Chromium. */
export function summaryPdfUrl(version: string): string {
  return `/toolkit/${version}/samenvatting/samenvatting-het-bouwdepot-${version}.pdf`;
}

/** The kept PDF of the summary of one state of a published release, named by the state's stem (see statePdfUrl). */
export function stateSummaryUrl(version: string, stem: string): string {
  return `/toolkit/${version}/samenvatting/samenvatting-het-bouwdepot-${version}-${stem}.pdf`;
}

/** The list of files the offline kit saves for a release (written by the build). */
export function offlineManifestUrl(version: string): string {
  return `/toolkit/${version}/offline.json`;
}

/** The page readers see offline at an address they did not save. */
export const OFFLINE_URL = "/offline/";

/** The service worker of the offline kit: unhashed, so that its address stays the same; it is revalidated. */
export const SERVICE_WORKER_URL = "/sw.js";

/** The startnotitie of a release: a municipality's note to start Het Bouwdepot, filled in the browser. */
export function startnotitieUrl(version: string): string {
  return `/toolkit/${version}/startnotitie/`;
}

/** The empty startnotitie of a release as a document made at build time (`odt` or `docx`), for readers without JavaScript. */
export function emptyStartnotitieUrl(version: string, extension: "odt" | "docx"): string {
  return `/toolkit/${version}/startnotitie/startnotitie-het-bouwdepot-${version}-leeg.${extension}`;
}

/** What a release's startnotitie script is written from, as data beside the assets; `hash` is of its bytes, so it is cached for good. */
export function startnotitieDataUrl(version: string, hash: string): string {
  return `/assets/startnotitie-${version}-${hash.slice(0, 10)}.json`;
}

/** What changed since a release, in whatever release is current: an address that stays valid when a newer one comes. */
export function sinceReleaseUrl(version: string): string {
  return `/toolkit/vergelijk/${version}/actueel/`;
}
