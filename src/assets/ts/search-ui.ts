// Search UI of our own on Pagefind's JS API: one bundle per released release plus one for podcast and pages.
import { compareVersions } from "../../content/versions.ts";

interface PagefindSubResult {
  title: string;
  url: string;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  score: number;
  data: () => Promise<PagefindData>;
}

/** The part of Pagefind's JS API the UI uses. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: { filters?: unknown }) => Promise<{ results: PagefindResult[] }>;
}

/** Where the bundles come from: in the browser their URLs, in tests the built files on disk. */
export interface BundleSource {
  /** Imports the pagefind.js of one bundle and initialises it with baseUrl "/". */
  load: (name: string) => Promise<Pagefind>;
  /** The path that mergeIndex needs for a bundle. */
  path: (name: string) => string;
}

/** A result shown to the reader, merged across releases when searching all versions. */
export interface Shown {
  /** The page in the newest release it was found in. */
  data: PagefindData;
  /** Every release the page was found in, newest first, with its address there. */
  releases: { version: string; url: string; data: PagefindData }[];
}

const GENERAL = "algemeen";

/** Results in a first part: what fits on a desktop screen below the header (3 of its 5). Each costs a fragment download. */
const FIRST_PART = 3;

/** Options of every bundle's index, the first one's and those merged into it alike. */
const INDEX_OPTIONS = { excerptLength: 24 };

