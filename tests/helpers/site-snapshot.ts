import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { listFiles } from "../../src/files/list-files.ts";

/**
 * Every file of a built site with its bytes, to compare two builds exactly. Pagefind's bundles are compared by what
 * they index (their decoded fragments, per bundle) rather than by bytes: Pagefind indexes pages in parallel, so two
 * runs over the same pages may order the index files differently. For the same reason an offline kit's list of files
 * (offline.json) is compared without its search files, its size and its revision, which hash those files' bytes.
 * `skip` leaves files out (e.g. a dev server's own).
 */
export async function siteSnapshot(dir: string, skip: (file: string) => boolean = () => false): Promise<Map<string, string>> {
  const files = (await listFiles(dir)).filter((file) => !skip(file));
  const snapshot = new Map<string, string>();
  const fragments = new Map<string, string[]>();
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    const bundle = /^zoeken\/index\/([^/]+)\/fragment\//.exec(file)?.[1];
    if (bundle !== undefined) fragments.set(bundle, [...(fragments.get(bundle) ?? []), gunzipSync(bytes).toString("utf8")]);
    else if (file.endsWith("/offline.json")) snapshot.set(file, withoutSearchFiles(bytes.toString("utf8")));
    else if (!file.startsWith("zoeken/index/")) snapshot.set(file, bytes.toString("base64"));
  }
  for (const [bundle, list] of fragments) snapshot.set(`zoeken/index/${bundle}/ (fragments)`, JSON.stringify(list.sort()));
  return snapshot;
}

function withoutSearchFiles(manifest: string): string {
  const { urls, version } = JSON.parse(manifest) as { urls: string[]; version: string };
  return JSON.stringify({ version, urls: urls.filter((url) => !url.startsWith("/zoeken/index/")) });
}
