import { createHash } from "node:crypto";
import path from "node:path";
import type { z } from "zod";
import {
  checkAliases,
  checkChangeNotes,
  checkRedirects,
  REDIRECTS_FILE,
  checkDeviations,
  checkPageIds,
  checkSitePagesPresent,
  checkSlug,
  unknownPlace,
} from "./content-checks.ts";
import type { ContentError } from "./content-error.ts";
import { checkChangeNoteLength } from "./change-note-length.ts";
import { checkModuleBlocks } from "./check-module-blocks.ts";
import { checkRepeatedClaims } from "./repeated-claims.ts";
import { parseMarkdownFile, validateFrontmatter, type ParsedMarkdown } from "./content-file.ts";
import { citationLine, resolveSourceRef } from "./cite-source.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { applyErrata, errataFile } from "./errata.ts";
import { checkFileType } from "./file-type-error.ts";
import { LoadMemo } from "./load-memo.ts";
import { LEDGER_FILE, parseLedger } from "./ledger.ts";
import { dateEpisodes } from "./date-episodes.ts";
import { EPISODE_DATES_FILE, parseEpisodeDates, type EpisodeDate } from "./episode-dates.ts";
import { checkLocks, isLockFile } from "./locks.ts";
import { addTermUrls, checkGlossary, declaredTermIds, renderGlossary } from "./glossary.ts";
import { loadEpisodes } from "./load-episodes.ts";
import type { RawFile } from "./loader.ts";
import type { CitedSource, ContentAsset, Release, SiteContent, ToolkitPage } from "./model.ts";
import type { AppliedCorrection } from "./errata.ts";
import { idUrlsByRelease, pageAddresses, type PageAddress, type PendingPage } from "./page-addresses.ts";
import { validateReleases } from "./release-files.ts";
import { renderRelease, renderSitePage, renderToolkitPage, resolveSources } from "./render-content.ts";
import { glossarySchema, type TermData } from "./schemas/glossary.ts";
import { errataSchema, type ErratumData, type SourceCorrection } from "./schemas/errata.ts";
import { redirectsSchema, type RedirectData } from "./schemas/redirects.ts";
import { rekenhulpSchema, type RekenhulpData } from "./schemas/rekenhulp.ts";
import { checkRekenhulp, REKENHULP_FILE } from "./rekenhulp-figures.ts";
import { startnotitieSchema, type StartnotitieData } from "./schemas/startnotitie.ts";
import { checkStartnotitie, STARTNOTITIE_FILE } from "./startnotitie-options.ts";
import { siteSchema, type SiteConfig } from "./schemas/site.ts";
import { sourcesSchema, type Source } from "./schemas/sources.ts";
import { SECTION_SCHEMAS } from "./section-schemas.ts";
import { isSection } from "./sections.ts";
import { loadYamlFile } from "./yaml-file.ts";

/**
 * The outcome of validating all content: the site's content, or every error found plus, when the site settings
 * are valid, the content of the files that did validate (the dev server shows that while editors fix the rest).
 */
export type LoadResult = { ok: true; content: SiteContent } | { ok: false; errors: ContentError[]; partial: SiteContent | undefined };

const EMPTY_SOURCES: Record<string, Source> = {};

/** What the load memo remembers a missing file by: one object, so that a file that stays missing is not parsed again. */
const ABSENT = Object.freeze({});

/** The dates when content/episode-dates.txt cannot be read: one object, so that the memo of dated episodes sees the same input. */
const NO_DATES: readonly EpisodeDate[] = [];

const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"]);

/**
 * Validates every content file and renders the Markdown; pure, given the files' bytes. With a `memo` from an earlier
 * load, files whose bytes are the same objects as then are not parsed or rendered again (the dev server).
 */
