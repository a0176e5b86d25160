// Search UI of our own on Pagefind's JS API: one bundle per released release plus one for podcast and pages.
import { compareVersions } from "../../toolkit/versions.ts";

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
  mergeIndex: (indexPath: string) => Promise<void>;
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

/** The browser's bundles: /zoeken/index/<name>/. */
const browserSource: BundleSource = {
  load: async (name) => {
    const module = (await import(`/zoeken/index/${name}/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: "/", excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  },
  path: (name) => `/zoeken/index/${name}/`,
};

/**
 * One Pagefind instance per source: the first bundle searched is its primary index, every other bundle is merged in
 * when a scope first needs it, so the wasm and pagefind.js load once. Scopes narrow the merged index with filters.
 */
const instances = new WeakMap<BundleSource, { primary: Promise<Pagefind>; merged: Map<string, Promise<void>> }>();

async function pagefindFor(names: readonly string[], source: BundleSource): Promise<Pagefind> {
  let entry = instances.get(source);
  if (!entry) {
    const first = names[0] ?? GENERAL;
    entry = { primary: source.load(first), merged: new Map([[first, Promise.resolve()]]) };
    instances.set(source, entry);
  }
  const pagefind = await entry.primary;
  for (const name of names) {
    if (!entry.merged.has(name)) entry.merged.set(name, pagefind.mergeIndex(source.path(name)));
  }
  await Promise.all(names.map((name) => entry.merged.get(name)));
  return pagefind;
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

/** Runs one query over the bundles of a scope and returns the merged results, best first, each page once. */
export async function search(query: string, scope: string, releases: readonly string[], limit: number, source: BundleSource = browserSource): Promise<Shown[]> {
  const names = scopeBundles(scope, releases);
  const pagefind = await pagefindFor(names, source);
  const release = names.find((name) => name !== GENERAL);
  const filters = scope === "alle" ? undefined : { any: [...(release ? [{ release }] : []), { soort: { any: ["podcast", "pagina"] } }] };
  const ranked = (await pagefind.search(query, filters ? { filters } : {})).results;
  const shown: Shown[] = [];
  const byPage = new Map<string, Shown>();
  // Each result's data is one fragment download: fetch only what is shown, plus spares to merge releases in "alle".
  for (const result of ranked.slice(0, scope === "alle" ? limit * 2 : limit)) {
    const data = await result.data();
    const key = data.meta.pagina ? `pagina:${data.meta.pagina}` : data.url;
    const release = data.meta.release;
    const existing = byPage.get(key);
    if (existing) {
      if (release && !existing.releases.some((entry) => entry.version === release)) existing.releases.push({ version: release, url: data.url, data });
      continue;
    }
    if (shown.length >= limit) continue;
    const entry: Shown = { data, releases: release ? [{ version: release, url: data.url, data }] : [] };
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
  if (scope === "alle") return "alle versies";
  const release = releases.includes(scope) ? scope : releases[0];
  return release ? `release ${release} en de podcast` : "de podcast";
}

/** Renders results into a container and announces their number. */
export function render(container: HTMLElement, status: HTMLElement, query: string, scope: string, releases: readonly string[], results: readonly Shown[], allUrl?: string): void {
  const where = describeScope(scope, releases);
  status.textContent = results.length === 0 ? `Geen resultaten voor "${query}" in ${where}.` : `${results.length} ${results.length === 1 ? "resultaat" : "resultaten"} voor "${query}" in ${where}.`;
  const list = element("ol", undefined, { class: "search-results" });
  for (const { data, releases: found } of results) {
    const item = element("li", undefined, { class: "search-result" });
    const heading = element("h3");
    heading.append(element("a", data.meta.title ?? data.url, { href: data.url }));
    const meta = [data.meta.release ? `Release ${data.meta.release}` : undefined, data.meta.sectie].filter(Boolean).join(" · ");
    item.append(heading, element("p", meta, { class: "search-result__meta" }), excerpt(data.excerpt));
    const others = found.slice(1);
    if (others.length > 0) {
      const also = element("p", "Ook in: ", { class: "search-result__also" });
      others.forEach((other, index) => {
        if (index > 0) also.append(", ");
        also.append(element("a", `release ${other.version}`, { href: other.url }));
      });
      item.append(also);
    }
    const subs = data.sub_results.filter((sub) => sub.url.includes("#")).slice(0, 3);
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
  if (allUrl && results.length > 0) {
    const more = element("p");
    more.append(element("a", "Alle resultaten op de zoekpagina", { href: allUrl }));
    container.append(more);
  }
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
  let latest = 0;
  const run = debounce(() => {
    const query = field.value.trim();
    const ticket = ++latest;
    if (query.length < 2) {
      panel.hidden = true;
      return;
    }
    void search(query, scope, releases, 5).then((shown) => {
      if (ticket !== latest) return;
      panel.hidden = false;
      render(results, status, query, scope, releases, shown, `/zoeken/?${new URLSearchParams({ q: query, versie: scope }).toString()}`);
    });
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
  let latest = 0;
  const run = (): void => {
    const query = field.value.trim();
    const scope = radios.find((radio) => radio.checked)?.value ?? "alle";
    window.history.replaceState(null, "", `/zoeken/?${new URLSearchParams({ q: query, versie: scope }).toString()}`);
    const ticket = ++latest;
    if (query === "") {
      status.textContent = "Typ een zoekterm.";
      container.replaceChildren();
      return;
    }
    void search(query, scope, releases, 30).then((shown) => {
      if (ticket === latest) render(container, status, query, scope, releases, shown);
    });
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.addEventListener("change", run);
  field.addEventListener("input", debounce(run, 150));
  run();
}
