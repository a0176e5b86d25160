import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { stringify } from "yaml";
import { buildAssets, bundleScript } from "../assets/build-assets.ts";
import type { SiteContent } from "../content/model.ts";
import { cmsConfig, type CmsBackend, type CmsCollection } from "./cms-config.ts";

/** One file of the editing room: its type and bytes. */
export interface RoomFile {
  /** The Content-Type it is served with. */
  type: string;
  /** Its bytes. */
  bytes: Uint8Array;
}

/**
 * The editing room's own policy: Decap's bundle needs `'unsafe-eval'` and inline styles, and talks to its backend
 * (`api`: the forge's API origin on an admin host; itself under npm run edit). It applies to /beheer/ only; the
 * reader pages keep their own, stricter policy.
 */
export function editRoomCsp(api: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...api].join(" "),
    "frame-src 'self' blob: about:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Decap's login screen shows "Ga terug naar site" in grey on grey (3.4:1); this raises it to the 4.5:1 WCAG AA asks. */
const EDIT_ROOM_CSS = `[class*="-ButtonText"] { color: #4a5260 !important; }\n`;

/**
 * Every file of the editing room under /beheer/, by address: the page, Decap's bundle and its chunks, the
 * configuration generated from the schemas for `backend`, our preview script, the site's stylesheet for the preview,
 * and where each page id and glossary term of each release is on `siteUrl`, for links in the preview.
 */
export async function editRoomFiles(content: SiteContent, backend: CmsBackend, siteUrl: string): Promise<Map<string, RoomFile>> {
  const releases = content.releases.map((release) => ({ version: release.version, status: release.status }));
  const config = cmsConfig({ releases }, backend);
  const collections = config.collections as CmsCollection[];
  const [assets, script, decap] = await Promise.all([buildAssets(), bundleScript("cms-preview", "iife"), decapFiles()]);
  const files = new Map<string, RoomFile>([
    ["/beheer/", { type: "text/html; charset=utf-8", bytes: utf8(page(collections)) }],
    ["/beheer/config.yml", { type: "text/yaml; charset=utf-8", bytes: utf8(stringify({ ...config, site_url: siteUrl })) }],
    ["/beheer/beheer.js", { type: "text/javascript; charset=utf-8", bytes: script }],
    ["/beheer/beheer.css", { type: "text/css; charset=utf-8", bytes: utf8(EDIT_ROOM_CSS) }],
    ["/beheer/site.css", { type: "text/css; charset=utf-8", bytes: assets.css.contents }],
    ["/beheer/adressen.json", { type: "application/json", bytes: utf8(JSON.stringify(previewAddresses(content, siteUrl))) }],
  ]);
  for (const [name, bytes] of decap) files.set(`/beheer/decap/${name}`, { type: "text/javascript; charset=utf-8", bytes });
  return files;
}

/** The collections of the local editing room, which its backend needs to know each file's fields. */
export function localCollections(content: SiteContent): CmsCollection[] {
  const releases = content.releases.map((release) => ({ version: release.version, status: release.status }));
  return cmsConfig({ releases }, { kind: "local", url: "" }).collections as CmsCollection[];
}

/** The editing room's page: Decap's bundle, then our script; the collections that get the site's preview. */
function page(collections: readonly CmsCollection[]): string {
  return `<!doctype html>
<html lang="nl" data-collections="${collections.map((collection) => collection.name).join(" ")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Beheer · Het Bouwdepot toolkit</title>
<link rel="stylesheet" href="/beheer/beheer.css">
</head>
<body>
<noscript>De beheeromgeving werkt alleen met JavaScript aan.</noscript>
<script src="/beheer/decap/decap-cms.js"></script>
<script src="/beheer/beheer.js"></script>
</body>
</html>
`;
}

/** Where each page id and glossary term of each release is on the site, for the preview's links. */
export function previewAddresses(
  content: SiteContent,
  site: string,
): { pages: Record<string, Record<string, string>>; terms: Record<string, Record<string, string>>; site: string } {
  const pages: Record<string, Record<string, string>> = {};
  const terms: Record<string, Record<string, string>> = {};
  for (const entry of content.pages) (pages[entry.version] ??= {})[entry.data.id] = entry.url;
  for (const release of content.releases)
    for (const term of release.glossary) (terms[release.version] ??= {})[term.id] = `/toolkit/${release.version}/begrippen/#${term.id}`;
  return { pages, terms, site };
}

/** Decap's bundle and the chunks it loads from beside itself (no source maps). */
async function decapFiles(): Promise<Map<string, Uint8Array>> {
  const dir = path.dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));
  const names = (await readdir(dir)).filter((name) => name.endsWith("decap-cms.js"));
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name))] as const)));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
