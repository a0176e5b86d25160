/** Where a link of a page's body leads in the print edition. */
export interface PrintAnchors {
  /** The anchor of each page of the release by its URL, and of each glossary term by its URL with fragment. */
  byUrl: ReadonlyMap<string, string>;
  /** The site's address, for links to the rest of the site, which on paper must be read in full. */
  siteUrl: string;
}

/**
 * A page's rendered body as the print edition holds it: heading ids prefixed with the page's id (so that they stay
 * unique on one page) and headings two levels lower (under the section and page headings), without the heading component
 * class of their former level; links to pages and terms
 * of the same release become in-document links, fragments included; other links to the site become full addresses.
 */
export function printHtml(html: string, pageId: string, anchors: PrintAnchors): string {
  return html
    .replace(/<(\/?)h([2-6])(?=[\s>])/g, (_match, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 2)}`)
    .replace(/ class="utrecht-heading-\d"/g, "")
    .replace(/ id="([^"]*)"/g, (_match, id: string) => ` id="${pageId}--${id}"`)
    .replace(/ href="([^"]*)"/g, (_match, href: string) => ` href="${printHref(href, pageId, anchors)}"`);
}

function printHref(href: string, pageId: string, anchors: PrintAnchors): string {
  if (href.startsWith("#")) return `#${pageId}--${href.slice(1)}`;
  if (!href.startsWith("/")) return href;
  const exact = anchors.byUrl.get(href);
  if (exact !== undefined) return `#${exact}`;
  const [url = "", fragment] = href.split("#");
  const page = anchors.byUrl.get(url);
  if (page !== undefined && fragment !== undefined) return `#${page}--${fragment}`;
  return `${anchors.siteUrl}${href}`;
}
