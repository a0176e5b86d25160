import { createHash } from "node:crypto";
import path from "node:path";
import type { z } from "zod";
import { isSection, RESERVED_SLUGS, type SectionSlug } from "./sections.ts";
import { pageUrl, sitePageUrl } from "./urls.ts";
import { compareVersions } from "./versions.ts";
import { resolveSourceRef } from "./cite-source.ts";
import type { ContentError } from "./content-error.ts";
import { decodeContentFile, parseMarkdownFile, validateFrontmatter, type ParsedMarkdown } from "./content-file.ts";
import { loadEpisodes } from "./load-episodes.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { LoadMemo } from "./load-memo.ts";
import { parseYaml } from "./frontmatter.ts";
import type { RawFile } from "./loader.ts";
import { renderMarkdown } from "./markdown.ts";
import type { CitedSource, ContentAsset, Release, SiteContent, SitePage, ToolkitPage } from "./model.ts";
import { pageSchema, type PageData } from "./schemas/page.ts";
import { releaseSchema, type ReleaseData } from "./schemas/release.ts";
import { siteSchema, type SiteConfig } from "./schemas/site.ts";
import { sourcesSchema, type Source } from "./schemas/sources.ts";
import { SECTION_SCHEMAS } from "./section-schemas.ts";
import { checkFileType } from "./sniff-file-type.ts";
import { zodIssuesToErrors } from "./zod-issues.ts";

/**
 * The outcome of validating all content: the site's content, or every error found plus, when the site settings
 * are valid, the content of the files that did validate (the dev server shows that while editors fix the rest).
 */
export type LoadResult = { ok: true; content: SiteContent } | { ok: false; errors: ContentError[]; partial: SiteContent | undefined };

/** Site pages every site must have: the footer and header link to them. */
export const REQUIRED_SITE_PAGES = ["home", "toegankelijkheid", "privacy", "colofon"] as const;

const EMPTY_SOURCES: Record<string, Source> = {};

const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"]);

/** Where a page lives and its id: known even when its other fields are invalid, so links to it do not also fail. */
interface PageAddress {
  section: SectionSlug;
  version: string;
  slug: string;
  id: string;
}

interface PendingPage {
  section: SectionSlug;
  version: string;
  slug: string;
  parsed: ParsedMarkdown;
  data: { id: string; sources: string[] } & Record<string, unknown>;
}

/**
 * Validates every content file and renders the Markdown; pure, given the files' bytes. With a `memo` from an earlier
 * load, files whose bytes are the same objects as then are not parsed or rendered again (the dev server).
 */
