/** How a link target in Markdown is to be treated. */
export type LinkKind = "id" | "begrip" | "external" | "internal" | "forbidden";

const ALLOWED_EXTERNAL = new Set(["http:", "https:", "mailto:", "tel:"]);

/** Classifies a link target: `id:` link, `begrip:` link (a glossary term), allowed external scheme, site-internal path, or a forbidden scheme. */
export function classifyLink(href: string): LinkKind {
  const trimmed = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed.startsWith("//") ? "forbidden" : "internal";
  if (scheme === "id") return "id";
  if (scheme === "begrip") return "begrip";
  return ALLOWED_EXTERNAL.has(`${scheme}:`) ? "external" : "forbidden";
}
