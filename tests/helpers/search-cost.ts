import type { Page } from "playwright-core";

/** What one query typed into the header search field costs, counted in the browser. */
export interface SearchCost {
  /** KB over the wire (headers and compressed bodies) when the first results were on screen. */
  firstKb: number;
  /** KB over the wire when the complete list was on screen. */
  completeKb: number;
  /** Milliseconds from the last keystroke to the complete list. */
  ms: number;
  /** The status line while the first results were shown ("Zoeken in …"); the final one when there was no first part. */
  firstStatus: string;
  /** The files fetched until the first results were on screen. */
  firstFiles: string[];
  /** The files fetched until the complete list was on screen. */
  completeFiles: string[];
}

/** One render of the results, as the page recorded it. */
interface Render {
  files: string[];
  busy: boolean;
  status: string;
  results: number;
}

/**
 * Types `query` into the header search field of the open page and measures what it costs. The page records, at each
 * render of the results, which files it fetched since typing began; the response sizes come from the network.
 */
export async function searchCost(page: Page, query: string): Promise<SearchCost> {
  const wire = new Map<string, Promise<number>>();
  const listener = (response: import("playwright-core").Response): void => {
    wire.set(
      response.url(),
      response
        .request()
        .sizes()
        .then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize),
    );
  };
  page.on("response", listener);
  await page.locator("#zoekveld").fill("");
  await page.evaluate(() => {
    const start = performance.now();
    const state = window as unknown as { renders: Render[]; observer?: MutationObserver };
    state.renders = [];
    state.observer?.disconnect();
    state.observer = new MutationObserver(() => {
      const container = document.querySelector(".search-panel .search-results")?.parentElement;
      if (!container) return;
      const files = performance.getEntriesByType("resource").filter((entry) => entry.startTime >= start);
      const status = document.querySelector(".search-panel__status")?.textContent ?? "";
      const results = container.querySelectorAll(".search-result").length;
      state.renders.push({ files: files.map((entry) => entry.name), busy: container.getAttribute("aria-busy") === "true", status, results });
    });
    state.observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  await page.locator("#zoekveld").pressSequentially(query);
  const typed = performance.now();
  await page.waitForFunction((text) => document.querySelector(".search-panel__status")?.textContent?.includes(`"${text}"`) === true, query);
  const ms = performance.now() - typed;
  const renders = await page.evaluate(() => (window as unknown as { renders: Render[] }).renders);
  page.off("response", listener);
  const kb = async (files: readonly string[]): Promise<number> =>
    (await Promise.all([...new Set(files)].map((file) => wire.get(file) ?? Promise.resolve(0)))).reduce((sum, bytes) => sum + bytes, 0) / 1024;
  const complete = renders.findLast((render) => !render.busy && render.status.includes(`"${query}"`)) ?? renders.at(-1);
  const first = renders.find((render) => render.busy && render.results > 0) ?? complete;
  return {
    firstKb: await kb(first?.files ?? []),
    completeKb: await kb(complete?.files ?? []),
    ms,
    firstStatus: first?.status ?? "",
    firstFiles: first?.files ?? [],
    completeFiles: complete?.files ?? [],
  };
}
