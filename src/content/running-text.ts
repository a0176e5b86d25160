import { Parser } from "htmlparser2";

const RUNNING = new Set(["p", "li"]);
const NOT_RUNNING = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tr", "td", "th", "pre", "code"]);

/** The running text of rendered HTML: the text of each paragraph and list item, one entry each; no headings or tables. */
export function runningText(html: string): string[] {
  const units: string[] = [];
  const stack: { running: boolean; text: string }[] = [];
  let excluded = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (NOT_RUNNING.has(name)) excluded += 1;
        if (RUNNING.has(name)) stack.push({ running: true, text: "" });
      },
      ontext(text) {
        const current = stack[stack.length - 1];
        if (current && excluded === 0) current.text += text;
      },
      onclosetag(name) {
        if (NOT_RUNNING.has(name)) excluded -= 1;
        if (RUNNING.has(name)) {
          const unit = stack.pop();
          const text = unit?.text.replace(/\s+/g, " ").trim() ?? "";
          if (text !== "") units.push(text);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return units;
}