/** The browser's bundles: /zoeken/index/<name>/, searched on the main thread (a worker would be one more download). */
const browserSource: BundleSource = {
  load: async (name) => {
    const module = (await import(`/zoeken/index/${name}/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: "/", noWorker: true });
    await module.init();
    return module;
  },
  path: (name) => `/zoeken/index/${name}/`,
};

/**
 * One Pagefind instance per source. The first bundle searched is its primary index and the only one that loads
 * pagefind.js and the wasm; every other bundle is merged in with mergeIndex when a scope first needs it, which costs
 * just its entry and meta files. (Separate instances would each download the wasm again, ~60 KB.)
 */
interface Instance {
  pagefind: Promise<Pagefind>;
  /** Bundles in the instance, by name: settled once merged. */
  bundles: Map<string, Promise<void>>;
}

const instances = new WeakMap<BundleSource, Instance>();

function instanceFor(source: BundleSource, primary: string): Instance {
  let instance = instances.get(source);
  if (!instance) {
    const pagefind = source.load(primary).then(async (module) => {
      await module.options(INDEX_OPTIONS);
      return module;
    });
    instance = { pagefind, bundles: new Map([[primary, pagefind.then(() => undefined)]]) };
    instances.set(source, instance);
  }
  return instance;
}

/** The releases that can be searched (newest first), read from the form. */
function releasesOf(form: HTMLElement): string[] {
  return (form.dataset.releases ?? "").split(",").filter(Boolean);
}

function scopeBundles(scope: string, releases: readonly string[]): string[] {
  if (scope === "alle") return [...releases, GENERAL];
  const release = releases.includes(scope) ? scope : releases[0];
  return release ? [release, GENERAL] : [GENERAL];
}

/** Starts loading Pagefind with the bundle a scope searches first, so that it is ready when the reader has typed. */
function prepare(scope: string, releases: readonly string[]): void {
  instanceFor(browserSource, scopeBundles(scope, releases)[0] ?? GENERAL);
}

/**
 * Runs one query over the bundles of a scope and returns the merged results, best first, each page once. When some of
 * those bundles are not merged in yet, `early` first gets the best few results of those that are (the release being
 * read), and only then are the others loaded: the first results need no byte of them.
 */
export async function search(
  query: string,
  scope: string,
  releases: readonly string[],
  limit: number,
  source: BundleSource = browserSource,
  early?: (shown: Shown[]) => void,
): Promise<Shown[]> {
  const names = scopeBundles(scope, releases);
  const instance = instanceFor(source, names[0] ?? GENERAL);
  const pagefind = await instance.pagefind;
  const missing = names.filter((name) => !instance.bundles.has(name)).length;
  if (early && missing > 0 && missing < names.length) early(await ranked(pagefind, instance, query, scope, names, Math.min(limit, FIRST_PART)));
  for (const name of names) {
    if (!instance.bundles.has(name)) instance.bundles.set(name, pagefind.mergeIndex(source.path(name), INDEX_OPTIONS));
  }
  await Promise.all(names.map((name) => instance.bundles.get(name) ?? Promise.resolve()));
  return ranked(pagefind, instance, query, scope, names, limit);
}

async function ranked(pagefind: Pagefind, instance: Instance, query: string, scope: string, names: readonly string[], limit: number): Promise<Shown[]> {
  // Filters cost a download per filter; they are needed only when the instance also holds bundles outside the scope.
  const release = names.find((name) => name !== GENERAL);
  const narrow = [...instance.bundles.keys()].some((name) => !names.includes(name));
  const filters = narrow ? { any: [...(release ? [{ release }] : []), { soort: { any: ["podcast", "pagina"] } }] } : undefined;
  const results = (await pagefind.search(query, filters ? { filters } : {})).results;
  // Each result's data is one fragment download: fetch only what is shown, plus spares to merge releases in "alle".
  const found = await Promise.all(results.slice(0, scope === "alle" ? limit * 2 : limit).map((result) => result.data()));
  const shown: Shown[] = [];
  const byPage = new Map<string, Shown>();
  for (const data of found) {
    const key = data.meta.pagina ? `pagina:${data.meta.pagina}` : data.url;
    const version = data.meta.release;
    const existing = byPage.get(key);
    if (existing) {
      if (version && !existing.releases.some((entry) => entry.version === version)) existing.releases.push({ version, url: data.url, data });
      continue;
    }
    if (shown.length >= limit) continue;
    const entry: Shown = { data, releases: version ? [{ version, url: data.url, data }] : [] };
    byPage.set(key, entry);
    shown.push(entry);
  }
  for (const entry of shown) {
    entry.releases.sort((a, b) => compareVersions(b.version, a.version));
    entry.data = entry.releases[0]?.data ?? entry.data;
  }
  return shown;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Copies Pagefind's excerpt as text, keeping only its <mark> highlights. */
function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element("p", undefined, { class: "search-result__excerpt" });
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstElementChild;
  for (const node of parsed?.childNodes ?? []) {
    paragraph.append(node.nodeName === "MARK" ? element("mark", node.textContent ?? "") : document.createTextNode(node.textContent ?? ""));
  }
  return paragraph;
}

function describeScope(scope: string, releases: readonly string[]): string {
  if (scope === "alle") return "alle releases";
  const release = releases.includes(scope) ? scope : releases[0];
  return release ? `release ${release} en de podcast` : "de podcast";
}

/** Where results are shown: the search page (results are h3 under its h2) or the header's panel (no headings). */
type Place = "page" | "panel";

/** The address of the search page for a query in a scope. */
function searchPageUrl(query: string, scope: string): string {
  return `/zoeken/?${new URLSearchParams({ q: query, versie: scope }).toString()}`;
}

/** What a result says under its title: a tool's own description (its search words are not for reading), else Pagefind's excerpt. */
function snippet(data: PagefindData): HTMLParagraphElement {
  const description = data.meta.beschrijving;
  return description ? element("p", description, { class: "search-result__excerpt" }) : excerpt(data.excerpt);
}

/** When nothing is found: the way to search wider (unless all releases were searched) and, in the panel, to the page's help. */
function nothingFound(container: HTMLElement, query: string, scope: string, place: Place): void {
  if (scope !== "alle") {
    const wider = element("p");
    wider.append(element("a", "Zoek in alle releases", { href: searchPageUrl(query, "alle") }));
    container.append(wider);
  }
  if (place === "panel") {
    const help = element("p");
    help.append(element("a", "Hulpmiddelen en A–Z op de zoekpagina", { href: searchPageUrl(query, scope) }));
    container.append(help);
  }
}

/**
 * Renders results into a container. The complete list is announced with its count; a first part (while more bundles
 * load) is shown with the container marked busy and a status that says the search goes on.
 */
function render(
  container: HTMLElement,
  status: HTMLElement,
  query: string,
  scope: string,
  releases: readonly string[],
  results: readonly Shown[],
  complete: boolean,
  place: Place,
): void {
  const where = describeScope(scope, releases);
  if (!complete) status.textContent = `Zoeken in ${where}…`;
  else if (results.length === 0) status.textContent = `Geen resultaten voor "${query}" in ${where}.`;
  else status.textContent = `${results.length} ${results.length === 1 ? "resultaat" : "resultaten"} voor "${query}" in ${where}.`;
  if (complete) container.removeAttribute("aria-busy");
  else container.setAttribute("aria-busy", "true");
  const focused =
    document.activeElement instanceof HTMLAnchorElement && container.contains(document.activeElement) ? document.activeElement.getAttribute("href") : null;
  const list = element("ol", undefined, { class: "search-results" });
  for (const { data, releases: found } of results) {
    const item = element("li", undefined, { class: "search-result" });
    const heading = element(place === "page" ? "h3" : "p", undefined, { class: "search-result__title" });
    heading.append(element("a", data.meta.title ?? data.url, { href: data.url }));
    const meta = [data.meta.release ? `Release ${data.meta.release}` : undefined, data.meta.sectie].filter(Boolean).join(" · ");
    item.append(heading, element("p", meta, { class: "search-result__meta" }), snippet(data));
    const others = found.slice(1);
    if (others.length > 0) {
      const also = element("p", "Ook in: ", { class: "search-result__also" });
      others.forEach((other, index) => {
        if (index > 0) also.append(", ");
        also.append(element("a", `release ${other.version}`, { href: other.url }));
      });
      item.append(also);
    }
    // Sections of the page, not the page itself (a tool found at an anchor has itself as its only sub-result).
    const subs = data.sub_results.filter((sub) => sub.url.includes("#") && sub.url !== data.url).slice(0, 3);
    if (subs.length > 0) {
      const sublist = element("ul", undefined, { class: "search-result__sub" });
      for (const sub of subs) {
        const li = element("li");
        li.append(element("a", sub.title, { href: sub.url }));
        sublist.append(li);
      }
      item.append(sublist);
    }
    list.append(item);
  }
  container.replaceChildren(list);
  if (complete && results.length === 0) nothingFound(container, query, scope, place);
  if (place === "panel" && results.length > 0) {
    const more = element("p");
    more.append(element("a", "Alle resultaten op de zoekpagina", { href: searchPageUrl(query, scope) }));
    container.append(more);
  }
  // A reader who already tabbed to a result of the first part keeps focus on it when the complete list replaces it.
  if (focused) [...container.querySelectorAll("a")].find((link) => link.getAttribute("href") === focused)?.focus();
}

/** Tells the reader that the search failed (e.g. the connection dropped while the index loaded). */
function fail(container: HTMLElement, status: HTMLElement): void {
  container.removeAttribute("aria-busy");
  status.textContent = "Zoeken lukt nu niet. Controleer de verbinding en probeer het opnieuw.";
}

function debounce(action: () => void, wait: number): () => void {
  let timer: number | undefined;
  return () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, wait);
  };
}

/** Header field: shows the best results below the header while the reader types. */
export function attachHeader(form: HTMLFormElement): void {
  const field = form.querySelector<HTMLInputElement>('input[name="q"]');
  const scope = form.querySelector<HTMLInputElement>('input[name="versie"]')?.value ?? "";
  if (!field) return;
  const panel = element("div", undefined, { class: "search-panel", id: "zoekpaneel", hidden: "" });
  const status = element("p", undefined, { class: "search-panel__status", role: "status" });
  const results = element("div");
  panel.append(status, results);
  form.after(panel);
  field.setAttribute("aria-controls", "zoekpaneel");
  const releases = releasesOf(form);
  // Pagefind loads from the first keystroke on (not on focus alone), so that it is ready once a query runs.
  if (field.value === "") field.addEventListener("input", () => prepare(scope, releases), { once: true });
  else prepare(scope, releases);
  let latest = 0;
  const run = debounce(() => {
    const query = field.value.trim();
    const ticket = ++latest;
    if (query.length < 2) {
      panel.hidden = true;
      return;
    }
    const show = (shown: Shown[], complete: boolean): void => {
      if (ticket !== latest) return;
      panel.hidden = false;
      render(results, status, query, scope, releases, shown, complete, "panel");
    };
    search(query, scope, releases, 5, browserSource, (shown) => show(shown, false)).then(
      (shown) => show(shown, true),
      () => {
        if (ticket !== latest) return;
        panel.hidden = false;
        fail(results, status);
      },
    );
  }, 30);
  field.addEventListener("input", run);
  field.addEventListener("keydown", (event) => {
    if (event.key === "Escape") panel.hidden = true;
  });
  if (field.value.trim().length >= 2) run();
}

/** The /zoeken/ page: reads q and versie from the address, searches, and keeps the address in step. */
export function attachPage(form: HTMLFormElement, container: HTMLElement, status: HTMLElement): void {
  const releases = releasesOf(form);
  const field = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!field) return;
  const params = new URLSearchParams(window.location.search);
  field.value = params.get("q") ?? "";
  const wanted = params.get("versie") ?? releases[0] ?? "alle";
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="versie"]')];
  const match = radios.find((radio) => radio.value === wanted) ?? radios[0];
  if (match) match.checked = true;
  prepare(match?.value ?? "alle", releases);
  const helps = [...document.querySelectorAll<HTMLElement>(".search-help[data-release]")];
  // The tools and A–Z of the release searched (the newest for "alle"), shown before a query and when it finds nothing.
  const help = (scope: string, shown: boolean): void => {
    const version = releases.includes(scope) ? scope : releases[0];
    for (const section of helps) section.hidden = !shown || section.dataset.release !== version;
  };
  let latest = 0;
  const run = (): void => {
    const query = field.value.trim();
    const scope = radios.find((radio) => radio.checked)?.value ?? "alle";
    window.history.replaceState(null, "", searchPageUrl(query, scope));
    const ticket = ++latest;
    if (query === "") {
      status.textContent = "Typ een zoekterm.";
      container.replaceChildren();
      help(scope, true);
      return;
    }
    const show = (shown: Shown[], complete: boolean): void => {
      if (ticket !== latest) return;
      render(container, status, query, scope, releases, shown, complete, "page");
      help(scope, complete && shown.length === 0);
    };
    search(query, scope, releases, 30, browserSource, (shown) => show(shown, false)).then(
      (shown) => show(shown, true),
      () => {
        if (ticket === latest) fail(container, status);
      },
    );
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.addEventListener("change", run);
  field.addEventListener("input", debounce(run, 150));
  run();
}