export async function loadContent(files: readonly RawFile[], memo = new LoadMemo()): Promise<LoadResult> {
  const errors: ContentError[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const yamlFile = (name: string, schema: z.ZodType): unknown => {
    const file = byPath.get(name);
    return memo.remember(file?.bytes ?? {}, `yaml\0${name}`, errors, (own) => loadYamlFile(file, name, schema, own));
  };
  const site = yamlFile("_data/site.yaml", siteSchema) as SiteConfig | undefined;
  const sources = (yamlFile("_data/sources.yaml", sourcesSchema) ?? EMPTY_SOURCES) as Record<string, Source>;

  const releaseFiles: ParsedMarkdown[] = [];
  const pageFiles: PendingPage[] = [];
  const sitePageFiles: ParsedMarkdown[] = [];
  const assets: ContentAsset[] = [];
  const releaseFolders = new Set<string>();
  const addresses: PageAddress[] = [];
  const podcastFiles: RawFile[] = [];

  for (const file of files) {
    if (file.problem) continue; // refused by the reader; withReadProblems reports it
    if (!file.path.startsWith("content/")) continue;
    const parts = file.path.split("/");
    const extension = path.extname(file.path).toLowerCase();
    if (parts[1] === "podcast") {
      podcastFiles.push(file);
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
      errors.push({ file: file.path, field: "bestand", expected: "Markdown (.md) of een afbeelding (.png, .jpg, .svg, .webp, .gif)", found: `een bestand van het type "${extension || "zonder extensie"}"` });
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
        errors.push({ file: file.path, field: "map", expected: "een van de secties aanpak, randvoorwaarden, varianten, training, methodieken", found: `de map "${section}"` });
        continue;
      }
      const slug = name.slice(0, -3);
      if (!checkSlug(file.path, slug, errors)) continue;
      const declared = (parsed?.data as { id?: unknown } | undefined)?.id;
      const data = parsed ? memo.remember(parsed, `frontmatter\0${section}`, errors, (own) => validateFrontmatter(parsed, SECTION_SCHEMAS[section], own)) : undefined;
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
  checkDeviations(pageFiles, addresses, errors);
  checkSitePagesPresent(files, errors);

  const assetUrls = new Map(assets.map((asset) => [asset.file, asset.url]));
  const urlsByRelease = idUrlsByRelease(addresses);
  const citations = (file: string, refs: readonly string[]): CitedSource[] => resolveSources(file, refs, sources, errors);
  const shared = `${hashOf([...assetUrls])}\0${memo.ids.idOf(sources)}`;
  const urlKeys = new Map([...urlsByRelease].map(([version, urls]) => [version, hashOf([...urls])]));
  const pages = pageFiles.map((pending) =>
    memo.remember(pending.parsed, `page\0${urlKeys.get(pending.version) ?? ""}\0${shared}\0${memo.ids.idOf(pending.data)}`, errors, (own) =>
      renderToolkitPage(pending, urlsByRelease, assetUrls, (file, refs) => resolveSources(file, refs, sources, own), own),
    ),
  );
  const renderedReleases = releases.map(({ data, parsed }) =>
    memo.remember(parsed, `release\0${urlKeys.get(data.version) ?? ""}\0${shared}\0${JSON.stringify(data)}`, errors, (own) => renderRelease(data, parsed, urlsByRelease, assetUrls, own)),
  );
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
  const podcast = await memo.latest("podcast", hashOf(podcastInputs), errors, (own) =>
    loadEpisodes(podcastFiles, { releases: renderedReleases, releaseFolders, urlsByRelease, artwork: site?.podcast.artwork, citations: (file, refs) => resolveSources(file, refs, sources, own) }, own),
  );

  const content = site ? deepFreeze({ site, sources, releases: renderedReleases, pages, sitePages, assets, ...podcast }) : undefined;
  const reported = withReadProblems(errors, files);
  if (reported.length > 0 || !content) return { ok: false, errors: reported, partial: content };
  return { ok: true, content };
}

/** The errors with each refused file's read problem in place of what its missing bytes caused ("geen bestand"). */
function withReadProblems(errors: readonly ContentError[], files: readonly RawFile[]): ContentError[] {
  const problems = files.flatMap((file) => (file.problem ? [file.problem] : []));
  const refused = new Set(problems.map((problem) => problem.file));
  return [...problems, ...errors.filter((error) => !refused.has(error.file))];
}

/**
 * The ids a page answers to. A valid page: its id. A broken page also answers to its file name, the usual id, so that
 * links and deviations pointing at it do not fail too and the editor sees only the real problem.
 */
function pageAddresses(section: SectionSlug, version: string, slug: string, declared: string | undefined, valid: boolean): PageAddress[] {
  const ids = valid && declared && !RESERVED_SLUGS.has(declared) ? [declared] : [...new Set([declared, slug].filter((id): id is string => id !== undefined))];
  return ids.map((id) => ({ section, version, slug, id }));
}

function unknownPlace(file: string): ContentError {
  return {
    file,
    field: "bestand",
    expected: "een bestand in content/toolkit/<versie>/<sectie>/, content/toolkit/<versie>/release.md, content/pages/ of content/podcast/",
    found: "een bestand op een plek die de site niet kent",
  };
}

function classifyAsset(file: RawFile, parts: string[]): ContentAsset | undefined {
  if (!file.bytes) return undefined;
  if (parts[1] === "toolkit" && parts.length === 5 && isSection(parts[3] ?? "")) {
    return { file: file.path, url: `/${parts.slice(1).join("/")}`, version: parts[2] ?? null, bytes: file.bytes };
  }
  if (parts[1] === "pages" && parts.length === 3) return { file: file.path, url: `/afbeeldingen/${parts[2]}`, version: null, bytes: file.bytes };
  return undefined;
}

function loadYamlFile(file: RawFile | undefined, name: string, schema: z.ZodType, errors: ContentError[]): unknown {
  const text = decodeContentFile(file, name, errors);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    errors.push({ file: name, field: `regel ${parsed.line}`, expected: "geldige YAML (veld: waarde)", found: parsed.message });
    return undefined;
  }
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) {
    errors.push(...zodIssuesToErrors(name, parsed.value, result.error.issues));
    return undefined;
  }
  return result.data;
}

