import markdownIt from "markdown-it";
import { Parser } from "htmlparser2";

/** Elements whose text is a block of its own: a paragraph, a list item, a heading, a cell. */
const BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "pre"]);

/** Renders Markdown without raw HTML; only its text is kept. */
const renderer = markdownIt({ html: false, linkify: false, typographer: false });

/** One block of Markdown as a reader sees it. */
export interface TextBlock {
  /** The element it renders to: "p", "li", "h2", …. */
  tag: string;
  /** Its text, spaces collapsed (a link's text without its address). */
  text: string;
}

/**
 * The blocks a reader sees of a piece of Markdown, in order, empty ones left out: for telling what an erratum
 * replaced, which it gives as Markdown from the page's file.
 */
export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = "";
  const parser = new Parser(
    {
      ontext(chunk) {
        text += chunk;
      },
      onclosetag(name) {
        if (!BLOCKS.has(name)) return;
        const collapsed = text.replace(/\s+/g, " ").trim();
        if (collapsed !== "") blocks.push({ tag: name, text: collapsed });
        text = "";
      },
    },
    { decodeEntities: true },
  );
  parser.end(renderer.render(markdown));
  return blocks;
}

/** The text a reader sees of a piece of Markdown, blocks separated by a space. */
export function markdownText(markdown: string): string {
  return markdownBlocks(markdown)
    .map((block) => block.text)
    .join(" ");
}
