import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import container from "markdown-it-container";
import { classifyLink } from "./link-scheme.ts";
import { splitSentences } from "./sentences.ts";
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
  /** Resolves a `begrip:` link to the term's place in the release's glossary; undefined when the term is unknown. */
  resolveTerm: (id: string) => string | undefined;
  /** Resolves a relative image path to its public URL; undefined when the file does not exist. */
  resolveImage: (relativePath: string) => string | undefined;
  /** `reader` drops `::: trainer` blocks; `trainer` shows them as labelled notes. */
  view: "reader" | "trainer";
  /** Line number in the file of the body's first line, so problems can name the file's line. */
  firstLine: number;
  /**
   * For a training module: the minutes of each programme block of kind `oefening`, by title, which `::: oefening`
   * blocks name; null for other pages, where `::: oefening` and `::: casus` are not allowed.
   */
  exerciseMinutes: ReadonlyMap<string, number> | null;
}

/** An exercise of a training module (`::: oefening <programme block title>`): instructions for the participants. */
export interface Exercise {
  /** The title of the programme block it belongs to. */
  title: string;
  /** The block's minutes, from the programme. */
  minutes: number;
  /** The instructions, rendered (trainer notes left out). */
  html: string;
}

/**
 * A case of a training module: a `::: casus <title>` block (an invented situation for discussion), or a module's
 * `::: voorbeeld` block, which releases from before `::: casus` used for the same; both are always labelled.
 */
export interface Case {
  /** Its title; null for a `::: voorbeeld` block, which has none. */
  title: string | null;
  /** The situation and the questions, rendered. */
  html: string;
}

/** A main point of a page: a `##` heading with the first sentence of the paragraph right under it. */
export interface MainPoint {
  /** The heading's text. */
  heading: string;
  /** The first sentence under it, as plain text. */
  sentence: string;
}

/** The rendered HTML of a body plus every problem found in it. */
export interface MarkdownResult {
  /** The rendered HTML. */
  html: string;
  /** Problems that make the content invalid. */
  problems: MarkdownProblem[];
  /** The `::: oefening` blocks, in order. */
  exercises: Exercise[];
  /** In a training module, the `::: casus` and `::: voorbeeld` blocks, in order. */
  cases: Case[];
  /** The `##` sections that open with a paragraph and hold no exercise, case or trainer note, in order. */
  mainPoints: MainPoint[];
}

interface RenderEnv {
  context: MarkdownContext;
  problems: MarkdownProblem[];
  exercises: Exercise[];
  cases: Case[];
  mainPoints: MainPoint[];
}

const md = createMarkdown();

/** The NL Design System heading component of each heading level that has one. */
const HEADING_CLASSES: Partial<Record<string, string>> = { h2: "utrecht-heading-2", h3: "utrecht-heading-3" };

/** Renders a Markdown body with the site's rules: no raw HTML, checked links, heading ids, containers. */
export function renderMarkdown(body: string, context: MarkdownContext): MarkdownResult {
  const env: RenderEnv = { context, problems: [], exercises: [], cases: [], mainPoints: [] };
  const html = md.render(body, env as unknown as Record<string, unknown>);
  return { html, problems: env.problems, exercises: env.exercises, cases: env.cases, mainPoints: env.mainPoints };
}

function createMarkdown(): MarkdownIt {
  const instance = markdownIt({ html: true, linkify: false, typographer: false });
  instance.validateLink = () => true;
  instance.use(anchor, { slugify, tabIndex: false });
  instance.use(container, "voorbeeld", { render: renderVoorbeeld });
  instance.use(container, "trainer", { render: renderTrainer });
  instance.use(container, "oefening", { render: renderExercise });
  instance.use(container, "casus", { render: renderCase });
  instance.core.ruler.push("bouwdepot_points", collectMainPoints);
  instance.core.ruler.push("bouwdepot_checks", checkAndRewrite);
  instance.core.ruler.push("bouwdepot_material", (state) => collectMaterial(state, instance));
  instance.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    const component = token ? HEADING_CLASSES[token.tag] : undefined;
    if (token && component) token.attrJoin("class", component);
    return self.renderToken(tokens, idx, options);
  };
  instance.renderer.rules.table_open = () =>
    '<div class="table-scroll" role="region" aria-label="Tabel; schuif opzij om alles te zien" tabindex="0">\n<table class="utrecht-table utrecht-table--html-table">\n';
  instance.renderer.rules.table_close = () => "</table>\n</div>\n";
  instance.renderer.rules.html_block = (tokens, idx) => instance.utils.escapeHtml(tokens[idx]?.content ?? "");
  instance.renderer.rules.html_inline = (tokens, idx) => instance.utils.escapeHtml(tokens[idx]?.content ?? "");
  return instance;
}