function checkSlug(file: string, slug: string, errors: ContentError[]): boolean {
  if (RESERVED_SLUGS.has(slug)) {
    errors.push({ file, field: "bestandsnaam", expected: `een naam die de site niet zelf gebruikt (niet: ${[...RESERVED_SLUGS].join(", ")})`, found: `"${slug}"` });
    return false;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    errors.push({ file, field: "bestandsnaam", expected: "kleine letters, cijfers en streepjes, zoals anbi-stichting.md", found: `"${slug}.md"` });
    return false;
  }
  return true;
}

function validateReleases(files: ParsedMarkdown[], folders: Set<string>, errors: ContentError[]): { data: ReleaseData; parsed: ParsedMarkdown }[] {
  const valid = files.flatMap((parsed) => {
    const data = validateFrontmatter(parsed, releaseSchema, errors) as ReleaseData | undefined;
    return data ? [{ data, parsed }] : [];
  });
  for (const folder of folders) {
    if (!files.some((file) => file.file === `content/toolkit/${folder}/release.md`) && !errors.some((error) => error.file === `content/toolkit/${folder}/release.md`)) {
      errors.push({ file: `content/toolkit/${folder}/release.md`, field: "bestand", expected: "een release.md in elke releasemap", found: "geen release.md" });
    }
  }
  for (const { data, parsed } of valid) {
    const folder = parsed.file.split("/")[2];
    if (folder !== data.version) {
      errors.push({ file: parsed.file, field: "version", expected: `de naam van de map ("${folder}")`, found: `"${data.version}"` });
    }
    const twins = valid.filter((other) => other !== undefined && other.parsed !== parsed && compareVersions(other.data.version, data.version) === 0);
    for (const twin of twins) {
      errors.push({ file: parsed.file, field: "version", expected: "een versienummer dat geen andere release heeft", found: `"${data.version}", ook gebruikt in ${twin.parsed.file}` });
    }
  }
  return valid.sort((a, b) => compareVersions(b.data.version, a.data.version));
}

function checkPageIds(pages: PendingPage[], errors: ContentError[]): void {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const key = `${page.version}\u0000${page.data.id}`;
    const first = seen.get(key);
    if (first) {
      errors.push({ file: page.parsed.file, field: "id", expected: "een id dat in deze release nog niet bestaat", found: `"${page.data.id}", ook gebruikt in ${first}` });
    } else {
      seen.set(key, page.parsed.file);
    }
    if (RESERVED_SLUGS.has(page.data.id)) {
      errors.push({ file: page.parsed.file, field: "id", expected: `een id dat de site niet zelf gebruikt (niet: ${[...RESERVED_SLUGS].join(", ")})`, found: `"${page.data.id}"` });
    }
  }
}

function checkDeviations(pages: PendingPage[], addresses: PageAddress[], errors: ContentError[]): void {
  const preconditions = new Set(addresses.filter((page) => page.section === "randvoorwaarden").map((page) => `${page.version}\u0000${page.id}`));
  for (const page of pages) {
    if (page.section !== "varianten") continue;
    const deviations = (page.data.deviations ?? []) as { precondition: string }[];
    deviations.forEach((deviation, index) => {
      if (!preconditions.has(`${page.version}\u0000${deviation.precondition}`)) {
        errors.push({ file: page.parsed.file, field: `deviations[${index + 1}].precondition`, expected: "het id van een randvoorwaarde in dezelfde release", found: `"${deviation.precondition}", dat in deze release geen randvoorwaarde is` });
      }
    });
  }
}

