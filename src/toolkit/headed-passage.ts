/** The paragraphs under a `##` heading of a rendered page, up to the next `##`; empty when the page has no such heading. */
export function headedPassage(html: string, heading: string): string[] {
  const parts = html.split(/(?=<h2[\s>])/);
  const section = parts.find((part) => new RegExp(`^<h2[^>]*>${escapeRegExp(heading)}</h2>`).test(part));
  return section ? [...section.matchAll(/<p>[\s\S]*?<\/p>/g)].map((match) => match[0]) : [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
