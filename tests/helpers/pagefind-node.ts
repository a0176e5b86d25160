import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BundleSource, Pagefind } from "../../src/assets/ts/search-ui.ts";

const sites: string[] = [];
const realFetch = globalThis.fetch;

/** Serves "/<site number>/…" from that site's directory, so Pagefind in Node reads its files from disk. */
function installFetch(): void {
  if (globalThis.fetch !== realFetch) return;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), "http://pagefind.invalid/");
    const [, siteNumber = "", ...rest] = decodeURIComponent(url.pathname).split("/");
    const dir = sites[Number(siteNumber)];
    if (dir === undefined) return realFetch(input);
    try {
      return new Response(await readFile(path.join(dir, ...rest)), { status: 200 });
    } catch {
      return new Response("niet gevonden", { status: 404 });
    }
  };
}

/** A bundle source that imports the generated pagefind.js of a built site in Node, reading its files from disk. */
export function pagefindSource(siteDir: string): BundleSource {
  installFetch();
  const siteNumber = sites.push(siteDir) - 1;
  return {
    load: async (name) => {
      const module = (await import(`${pathToFileURL(path.join(siteDir, "zoeken", "index", name, "pagefind.js")).href}?site=${siteNumber}`)) as Pagefind;
      await module.options({ baseUrl: "/", basePath: `/${siteNumber}/zoeken/index/${name}/` });
      await module.init();
      return module;
    },
    path: (name) => `/${siteNumber}/zoeken/index/${name}/`,
  };
}
