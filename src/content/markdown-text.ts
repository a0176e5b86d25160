import markdownIt from "markdown-it";
import { Parser } from "htmlparser2";

/** Elements after which a space separates one block's text from the next. */
const BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "pre"]);

/** Renders Markdown without raw HTML; only its text is kept. */
const renderer = markdownIt({ html: false, linkify: false, typographer: false });

/**
 * The text a reader sees of a piece of Markdown (a link's text without its address, a heading without its hashes),
 * blocks separated by a space: for showing what an erratum replaced, which it gives as Markdown from the page's file.
 */
export function markdownText(markdown: string): string {
  let text = "";
  const parser = new Parser(
    {
      ontext(chunk) {
        text += chunk;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) text += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.end(renderer.render(markdown));
  return text.replace(/\s+/g, " ").trim();
}
