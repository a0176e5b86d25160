import type { CitedSource } from "../content/model.ts";

/** A source named in running text: its citation without a closing full stop (the sentence adds one), and its address. */
export interface SourceLink {
  /** The citation text, without a full stop at its end. */
  label: string;
  /** The public https address, or null. */
  url: string | null;
}

/** Sources to name in a sentence such as "Bron: a; b.": each citation once, without its closing full stop. */
export function sourceLinks(sources: readonly CitedSource[]): SourceLink[] {
  const seen = new Set<string>();
  return sources.flatMap((source) => {
    const label = source.label.trim().replace(/\.+$/, "");
    if (seen.has(`${label} ${source.url ?? ""}`)) return [];
    seen.add(`${label} ${source.url ?? ""}`);
    return [{ label, url: source.url }];
  });
}
