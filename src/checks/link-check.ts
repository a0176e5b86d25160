import { readFile } from "node:fs/promises";
import path from "node:path";
import { decodeHTMLAttribute } from "entities";
import { fileToUrl } from "../content/urls.ts";
import { listFiles } from "../files/list-files.ts";

/** One internal link or resource reference that does not lead anywhere in the built site. */
export interface BrokenLink {
  /** URL of the page that holds the link. */
  page: string;
  /** The link target as written. */
  href: string;
  /** Why it is broken, in Dutch. */
  problem: string;
}

/** What the link check needs of one HTML page: the ids it defines and the links it holds. */
export interface PageScan {
  /** Element ids and named anchors. */
  ids: string[];
  /** Link and resource targets as written. */
  links: string[];
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  source: ["src"],
  audio: ["src"],
  video: ["src"],
  track: ["src"],
  iframe: ["src"],
  form: ["action"],
};

/**
 * Checks every internal link, resource and #fragment in the HTML files of a built site directory. `known` holds
 * scans the caller already has (pages it rendered or reused), by file path; the other HTML files are read.
 */
export async function checkInternalLinks(outputDir: string, known: ReadonlyMap<string, PageScan> = new Map()): Promise<BrokenLink[]> {
  const files = await listFiles(outputDir);
  const fileSet = new Set(files);
  const htmlFiles = files.filter((file) => file.endsWith(".html"));
  const scans = new Map<string, { ids: Set<string>; links: string[] }>();
  await Promise.all(
    htmlFiles.map(async (file) => {
      const scan = known.get(file) ?? scanHtml(await readFile(path.join(outputDir, file), "utf8"));
      scans.set(file, { ids: new Set(scan.ids), links: scan.links });
    }),
  );
  const broken: BrokenLink[] = [];
  for (const [file, scan] of scans) {
    const pageUrl = fileToUrl(file);
    for (const href of scan.links) {
      const problem = checkLink(href, pageUrl, file, fileSet, scans);
      if (problem) broken.push({ page: pageUrl, href, problem });
    }
  }
  return broken;
}

function checkLink(href: string, pageUrl: string, file: string, files: Set<string>, scans: Map<string, { ids: Set<string> }>): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return undefined;
  const resolved = new URL(href, `https://site.invalid${pageUrl}`);
  const pathname = decodeURIComponent(resolved.pathname);
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  const target = href.startsWith("#") ? file : targetFile(pathname, files);
  if (target === undefined) return "geen pagina of bestand op dat adres";
  if (fragment === "" || !target.endsWith(".html")) return undefined;
  return scans.get(target)?.ids.has(fragment) ? undefined : `de pagina heeft geen kop of anker "#${fragment}"`;
}

function targetFile(pathname: string, files: Set<string>): string | undefined {
  const relative = pathname.replace(/^\/+/, "");
  const candidates = pathname.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

const COMMENT = /<!--[\s\S]*?-->/g;
const OPEN_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The ids and links of one HTML page. A scanner for opening tags instead of a full HTML parser: the link check reads
 * every page of the site, and this is several times faster. Attribute values are decoded as a parser would; a test
 * checks it finds exactly what htmlparser2 finds on every page of the real site.
 */
export function scanHtml(html: string): PageScan {
  const ids = new Set<string>();
  const links: string[] = [];
  for (const tag of html.replace(COMMENT, "").matchAll(OPEN_TAG)) {
    const name = (tag[1] ?? "").toLowerCase();
    const source = tag[2] ?? "";
    const wanted = LINK_ATTRIBUTES[name];
    if (!wanted && !source.includes("id")) continue;
    const attributes = new Map<string, string>();
    for (const attribute of source.matchAll(ATTRIBUTE)) {
      const key = (attribute[1] ?? "").toLowerCase();
      if (!attributes.has(key)) attributes.set(key, decodeHTMLAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? ""));
    }
    const id = attributes.get("id");
    if (id) ids.add(id);
    const anchorName = attributes.get("name");
    if (name === "a" && anchorName) ids.add(anchorName);
    for (const attribute of wanted ?? []) {
      const value = attributes.get(attribute);
      if (value !== undefined && value !== "") links.push(value);
    }
  }
  return { ids: [...ids], links };
}
