import type { CitedSource } from "./model.ts";
import type { Source } from "./schemas/sources.ts";

/** Formats a source from _data/sources.yaml as a Dutch citation line. */
function citeSource(source: Source): CitedSource {
  const parts = [`"${source.title}"`, source.publisher ?? "uitgever niet vermeld", source.date ?? "jaar niet vermeld"];
  const note = source.note ? `. ${source.note}` : "";
  return { label: `${parts.join(", ")}${note}`, url: source.url };
}

/** Resolves a page's source reference (a key or an https URL) to a citation; undefined when the key is unknown. */
export function resolveSourceRef(ref: string, sources: Record<string, Source>): CitedSource | undefined {
  if (/^https:\/\/\S+$/.test(ref)) return { label: ref.replace(/^https:\/\//, ""), url: ref };
  const source = sources[ref];
  return source ? citeSource(source) : undefined;
}

/** A source's citation line with its address, as a release's lock records it; undefined for an unknown key. */
export function citationLine(key: string, sources: Record<string, Source>): string | undefined {
  const cited = resolveSourceRef(key, sources);
  return cited && `${cited.label}${cited.url ? ` <${cited.url}>` : ""}`;
}

/** Each source once, in the order first cited: a page or tool that lists the sources of several pages. */
export function distinctSources(cited: readonly CitedSource[]): CitedSource[] {
  return cited.filter((source, index) => cited.findIndex((other) => other.label === source.label) === index);
}
