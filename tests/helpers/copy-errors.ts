import { Parser } from "htmlparser2";

/** Elements whose content a reader never sees as text. */
const INVISIBLE = new Set(["script", "style", "template"]);

/** Elements that start a new block of text, so that text on both sides is never read as one line. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "fieldset",
  "legend",
  "label",
  "option",
  "select",
  "textarea",
  "input",
  "button",
  "title",
  "head",
  "body",
  "html",
]);

/** Tags that never have a closing tag, so they open no subtree. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** Words that follow a number in the site's counts ("12 pagina's"); lower case at the start of a text they lost their number. */
const COUNT_WORDS = "pagina's|pagina|varianten|variant|modules|module|afleveringen|aflevering|minuten|bestanden|correcties|keer";

/** The copy errors a reader would see, each a rule and the text around it. */
const RULES: { rule: string; pattern: RegExp }[] = [
  { rule: "dubbele punt", pattern: /(?<![.…])\.\.(?![.…])/g },
  { rule: "spatie voor leesteken", pattern: /\s[,;.:](?![.\w/])/g },
  { rule: "telling zonder getal", pattern: new RegExp(`(?:^\\s*|[^\\S\\n]{2,}|\\(\\s*)(?:${COUNT_WORDS})(?![\\p{L}])`, "gmu") },
];

/** A copy error on a page: which rule, and the visible text around it. */
export interface CopyError {
  /** The rule it breaks. */
  rule: string;
  /** The visible text around it, whitespace collapsed. */
  excerpt: string;
}

/** Elements to leave out of the text besides scripts and styles: by tag name and by class. */
export interface Skip {
  /** Tag names, e.g. "del" to read a word diff as its new text. */
  tags?: readonly string[];
  /** Class names. */
  classes?: readonly string[];
}

/**
 * The visible text of a page as blocks (paragraph, cell, list item …), without scripts and styles and without
 * the elements `skip` names; inline elements are joined, so "<a>x</a> ," is " ,".
 */
export function visibleBlocks(html: string, skip: Skip = {}): string[] {
  const blocks: string[] = [];
  let current = "";
  let skipped = 0;
  const stack: boolean[] = [];
  const flush = (): void => {
    if (current.trim() !== "") blocks.push(current);
    current = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes.class ?? "").split(/\s+/);
        const left = INVISIBLE.has(name) || (skip.tags ?? []).includes(name) || (skip.classes ?? []).some((skipClass) => classes.includes(skipClass));
        if (BLOCKS.has(name)) flush();
        if (VOID.has(name)) return;
        stack.push(left);
        if (left) skipped += 1;
      },
      ontext(text) {
        if (skipped === 0) current += text;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (stack.pop()) skipped -= 1;
        if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** The copy errors in one page's visible text: a double full stop, a space before a sign, a count without its number. */
export function copyErrors(html: string, skip: Skip = {}): CopyError[] {
  return visibleBlocks(html, skip).flatMap((block) =>
    RULES.flatMap(({ rule, pattern }) =>
      [...block.matchAll(pattern)].map((match) => ({
        rule,
        excerpt: block
          .slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)
          .replace(/\s+/g, " ")
          .trim(),
      })),
    ),
  );
}