function checkSitePagesPresent(files: readonly RawFile[], errors: ContentError[]): void {
  for (const slug of REQUIRED_SITE_PAGES) {
    const file = `content/pages/${slug}.md`;
    if (!files.some((candidate) => candidate.path === file)) {
      errors.push({ file, field: "bestand", expected: "deze pagina; de site linkt ernaar", found: "geen bestand" });
    }
  }
}

function hashOf(value: unknown): string {
  return createHash("sha1").update(JSON.stringify(value)).digest("base64");
}

function idUrlsByRelease(addresses: PageAddress[]): Map<string, Map<string, string>> {
  const byRelease = new Map<string, Map<string, string>>();
  for (const page of addresses) {
    const urls = byRelease.get(page.version) ?? new Map<string, string>();
    urls.set(page.id, pageUrl(page.version, page.section, page.slug));
    byRelease.set(page.version, urls);
  }
  return byRelease;
}

function resolveSources(file: string, refs: readonly string[], sources: Record<string, Source>, errors: ContentError[]): CitedSource[] {
  return refs.flatMap((ref, index) => {
    const cited = resolveSourceRef(ref, sources);
    if (cited) return [cited];
    errors.push({ file, field: `sources[${index + 1}]`, expected: "een sleutel uit _data/sources.yaml of een https-adres", found: `"${ref}"` });
    return [];
  });
}

function renderBody(parsed: ParsedMarkdown, ids: Map<string, string>, assetUrls: Map<string, string>, view: "reader" | "trainer", errors: ContentError[] | undefined): string {
  const directory = path.posix.dirname(parsed.file);
  const result = renderMarkdown(parsed.body, {
    resolveId: (id) => ids.get(id),
    resolveImage: (relative) => assetUrls.get(path.posix.normalize(path.posix.join(directory, relative))),
    view,
    firstLine: parsed.bodyLine,
  });
  errors?.push(...result.problems.map((problem) => ({ file: parsed.file, ...problem })));
  return result.html;
}

function renderToolkitPage(
  pending: PendingPage,
  urlsByRelease: Map<string, Map<string, string>>,
  assetUrls: Map<string, string>,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
  errors: ContentError[],
): ToolkitPage {
  const { parsed, section, version, slug } = pending;
  const ids = urlsByRelease.get(version) ?? new Map<string, string>();
  if (section !== "training" && /^:::\s*trainer\b/m.test(parsed.body)) {
    errors.push({ file: parsed.file, field: "tekst", expected: "'::: trainer' alleen in trainingsmodules", found: "een trainersnotitie buiten de sectie training" });
  }
  const html = renderBody(parsed, ids, assetUrls, "reader", errors);
  const trainerHtml = section === "training" ? renderBody(parsed, ids, assetUrls, "trainer", undefined) : html;
  return {
    section,
    version,
    slug,
    url: pageUrl(version, section, slug),
    file: parsed.file,
    html,
    trainerHtml,
    sources: citations(parsed.file, pending.data.sources),
    data: pending.data,
  } as ToolkitPage;
}

function renderRelease(
  data: ReleaseData,
  parsed: ParsedMarkdown,
  urlsByRelease: Map<string, Map<string, string>>,
  assetUrls: Map<string, string>,
  errors: ContentError[],
): Release {
  const ids = urlsByRelease.get(data.version) ?? new Map<string, string>();
  return { ...data, notesHtml: renderBody(parsed, ids, assetUrls, "reader", errors), file: parsed.file };
}

function renderSitePage(
  parsed: ParsedMarkdown,
  currentUrls: Map<string, string>,
  assetUrls: Map<string, string>,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
  errors: ContentError[],
): SitePage[] {
  const data = validateFrontmatter(parsed, pageSchema, errors) as PageData | undefined;
  if (!data) return [];
  const slug = path.posix.basename(parsed.file, ".md");
  const html = renderBody(parsed, currentUrls, assetUrls, "reader", errors);
  return [{ slug, url: sitePageUrl(slug), file: parsed.file, data, html, sources: citations(parsed.file, data.sources ?? []) }];
}
