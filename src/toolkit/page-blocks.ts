import { Parser } from "htmlparser2";

/** One block of a rendered page as readers see it: a heading, a paragraph, a list item or a table row. */
export interface PageBlock {
  /** What kind of block it is, for showing a changed block in its place. */
  kind: "heading" | "paragraph" | "item" | "row" | "box";
  /** The block's text, tags removed, entities decoded, white space collapsed; a table row's cells joined by " | ". */
  text: string;
}

const KINDS: Record<string, PageBlock["kind"]> = {
  h2: "heading",
  h3: "heading",
  h4: "heading",
  h5: "heading",
  h6: "heading",
  p: "paragraph",
  li: "item",
  dt: "item",
  dd: "item",
  tr: "row",
  blockquote: "box",
  pre: "box",
};

/**
 * The blocks of rendered HTML in reading order. Text belongs to the innermost open block, so a list inside a list
 * item gives one block per item; a cell's text joins its row's.
 */
export function pageBlocks(html: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  const open: { kind: PageBlock["kind"]; parts: string[] }[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        const kind = KINDS[name];
        if (kind) open.push({ kind, parts: [] });
        else if ((name === "td" || name === "th") && open.at(-1)?.kind === "row") open.at(-1)?.parts.push("\u0000");
      },
      ontext(text) {
        open.at(-1)?.parts.push(text);
      },
      onclosetag(name) {
        if (!KINDS[name]) return;
        const block = open.pop();
        const text = (block?.parts.join("") ?? "")
          .split("\u0000")
          .map((cell) => cell.replace(/\s+/g, " ").trim())
          .filter((cell) => cell !== "")
          .join(" | ");
        if (block && text !== "") blocks.push({ kind: block.kind, text });
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return blocks;
}
