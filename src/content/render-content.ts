import path from "node:path";
import { resolveSourceRef } from "./cite-source.ts";
import type { ContentError } from "./content-error.ts";
import { validateFrontmatter, type ParsedMarkdown } from "./content-file.ts";
import { termKey } from "./glossary.ts";
import { renderMarkdown, type MarkdownResult } from "./markdown.ts";
import type { CitedSource, PageCorrection, Release, SitePage, ToolkitPage } from "./model.ts";
import type { PendingPage } from "./page-addresses.ts";
import { pageSchema } from "./schemas/page.ts";
import type { ModuleData } from "./schemas/module.ts";
import type { ReleaseData } from "./schemas/release.ts";
import type { Source } from "./schemas/sources.ts";
import { pageUrl, sitePageUrl } from "./urls.ts";

/** Resolves source keys and addresses to cited sources, reporting each unknown key. */
export function resolveSources(file: string, refs: readonly string[], sources: Record<string, Source>, errors: ContentError[]): CitedSource[] {
  return refs.flatMap((ref, index) => {
    const cited = resolveSourceRef(ref, sources);
    if (cited) return [cited];
    errors.push({ file, field: `sources[${index + 1}]`, expected: "een sleutel uit _data/sources.yaml of een https-adres", found: `"${ref}"` });
    return [];
  });
}

/**
 * Renders a Markdown body with `id:` and `begrip:` links (`targets`: the release's page ids and term keys) and images
 * resolved, for readers or for trainers; `exerciseMinutes` only for a training module.
 */
function renderBody(
  parsed: ParsedMarkdown,
  targets: Map<string, string>,
  assetUrls: Map<string, string>,
  view: "reader" | "trainer",
  errors: ContentError[] | undefined,
  exerciseMinutes: ReadonlyMap<string, number> | null = null,
): MarkdownResult {
  const directory = path.posix.dirname(parsed.file);
  const result = renderMarkdown(parsed.body, {
    resolveId: (id) => targets.get(id),
    resolveTerm: (id) => targets.get(termKey(id)),
    resolveImage: (relative) => assetUrls.get(path.posix.normalize(path.posix.join(directory, relative))),
    view,
    firstLine: parsed.bodyLine,
    exerciseMinutes,
  });
  errors?.push(...result.problems.map((problem) => ({ file: parsed.file, ...problem })));
  return result;
}

/** Renders a validated toolkit page: reader and trainer HTML and its sources. */
export function renderToolkitPage(
  pending: PendingPage,
  urlsByRelease: Map<string, Map<string, string>>,
  assetUrls: Map<string, string>,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
  errors: ContentError[],
): ToolkitPage {
  const { parsed, section, version, slug } = pending;
  const ids = urlsByRelease.get(version) ?? new Map<string, string>();
  if (section !== "training" && /^:::\s*trainer\b/m.test(parsed.body)) {
    errors.push({
      file: parsed.file,
      field: "tekst",
      expected: "'::: trainer' alleen in trainingsmodules",
      found: "een trainersnotitie buiten de sectie training",
    });
  }
  const exerciseMinutes = section === "training" ? exerciseBlocks(pending.data as unknown as ModuleData) : null;
  const reader = renderBody(parsed, ids, assetUrls, "reader", errors, exerciseMinutes);
  const trainerHtml = section === "training" ? renderBody(parsed, ids, assetUrls, "trainer", undefined, exerciseMinutes).html : reader.html;
  return {
    section,
    version,
    slug,
    url: pageUrl(version, section, slug),
    file: parsed.file,
    html: reader.html,
    trainerHtml,
    exercises: reader.exercises,
    cases: reader.cases,
    mainPoints: reader.mainPoints,
    sources: citations(parsed.file, pending.data.sources),
    data: pending.data,
    corrections: NO_CORRECTIONS,
  } as ToolkitPage;
}

/** The minutes of a module's programme blocks of kind `oefening`, by title: what `::: oefening` blocks may name. */
function exerciseBlocks(data: ModuleData): Map<string, number> {
  return new Map(data.programme.filter((block) => block.kind === "oefening").map((block) => [block.title, block.minutes]));
}

/** A page's corrections before errata are applied: none. */
const NO_CORRECTIONS: PageCorrection[] = [];

/** Renders a release's notes. */
export function renderRelease(
  data: ReleaseData,
  parsed: ParsedMarkdown,
  urlsByRelease: Map<string, Map<string, string>>,
  assetUrls: Map<string, string>,
  errors: ContentError[],
): Release {
  const ids = urlsByRelease.get(data.version) ?? new Map<string, string>();
  return { ...data, notesHtml: renderBody(parsed, ids, assetUrls, "reader", errors).html, file: parsed.file, errata: [], corrections: [], glossary: [] };
}

/** Validates and renders a site page (content/pages/); an empty list when it is invalid. */
export function renderSitePage(
  parsed: ParsedMarkdown,
  currentUrls: Map<string, string>,
  assetUrls: Map<string, string>,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
  errors: ContentError[],
): SitePage[] {
  const data = validateFrontmatter(parsed, pageSchema, errors);
  if (!data) return [];
  const slug = path.posix.basename(parsed.file, ".md");
  const html = renderBody(parsed, currentUrls, assetUrls, "reader", errors).html;
  return [{ slug, url: sitePageUrl(slug), file: parsed.file, data, html, sources: citations(parsed.file, data.sources ?? []) }];
}