function renderVoorbeeld(tokens: Token[], idx: number): string {
  return tokens[idx]?.nesting === 1 ? '<aside class="voorbeeld" aria-label="Voorbeeld"><p class="voorbeeld__label">Voorbeeld</p>\n' : "</aside>\n";
}

function renderTrainer(tokens: Token[], idx: number): string {
  return tokens[idx]?.nesting === 1
    ? '<aside class="trainer-notitie" aria-label="Notitie voor de trainer"><p class="trainer-notitie__label">Notitie voor de trainer</p>\n'
    : "</aside>\n";
}

function renderExercise(tokens: Token[], idx: number, _options: unknown, env: unknown): string {
  const token = tokens[idx];
  if (token?.nesting !== 1) return "</aside>\n";
  const title = blockTitle(token, "oefening");
  const minutes = (env as RenderEnv).context.exerciseMinutes?.get(title);
  const time = minutes === undefined ? "" : ` · ${minutes} minuten`;
  return `<aside class="oefening" aria-label="Oefening: ${escapeHtml(title)}"><p class="oefening__label">Oefening${time}</p>\n<p class="oefening__titel">${escapeHtml(title)}</p>\n`;
}

function renderCase(tokens: Token[], idx: number): string {
  const token = tokens[idx];
  if (token?.nesting !== 1) return "</aside>\n";
  const title = blockTitle(token, "casus");
  return `<aside class="casus" aria-label="Casus (voorbeeld): ${escapeHtml(title)}"><p class="casus__label">Voorbeeld · casus</p>\n<p class="casus__titel">${escapeHtml(title)}</p>\n`;
}

/** The title after the container's name: `::: oefening Teken de geldroute` gives "Teken de geldroute". */
function blockTitle(token: Token, name: string): string {
  return token.info.trim().slice(name.length).trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The containers a training module's handouts and case cards are made from. */
const MATERIAL = new Map([
  ["container_oefening_open", "oefening"],
  ["container_casus_open", "casus"],
  ["container_voorbeeld_open", "voorbeeld"],
]);

/** Checks every `::: oefening` and `::: casus` block and keeps each one's rendered inside for handouts and cards. */
function collectMaterial(state: StateCore, instance: MarkdownIt): void {
  const env = state.env as unknown as RenderEnv;
  const tokens = state.tokens;
  for (let start = 0; start < tokens.length; start += 1) {
    const open = tokens[start];
    const kind = MATERIAL.get(open?.type ?? "");
    if (!open || !kind) continue;
    const end = closingIndex(tokens, start, kind);
    const title = blockTitle(open, kind);
    const html = instance.renderer.render(tokens.slice(start + 1, end), instance.options, state.env);
    const field = `tekst (regel ${lineOf(open, env)}), ::: ${kind}`;
    const minutes = env.context.exerciseMinutes;
    if (kind === "voorbeeld") {
      if (minutes !== null) env.cases.push({ title: null, html });
    } else if (minutes === null) {
      env.problems.push({ field, expected: `'::: ${kind}' alleen in trainingsmodules`, found: `een blok '::: ${kind}' op een andere pagina` });
    } else if (title === "") {
      env.problems.push({
        field,
        expected: kind === "oefening" ? "de titel van een oefenblok uit het programma na '::: oefening'" : "een titel na '::: casus'",
        found: "geen titel",
      });
    } else if (kind === "casus") {
      env.cases.push({ title, html });
    } else if (!minutes.has(title)) {
      const titles = [...minutes.keys()].map((known) => `"${known}"`).join(", ");
      env.problems.push({
        field,
        expected: `de titel van een blok met kind: oefening uit het programma (${titles || "het programma heeft er geen"})`,
        found: `"${title}"`,
      });
    } else if (env.exercises.some((exercise) => exercise.title === title)) {
      env.problems.push({ field, expected: "één blok '::: oefening' per oefenblok van het programma", found: `een tweede blok voor "${title}"` });
    } else {
      env.exercises.push({ title, minutes: minutes.get(title) ?? 0, html });
    }
  }
}

/** Containers that make a section material for the trainer or the sheets rather than a main point. */
const NOT_A_POINT = new Set(["container_oefening_open", "container_casus_open", "container_trainer_open", "container_voorbeeld_open"]);

/** Keeps each `##` heading whose section opens with a paragraph and holds no exercise, case, example or trainer note. */
function collectMainPoints(state: StateCore): void {
  const env = state.env as unknown as RenderEnv;
  const tokens = state.tokens;
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || token.tag !== "h2") return;
    const next = tokens.findIndex((other, at) => at > index && other.type === "heading_open" && other.tag === "h2");
    const section = tokens.slice(index, next === -1 ? tokens.length : next);
    if (section.some((other) => NOT_A_POINT.has(other.type)) || tokens[index + 3]?.type !== "paragraph_open") return;
    const sentence = splitSentences(inlineText(tokens[index + 4]))[0];
    if (sentence) env.mainPoints.push({ heading: inlineText(tokens[index + 1]), sentence });
  });
}

