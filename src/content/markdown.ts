import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import container from "markdown-it-container";
import { classifyLink } from "./link-scheme.ts";
import { slugify } from "./slugify.ts";
import { TEMPLATE_IDS } from "./template-ids.ts";

/** A problem found while rendering one Markdown body. */
export interface MarkdownProblem {
  /** Where in the body: e.g. `tekst, link "id:foo"`. */
  field: string;
  /** What was expected, in Dutch. */
  expected: string;
  /** What was found, in Dutch. */
  found: string;
}

/** What the renderer needs to know about the page being rendered. */
export interface MarkdownContext {
  /** Resolves an `id:` link to a URL within the page's release; undefined when the id is unknown. */
  resolveId: (id: string) => string | undefined;
  /** Resolves a relative image path to its public URL; undefined when the file does not exist. */
  resolveImage: (relativePath: string) => string | undefined;
  /** `reader` drops `::: trainer` blocks; `trainer` shows them as labelled notes. */
  view: "reader" | "trainer";
  /** Line number in the file of the body's first line, so problems can name the file's line. */
  firstLine: number;
}

/** The rendered HTML of a body plus every problem found in it. */
export interface MarkdownResult {
  /** The rendered HTML. */
  html: string;
  /** Problems that make the content invalid. */
  problems: MarkdownProblem[];
}

interface RenderEnv {
  context: MarkdownContext;
  problems: MarkdownProblem[];
}

const md = createMarkdown();

/** Renders a Markdown body with the site's rules: no raw HTML, checked links, heading ids, containers. */
export function renderMarkdown(body: string, context: MarkdownContext): MarkdownResult {
  const env: RenderEnv = { context, problems: [] };
  const html = md.render(body, env as unknown as Record<string, unknown>);
  return { html, problems: env.problems };
}

function createMarkdown(): MarkdownIt {
  const instance = markdownIt({ html: true, linkify: false, typographer: false });
  instance.validateLink = () => true;
  instance.use(anchor, { slugify, tabIndex: false });
  instance.use(container, "voorbeeld", { render: renderVoorbeeld });
  instance.use(container, "trainer", { render: renderTrainer });
  instance.core.ruler.push("bouwdepot_checks", checkAndRewrite);
  instance.renderer.rules.table_open = () => '<div class="table-scroll" role="region" aria-label="Tabel; schuif opzij om alles te zien" tabindex="0">\n<table>\n';
  instance.renderer.rules.table_close = () => "</table>\n</div>\n";
  instance.renderer.rules.html_block = (tokens, idx) => instance.utils.escapeHtml(tokens[idx]?.content ?? "");
  instance.renderer.rules.html_inline = (tokens, idx) => instance.utils.escapeHtml(tokens[idx]?.content ?? "");
  return instance;
}

function renderVoorbeeld(tokens: Token[], idx: number): string {
  return tokens[idx]?.nesting === 1
    ? '<aside class="voorbeeld" aria-label="Voorbeeld"><p class="voorbeeld__label">Voorbeeld</p>\n'
    : "</aside>\n";
}

function renderTrainer(tokens: Token[], idx: number): string {
  return tokens[idx]?.nesting === 1
    ? '<aside class="trainer-notitie" aria-label="Notitie voor de trainer"><p class="trainer-notitie__label">Notitie voor de trainer</p>\n'
    : "</aside>\n";
}

function checkAndRewrite(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  if (env.context.view === "reader") state.tokens = withoutTrainerBlocks(state.tokens);
  checkHeadings(state.tokens, env);
  for (const token of state.tokens) {
    const where = `tekst (regel ${lineOf(token, env)})`;
    if (token.type === "html_block") env.problems.push(rawHtmlProblem(where, token.content));
    for (const child of token.children ?? []) {
      if (child.type === "html_inline") env.problems.push(rawHtmlProblem(where, child.content));
      if (child.type === "link_open") rewriteLink(where, child, env);
      if (child.type === "image") checkImage(where, child, env);
    }
  }
}

function lineOf(token: Token, env: RenderEnv): number {
  return (token.map?.[0] ?? 0) + env.context.firstLine;
}

function withoutTrainerBlocks(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === "container_trainer_open") depth += 1;
    if (depth === 0) kept.push(token);
    if (token.type === "container_trainer_close") depth -= 1;
  }
  return kept;
}

function checkHeadings(tokens: Token[], env: RenderEnv): void {
  let previous = 1;
  for (const token of tokens) {
    if (token.type !== "heading_open") continue;
    const level = Number(token.tag.slice(1));
    const id = String(token.attrGet("id") ?? "");
    if (TEMPLATE_IDS.has(id)) token.attrSet("id", `${id}-tekst`);
    const field = `tekst (regel ${lineOf(token, env)}), kop`;
    if (level === 1) {
      env.problems.push({ field, expected: "koppen vanaf niveau 2 (##); de titel is al de kop van niveau 1", found: "een kop van niveau 1 (#)" });
    } else if (level > previous + 1) {
      env.problems.push({ field, expected: `koppen zonder niveau over te slaan (na niveau ${previous} hoogstens ${previous + 1})`, found: `een kop van niveau ${level}` });
    }
    previous = level;
  }
}

function rawHtmlProblem(where: string, content: string): MarkdownProblem {
  return { field: where, expected: "Markdown zonder HTML-code", found: `HTML: "${content.trim().slice(0, 40)}"` };
}

function rewriteLink(where: string, token: Token, env: RenderEnv): void {
  const href = String(token.attrGet("href") ?? "");
  const kind = classifyLink(href);
  if (kind === "forbidden") {
    env.problems.push({ field: `${where}, link "${href.slice(0, 60)}"`, expected: "een link naar http(s), mailto, tel of id:", found: `het niet toegestane schema "${href.split(":")[0]}:"` });
    token.attrSet("href", "#");
    return;
  }
  if (kind !== "id") return;
  const [id = "", fragment] = href.slice(3).split("#");
  const url = env.context.resolveId(id);
  if (url === undefined) {
    env.problems.push({ field: `${where}, link "${href}"`, expected: "het id van een pagina in dezelfde release", found: `"${id}", dat in deze release niet bestaat` });
    token.attrSet("href", "#");
    return;
  }
  token.attrSet("href", fragment ? `${url}#${fragment}` : url);
}

function checkImage(where: string, token: Token, env: RenderEnv): void {
  const src = String(token.attrGet("src") ?? "");
  const alt = (token.children ?? []).map((child) => child.content).join("").trim();
  if (alt === "") {
    env.problems.push({ field: `${where}, afbeelding "${src}"`, expected: "een beschrijving (alt-tekst) tussen de vierkante haken: ![beschrijving](bestand.png)", found: "een afbeelding zonder beschrijving" });
  }
  if (classifyLink(src) !== "internal" || src.startsWith("/")) {
    env.problems.push({ field: `${where}, afbeelding "${src}"`, expected: "een afbeelding uit de map content/, met een pad naast deze pagina", found: "een afbeelding van elders" });
    token.attrSet("src", "");
    return;
  }
  const url = env.context.resolveImage(src);
  if (url === undefined) {
    env.problems.push({ field: `${where}, afbeelding "${src}"`, expected: "een bestand dat bestaat in content/", found: "geen bestand op die plek" });
    return;
  }
  token.attrSet("src", url);
}