export function loadContent(files: readonly RawFile[], memo = new LoadMemo()): LoadResult {
  const errors: ContentError[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const yamlFile = (name: string, schema: z.ZodType): unknown => {
    const file = byPath.get(name);
    return memo.remember(file?.bytes ?? ABSENT, `yaml\0${name}`, errors, (own) => loadYamlFile(file, name, schema, own));
  };
  const site = yamlFile("_data/site.yaml", siteSchema) as SiteConfig | undefined;
  const sources = (yamlFile("_data/sources.yaml", sourcesSchema) ?? EMPTY_SOURCES) as Record<string, Source>;

  const errata = loadErrataFiles(files, yamlFile);
  const applied = applyErrata(files, errata, errors);

  const releaseFiles: ParsedMarkdown[] = [];
  const pageFiles: PendingPage[] = [];
  const sitePageFiles: ParsedMarkdown[] = [];
  const assets: ContentAsset[] = [];
  const releaseFolders = new Set<string>();
  const addresses: PageAddress[] = [];
  const podcastFiles: RawFile[] = [];
  const glossaries = new Map<string, TermData[]>();
  const termIds = new Map<string, string[]>();

  for (const file of applied.files) {
    if (file.problem) continue; // refused by the reader; withReadProblems reports it
    if (!file.path.startsWith("content/")) continue;
    const parts = file.path.split("/");
    if (parts[1] === "errata" && parts.length === 3 && errata.has(path.basename(file.path, ".yaml"))) continue;
    if (
      isLockFile(file.path) ||
      file.path === LEDGER_FILE ||
      file.path === EPISODE_DATES_FILE ||
      file.path === REDIRECTS_FILE ||
      file.path === REKENHULP_FILE ||
      file.path === STARTNOTITIE_FILE
    )
      continue; // checked against the release folders and the output
    const extension = path.extname(file.path).toLowerCase();
    if (parts[1] === "podcast") {
      podcastFiles.push(file);
      continue;
    }
    if (parts[1] === "toolkit" && parts.length === 4 && parts[3] === "begrippen.yaml") {
      const version = parts[2] ?? "";
      releaseFolders.add(version);
      const terms = (yamlFile(file.path, glossarySchema) as { begrippen: TermData[] } | undefined)?.begrippen;
      if (terms) {
        checkGlossary(version, terms, errors);
        glossaries.set(version, terms);
      }
      termIds.set(version, terms?.map((term) => term.id) ?? declaredTermIds(file));
      continue;
    }
    if (IMAGE_EXTENSIONS.has(extension)) {
      const asset = classifyAsset(file, parts);
      const wrongType = asset && checkFileType(file.path, asset.bytes);
      if (wrongType) errors.push(wrongType);
      else if (asset) assets.push(asset);
      else errors.push(unknownPlace(file.path));
      continue;
    }
    if (extension !== ".md") {
      errors.push({
        file: file.path,
        field: "bestand",
        expected: "Markdown (.md) of een afbeelding (.png, .jpg, .svg, .webp, .gif)",
        found: `een bestand van het type "${extension || "zonder extensie"}"`,
      });
      continue;
    }
    const parsed = memo.remember(file.bytes ?? file, `markdown\0${file.path}`, errors, (own) => parseMarkdownFile(file, own));
    if (parts[1] === "toolkit" && parts.length === 4 && parts[3] === "release.md") {
      releaseFolders.add(parts[2] ?? "");
      if (parsed) releaseFiles.push(parsed);
    } else if (parts[1] === "toolkit" && parts.length === 5) {
      const [, , version = "", section = "", name = ""] = parts;
      releaseFolders.add(version);
      if (!isSection(section)) {
        errors.push({
          file: file.path,
          field: "map",
          expected: "een van de secties aanpak, randvoorwaarden, varianten, training, methodieken",
          found: `de map "${section}"`,
        });
        continue;
      }
      const slug = name.slice(0, -3);
      if (!checkSlug(file.path, slug, errors)) continue;
      const declared = (parsed?.data as { id?: unknown } | undefined)?.id;
      const data = parsed
        ? memo.remember(parsed, `frontmatter\0${section}`, errors, (own) => validateFrontmatter(parsed, SECTION_SCHEMAS[section], own))
        : undefined;
      addresses.push(...pageAddresses(section, version, slug, typeof declared === "string" ? declared : undefined, data !== undefined));
      if (parsed && data) pageFiles.push({ section, version, slug, parsed, data: data as PendingPage["data"] });
    } else if (parts[1] === "pages" && parts.length === 3) {
      if (parsed && checkSlug(file.path, (parts[2] ?? "").slice(0, -3), errors)) sitePageFiles.push(parsed);
    } else {
      errors.push(unknownPlace(file.path));
    }
  }

  const releases = validateReleases(releaseFiles, releaseFolders, errors);
  checkPageIds(pageFiles, errors);
  checkAliases(pageFiles, errors);
  checkDeviations(pageFiles, addresses, errors);
  checkChangeNotes(releases, addresses, errors);
  checkChangeNoteLength(releases, errors);
  checkErrataReleases(errata, releases, errors);
  const sourceCorrections = sourceCorrectionsOf(errata);
  checkLocks(
    files,
    releases.map(({ data }) => data),
    errors,
    {
      citation: (key) => citationLine(key, sources),
      corrections: new Map([...sourceCorrections].map(([version, list]) => [version, list.map(({ correction }) => correction)])),
    },
  );
  checkSitePagesPresent(files, errors);

  const assetUrls = new Map(assets.map((asset) => [asset.file, asset.url]));
  const urlsByRelease = idUrlsByRelease(addresses);
  addTermUrls(urlsByRelease, termIds);
  const citations = (file: string, refs: readonly string[]): CitedSource[] => resolveSources(file, refs, sources, errors);
  const shared = `${hashOf([...assetUrls])}\0${memo.ids.idOf(sources)}`;
  const urlKeys = new Map([...urlsByRelease].map(([version, urls]) => [version, hashOf([...urls])]));
  const pages = pageFiles
    .map((pending) =>
      memo.remember(pending.parsed, `page\0${urlKeys.get(pending.version) ?? ""}\0${shared}\0${memo.ids.idOf(pending.data)}`, errors, (own) =>
        renderToolkitPage(pending, urlsByRelease, assetUrls, (file, refs) => resolveSources(file, refs, sources, own), own),
      ),
    )
    .map((page) => withCorrections(page, [...(applied.corrections.get(page.file) ?? []), ...citedCorrections(page, sourceCorrections)], citations, sources));
  const renderedReleases = releases
    .map(({ data, parsed }) =>
      memo.remember(parsed, `release\0${urlKeys.get(data.version) ?? ""}\0${shared}\0${JSON.stringify(data)}`, errors, (own) =>
        renderRelease(data, parsed, urlsByRelease, assetUrls, own),
      ),
    )
    .map((release) => withErrata(release, errata.get(release.version), applied.corrections.get(release.file), citations))
    .map((release) => withGlossary(release, glossaries.get(release.version), urlsByRelease, citations, errors));
  checkModuleBlocks(pages, new Set(releases.filter(({ data }) => data.status === "concept").map(({ data }) => data.version)), errors);
  checkRepeatedClaims(renderedReleases, pages, errors);
  const current = renderedReleases.find((release) => release.status === "released")?.version;
  const currentUrls = urlsByRelease.get(current ?? "") ?? new Map<string, string>();
  const sitePages = sitePageFiles.flatMap((parsed) => renderSitePage(parsed, currentUrls, assetUrls, citations, errors));
  const podcastInputs = [
    podcastFiles.map((file) => `${file.path}:${file.bytes ? memo.ids.idOf(file.bytes) : "-"}`),
    renderedReleases.map((release) => `${release.version}:${release.podcastSeason}`),
    [...releaseFolders],
    [...urlKeys],
    site?.podcast.artwork ?? "",
    shared,
  ];
  const podcast = memo.latest("podcast", hashOf(podcastInputs), errors, (own) =>
    loadEpisodes(
      podcastFiles,
      {
        releases: renderedReleases,
        releaseFolders,
        urlsByRelease,
        artwork: site?.podcast.artwork,
        citations: (file, refs) => resolveSources(file, refs, sources, own),
      },
      own,
    ),
  );

  const rekenhulpData = byPath.has(REKENHULP_FILE) ? (yamlFile(REKENHULP_FILE, rekenhulpSchema) as RekenhulpData | undefined) : undefined;
  // With a broken release.md the releases are not known for sure: the rekenhulp is checked against them once it is fixed.
  const releasesKnown = !errors.some((error) => /^content\/toolkit\/[^/]+\/release\.md$/.test(error.file));
  const rekenhulp = rekenhulpData && checkRekenhulp(rekenhulpData, releasesKnown ? releaseFacts(releases, pages) : undefined, sources, errors);
  const startnotitieData = byPath.has(STARTNOTITIE_FILE) ? (yamlFile(STARTNOTITIE_FILE, startnotitieSchema) as StartnotitieData | undefined) : undefined;
  const startnotitie =
    startnotitieData && checkStartnotitie(startnotitieData, releasesKnown ? releases.map(({ data }) => data.version) : undefined, pages, sources, errors);
  const redirects = byPath.has(REDIRECTS_FILE) ? ((yamlFile(REDIRECTS_FILE, redirectsSchema) ?? []) as RedirectData[]) : [];
  checkRedirects(redirects, errors);
  const ledgerFile = byPath.get(LEDGER_FILE);
  const ledger = memo.remember(ledgerFile?.bytes ?? ABSENT, "ledger", errors, (own) => parseLedger(ledgerFile, own)) ?? [];
  const datesFile = byPath.get(EPISODE_DATES_FILE);
  const episodeDates = memo.remember(datesFile?.bytes ?? ABSENT, "episode-dates", errors, (own) => parseEpisodeDates(datesFile, own)) ?? NO_DATES;
  const episodes = memo.latest("dated-episodes", `${memo.ids.idOf(podcast.episodes)}\0${memo.ids.idOf(episodeDates)}`, errors, (own) =>
    dateEpisodes(podcast.episodes, episodeDates, own),
  );
  const content = site
    ? deepFreeze({
        site,
        sources,
        releases: renderedReleases,
        pages,
        sitePages,
        assets,
        ...podcast,
        episodes,
        episodeDates,
        ledger,
        redirects,
        rekenhulp,
        startnotitie,
      })
    : undefined;
  const reported = withReadProblems(errors, files);
  if (reported.length > 0 || !content) return { ok: false, errors: reported, partial: content };
  return { ok: true, content };
}

/** Per release, its version, date, the source keys its pages cite and their ids: what the rekenhulp is checked against. */
function releaseFacts(
  releases: readonly { data: { version: string; released: string } }[],
  pages: readonly ToolkitPage[],
): { version: string; released: string; cites: Set<string>; ids: Set<string> }[] {
  return releases.map(({ data }) => {
    const own = pages.filter((page) => page.version === data.version);
    return {
      version: data.version,
      released: data.released,
      cites: new Set(own.flatMap((page) => page.data.sources)),
      ids: new Set(own.map((page) => page.data.id)),
    };
  });
}

/** The errors with each refused file's read problem in place of what its missing bytes caused ("geen bestand"). */
function withReadProblems(errors: readonly ContentError[], files: readonly RawFile[]): ContentError[] {
  const problems = files.flatMap((file) => (file.problem ? [file.problem] : []));
  const refused = new Set(problems.map((problem) => problem.file));
  return [...problems, ...errors.filter((error) => !refused.has(error.file))];
}

function classifyAsset(file: RawFile, parts: string[]): ContentAsset | undefined {
  if (!file.bytes) return undefined;
  if (parts[1] === "toolkit" && parts.length === 5 && isSection(parts[3] ?? "")) {
    return { file: file.path, url: `/${parts.slice(1).join("/")}`, version: parts[2] ?? null, bytes: file.bytes };
  }
  if (parts[1] === "pages" && parts.length === 3) return { file: file.path, url: `/afbeeldingen/${parts[2]}`, version: null, bytes: file.bytes };
  return undefined;
}

function hashOf(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("base64");
}

/** The errata files (content/errata/<version>.yaml), validated, by release version. */
function loadErrataFiles(files: readonly RawFile[], yamlFile: (name: string, schema: typeof errataSchema) => unknown): Map<string, ErratumData[]> {
  const errata = new Map<string, ErratumData[]>();
  for (const file of files) {
    const match = /^content\/errata\/(\d+(?:\.\d+){1,2})\.yaml$/.exec(file.path);
    if (!match?.[1] || file.problem) continue;
    const parsed = yamlFile(file.path, errataSchema) as { errata: ErratumData[] } | undefined;
    errata.set(match[1], parsed?.errata ?? []);
  }
  return errata;
}

/** Errata belong to a published release: a concept is simply edited, and a version without a release is a mistake. */
function checkErrataReleases(
  errata: ReadonlyMap<string, unknown>,
  releases: readonly { data: { version: string; status: string } }[],
  errors: ContentError[],
): void {
  for (const version of errata.keys()) {
    const release = releases.find((candidate) => candidate.data.version === version);
    if (!release)
      errors.push({ file: errataFile(version), field: "bestand", expected: "een errata-bestand van een bestaande release", found: `geen release ${version}` });
    else if (release.data.status !== "released") {
      errors.push({
        file: errataFile(version),
        field: "bestand",
        expected: "errata alleen voor een gepubliceerde release",
        found: `release ${version} is een concept: verbeter de tekst daar zelf`,
      });
    }
  }
}

/**
 * A page with the corrections applied to its file, their sources resolved and a changed source list given as the
 * citation lines the page showed and shows; the same object when there are none.
 */
function withCorrections(
  page: ToolkitPage,
  applied: readonly AppliedCorrection[] | undefined,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
  sources: Record<string, Source>,
): ToolkitPage {
  if (!applied?.length) return page;
  const labels = (refs: unknown): unknown =>
    Array.isArray(refs) ? refs.map((ref: unknown) => (typeof ref === "string" ? (resolveSourceRef(ref, sources)?.label ?? ref) : ref)) : refs;
  return {
    ...page,
    corrections: applied.map((correction) => ({
      ...correction,
      sources: citations(errataFile(page.version), correction.sources),
      fields: correction.fields.map((field) => (field.key === "sources" ? { ...field, before: labels(field.before), after: labels(field.after) } : field)),
    })),
  };
}

/** A release with its errata and the corrections of its notes, sources resolved; the same object when it has none. */
function withErrata(
  release: Release,
  errata: readonly ErratumData[] | undefined,
  notes: readonly AppliedCorrection[] | undefined,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
): Release {
  if (!errata?.length) return release;
  const cite = (sources: readonly string[]): CitedSource[] => citations(errataFile(release.version), sources);
  return {
    ...release,
    errata: errata.map((erratum) => ({ ...erratum, sources: cite(erratum.sources) })),
    corrections: (notes ?? []).map((correction) => ({ ...correction, sources: cite(correction.sources) })),
  };
}

/** A release with its glossary rendered; the same object when it has none. */
function withGlossary(
  release: Release,
  terms: readonly TermData[] | undefined,
  targets: ReadonlyMap<string, ReadonlyMap<string, string>>,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
  errors: ContentError[],
): Release {
  if (!terms) return release;
  const glossary = renderGlossary(release.version, terms, targets.get(release.version) ?? new Map<string, string>(), citations, errors);
  return { ...release, glossary };
}

/** The corrections of source citations in each release's errata, with the erratum they belong to, in order. */
function sourceCorrectionsOf(errata: ReadonlyMap<string, readonly ErratumData[]>): Map<string, { erratum: ErratumData; correction: SourceCorrection }[]> {
  return new Map(
    [...errata].map(([version, list]) => [
      version,
      list.flatMap((erratum) => erratum.corrections.flatMap((correction) => ("source" in correction ? [{ erratum, correction }] : []))),
    ]),
  );
}

/** The corrections of the citations of the sources a page cites, as the page shows them. */
function citedCorrections(
  page: ToolkitPage,
  corrections: ReadonlyMap<string, readonly { erratum: ErratumData; correction: SourceCorrection }[]>,
): AppliedCorrection[] {
  return (corrections.get(page.version) ?? [])
    .filter(({ correction }) => page.data.sources.includes(correction.source))
    .map(({ erratum, correction }) => ({
      date: erratum.date,
      why: erratum.why,
      sources: erratum.sources,
      wrong: correction.wrong,
      right: correction.right,
      fields: [],
    }));
}
