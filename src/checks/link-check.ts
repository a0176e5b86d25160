import { readFile } from "node:fs/promises";
import path from "node:path";
import { Parser } from "htmlparser2";
import { listFiles } from "../output/list-files.ts";

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

function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The ids and links of one HTML page. */
export function scanHtml(html: string): PageScan {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === "a" && attributes.name) ids.add(attributes.name);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined && value !== "") links.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return { ids: [...ids], links };
}