/** The plain text of an inline token: its text and code, line breaks as spaces. */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? [])
    .map((child) =>
      child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" || child.type === "hardbreak" ? " " : "",
    )
    .join("")
    .trim();
}

function closingIndex(tokens: Token[], start: number, kind: string): number {
  let depth = 0;
  for (let index = start; index < tokens.length; index += 1) {
    const type = tokens[index]?.type;
    if (type === `container_${kind}_open`) depth += 1;
    if (type === `container_${kind}_close` && --depth === 0) return index;
  }
  return tokens.length;
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
      env.problems.push({
        field,
        expected: `koppen zonder niveau over te slaan (na niveau ${previous} hoogstens ${previous + 1})`,
        found: `een kop van niveau ${level}`,
      });
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
    env.problems.push({
      field: `${where}, link "${href.slice(0, 60)}"`,
      expected: "een link naar http(s), mailto, tel, id: of begrip:",
      found: `het niet toegestane schema "${href.split(":")[0]}:"`,
    });
    token.attrSet("href", "#");
    return;
  }
  if (kind === "begrip") {
    rewriteTermLink(where, href, token, env);
    return;
  }
  if (kind !== "id") return;
  const [id = "", fragment] = href.slice(3).split("#");
  const url = env.context.resolveId(id);
  if (url === undefined) {
    env.problems.push({
      field: `${where}, link "${href}"`,
      expected: "het id van een pagina in dezelfde release",
      found: `"${id}", dat in deze release niet bestaat`,
    });
    token.attrSet("href", "#");
    return;
  }
  token.attrSet("href", fragment ? `${url}#${fragment}` : url);
}

function rewriteTermLink(where: string, href: string, token: Token, env: RenderEnv): void {
  const id = href.slice("begrip:".length);
  const url = env.context.resolveTerm(id);
  if (url === undefined) {
    env.problems.push({
      field: `${where}, link "${href}"`,
      expected: "het id van een begrip uit begrippen.yaml van dezelfde release",
      found: `"${id}", dat daar niet staat`,
    });
    token.attrSet("href", "#");
    return;
  }
  token.attrSet("href", url);
}

function checkImage(where: string, token: Token, env: RenderEnv): void {
  const src = String(token.attrGet("src") ?? "");
  const alt = (token.children ?? [])
    .map((child) => child.content)
    .join("")
    .trim();
  if (alt === "") {
    env.problems.push({
      field: `${where}, afbeelding "${src}"`,
      expected: "een beschrijving (alt-tekst) tussen de vierkante haken: ![beschrijving](bestand.png)",
      found: "een afbeelding zonder beschrijving",
    });
  }
  if (classifyLink(src) !== "internal" || src.startsWith("/")) {
    env.problems.push({
      field: `${where}, afbeelding "${src}"`,
      expected: "een afbeelding uit de map content/, met een pad naast deze pagina",
      found: "een afbeelding van elders",
    });
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
