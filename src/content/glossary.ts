import { decodeUtf8 } from "../media/decode-utf8.ts";
import type { ContentError } from "./content-error.ts";
import { parseYaml } from "./frontmatter.ts";
import type { RawFile } from "./loader.ts";
import { renderMarkdown } from "./markdown.ts";
import type { CitedSource, GlossaryTerm } from "./model.ts";
import type { TermData } from "./schemas/glossary.ts";
import { glossaryUrl } from "./urls.ts";

/** The path of a release's glossary file. */
function glossaryFile(version: string): string {
  return `content/toolkit/${version}/begrippen.yaml`;
}

/** The key under which a term's URL sits among a release's link targets, beside the page ids (which have no colon). */
export function termKey(id: string): string {
  return `begrip:${id}`;
}

/** Adds each term's URL (`/toolkit/<v>/begrippen/#<id>`) to its release's link targets, under `termKey(id)`. */
export function addTermUrls(targets: Map<string, Map<string, string>>, termIds: ReadonlyMap<string, readonly string[]>): void {
  for (const [version, ids] of termIds) {
    const urls = targets.get(version) ?? new Map<string, string>();
    for (const id of ids) urls.set(termKey(id), `${glossaryUrl(version)}#${id}`);
    targets.set(version, urls);
  }
}

/**
 * The ids an invalid glossary file declares, as far as it can be read: links to its terms then do not fail too, and
 * the editor sees only the real problem.
 */
export function declaredTermIds(file: RawFile): string[] {
  const text = file.bytes ? decodeUtf8(file.bytes) : undefined;
  const parsed = text === undefined ? undefined : parseYaml(text);
  const list = parsed?.ok && typeof parsed.value === "object" && parsed.value !== null && "begrippen" in parsed.value ? parsed.value.begrippen : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const id = typeof entry === "object" && entry !== null && "id" in entry ? entry.id : undefined;
    return typeof id === "string" ? [id] : [];
  });
}

/** Reports a term whose id or name (in any of its forms) another term of the same glossary already has. */
export function checkGlossary(version: string, terms: readonly TermData[], errors: ContentError[]): void {
  const ids = new Set<string>();
  const names = new Map<string, string>();
  terms.forEach((term, index) => {
    if (ids.has(term.id))
      errors.push({
        file: glossaryFile(version),
        field: `begrippen[${index + 1}].id`,
        expected: "een id dat geen ander begrip heeft",
        found: `"${term.id}", al gebruikt`,
      });
    ids.add(term.id);
    for (const name of [term.term, ...(term.aliases ?? [])]) {
      const owner = names.get(name.toLowerCase());
      if (owner !== undefined && owner !== term.id) {
        errors.push({
          file: glossaryFile(version),
          field: `begrippen[${index + 1}].term`,
          expected: "een naam die geen ander begrip heeft",
          found: `"${name}", ook bij "${owner}"`,
        });
      }
      names.set(name.toLowerCase(), term.id);
    }
  });
}

/** Renders a release's glossary, sorted by term, with its links resolved against the release's link targets. */
export function renderGlossary(
  version: string,
  terms: readonly TermData[],
  targets: ReadonlyMap<string, string>,
  citations: (file: string, refs: readonly string[]) => CitedSource[],
  errors: ContentError[],
): GlossaryTerm[] {
  const file = glossaryFile(version);
  const rendered = terms.map((term, index) => {
    const result = renderMarkdown(term.explanation, {
      resolveId: (id) => targets.get(id),
      resolveTerm: (id) => targets.get(termKey(id)),
      resolveImage: () => undefined,
      view: "reader",
      firstLine: 1,
      exerciseMinutes: null,
    });
    errors.push(
      ...result.problems.map((problem) => ({
        file,
        field: `begrippen[${index + 1}].explanation, ${problem.field}`,
        expected: problem.expected,
        found: problem.found,
      })),
    );
    if (term.page !== undefined && !targets.has(term.page)) {
      errors.push({
        file,
        field: `begrippen[${index + 1}].page`,
        expected: `het id van een pagina in release ${version}`,
        found: `"${term.page}", dat daar niet bestaat`,
      });
    }
    return { id: term.id, term: term.term, aliases: term.aliases ?? [], page: term.page ?? null, html: result.html, sources: citations(file, term.sources) };
  });
  const collator = new Intl.Collator("nl", { sensitivity: "base" });
  return rendered.sort((a, b) => collator.compare(a.term, b.term));
}
