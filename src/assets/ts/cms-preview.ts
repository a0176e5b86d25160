// The editing room's own script (npm run edit only): the site's look in Decap's preview, and a form field for lists
// of "id: text" pairs such as a release's change notes. Decap's bundle defines CMS, h and createClass on window.
import { renderMarkdown, type MarkdownProblem } from "../../content/markdown.ts";

/** The part of an Immutable.js value Decap hands to previews and widgets. */
interface Immutable {
  getIn(path: readonly string[]): unknown;
  toJS?(): unknown;
}

/** Props Decap gives a preview template. */
interface PreviewProps {
  entry: Immutable;
  collection: Immutable;
  getAsset: (path: string) => { toString(): string };
}

/** Props Decap gives a widget's control. */
interface ControlProps {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
}

type Element = unknown;
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface Component<P> {
  props: P;
}

/** The globals of Decap's bundle that this script uses. */
interface DecapWindow {
  CMS: {
    registerPreviewStyle(url: string): void;
    registerPreviewTemplate(name: string, component: unknown): void;
    registerWidget(name: string, control: unknown, preview?: unknown): void;
  };
  h: CreateElement;
  createClass: <P>(spec: { render(this: Component<P>): Element }) => unknown;
}

/** The addresses a preview's `id:` and `begrip:` links go to, by release (served by the editing room). */
interface Addresses {
  /** Page URLs by release and page id. */
  pages: Record<string, Record<string, string>>;
  /** Glossary anchors by release and term id. */
  terms: Record<string, Record<string, string>>;
  /** Where the dev server shows the site. */
  site: string;
}

const decap = window as unknown as DecapWindow;
let addresses: Addresses = { pages: {}, terms: {}, site: "" };
void fetch("/beheer/adressen.json")
  .then((response) => response.json() as Promise<Addresses>)
  .then((loaded) => (addresses = loaded));

/** A value of the entry as text: a string stays, anything else (missing, or a list) is empty. */
function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The release a collection's files belong to, from its folder or file: content/toolkit/<version>/…. */
function releaseOf(props: PreviewProps): string | null {
  const folder = props.collection.getIn(["folder"]) ?? props.collection.getIn(["files", "0", "file"]);
  const match = /content\/toolkit\/([^/]+)\//.exec(text(folder));
  return match?.[1] ?? (props.entry.getIn(["data", "release"]) as string | undefined) ?? null;
}

/** The minutes of each `oefening` block of a training module's programme, by title. */
function exerciseMinutes(entry: Immutable): Map<string, number> | null {
  const programme = entry.getIn(["data", "programme"]) as Immutable | undefined;
  const blocks = programme?.toJS?.() as { title?: string; minutes?: number; kind?: string }[] | undefined;
  if (!blocks) return null;
  return new Map(blocks.filter((block) => block.kind === "oefening" && block.title).map((block) => [block.title ?? "", block.minutes ?? 0]));
}

const Preview = decap.createClass<PreviewProps>({
  render() {
    const { entry, getAsset } = this.props;
    const version = releaseOf(this.props);
    const site = (url: string | undefined): string | undefined => (url === undefined ? undefined : `${addresses.site}${url}`);
    const result = renderMarkdown(text(entry.getIn(["data", "body"])), {
      resolveId: (id) => site(version ? addresses.pages[version]?.[id] : undefined),
      resolveTerm: (id) => site(version ? addresses.terms[version]?.[id] : undefined),
      resolveImage: (file) => getAsset(file).toString(),
      view: "trainer",
      firstLine: 1,
      exerciseMinutes: exerciseMinutes(entry),
    });
    const h = decap.h;
    return h(
      "main",
      { className: "main content-page", lang: "nl" },
      h("h1", null, text(entry.getIn(["data", "title"]))),
      text(entry.getIn(["data", "summary"])) ? h("p", { className: "lead" }, text(entry.getIn(["data", "summary"]))) : null,
      result.problems.length > 0 ? problemList(h, result.problems) : null,
      h("div", { className: "prose", dangerouslySetInnerHTML: { __html: result.html } }),
    );
  },
});

function problemList(h: CreateElement, problems: readonly MarkdownProblem[]): Element {
  return h(
    "div",
    { className: "content-errors", role: "status" },
    h("p", null, h("strong", null, "Let op: de site zou deze tekst zo niet aannemen.")),
    h("ul", null, ...problems.map((problem) => h("li", null, `${problem.field} — verwacht: ${problem.expected}; gevonden: ${problem.found}`))),
  );
}

/** A map of ids to texts (a release's `changes`) as lines "id: text", which a plain text area can hold. */
const MapControl = decap.createClass<ControlProps>({
  render() {
    const { value, onChange, forID, classNameWrapper } = this.props;
    const plain = (value && typeof value === "object" && "toJS" in value ? (value as Immutable).toJS?.() : value) as Record<string, string> | null | undefined;
    const text = Object.entries(plain ?? {})
      .map(([id, why]) => `${id}: ${why}`)
      .join("\n");
    return decap.h("textarea", {
      id: forID,
      className: classNameWrapper,
      rows: 8,
      defaultValue: text,
      onChange: (event: { target: { value: string } }) => onChange(parseLines(event.target.value)),
    });
  },
});

/** Lines "id: text" as an object; lines without a colon are kept under their own text, so the build names them. */
function parseLines(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    if (colon < 0) result[line.trim()] = "";
    else result[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return result;
}

decap.CMS.registerPreviewStyle("/beheer/site.css");
decap.CMS.registerWidget("map", MapControl);
for (const name of (document.documentElement.dataset.collections ?? "").split(" ").filter(Boolean)) decap.CMS.registerPreviewTemplate(name, Preview);
