import { Parser } from "htmlparser2";

/** What one HTML page loads or runs, as far as privacy, security and page weight are concerned. */
export interface PageResources {
  /** URLs the page loads: scripts, stylesheets, icons, images, media, frames, objects. */
  loads: string[];
  /** Stylesheets linked with rel=stylesheet. */
  stylesheets: string[];
  /** External scripts with how they load: `blocking` when neither async, defer nor a module. */
  scripts: { src: string; blocking: boolean; inHead: boolean }[];
  /** Number of <script> elements with inline code. */
  inlineScripts: number;
  /** Event-handler attributes such as onclick, with their element. */
  eventHandlers: string[];
}

const LOADING_ATTRIBUTES: Record<string, string[]> = {
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  audio: ["src"],
  video: ["src", "poster"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  input: ["src"],
};

const LOADING_LINK_RELS = new Set(["stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "apple-touch-icon"]);

/** Lists everything a page loads or executes, from its HTML. */
export function pageResources(html: string): PageResources {
  const result: PageResources = { loads: [], stylesheets: [], scripts: [], inlineScripts: 0, eventHandlers: [] };
  let inHead = false;
  let openScript: { hasSrc: boolean; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "head") inHead = true;
        for (const attribute of Object.keys(attributes)) if (/^on/i.test(attribute)) result.eventHandlers.push(`<${name} ${attribute}>`);
        for (const attribute of LOADING_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value)
            result.loads.push(
              ...value
                .split(",")
                .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
                .filter(Boolean),
            );
        }
        if (name === "link") {
          const rels = (attributes.rel ?? "").toLowerCase().split(/\s+/);
          if (rels.some((rel) => LOADING_LINK_RELS.has(rel)) && attributes.href) result.loads.push(attributes.href);
          if (rels.includes("stylesheet") && attributes.href) result.stylesheets.push(attributes.href);
        }
        if (name === "script") {
          openScript = { hasSrc: attributes.src !== undefined, text: "" };
          if (attributes.src) {
            const blocking = attributes.async === undefined && attributes.defer === undefined && attributes.type !== "module";
            result.scripts.push({ src: attributes.src, blocking, inHead });
          }
        }
      },
      ontext(text) {
        if (openScript) openScript.text += text;
      },
      onclosetag(name) {
        if (name === "head") inHead = false;
        if (name === "script" && openScript) {
          if (!openScript.hasSrc || openScript.text.trim() !== "") result.inlineScripts += 1;
          openScript = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return result;
}

/** True when a URL is not a path on this site: it has a scheme (https:, data: …) or is protocol-relative. */
export function isOffSite(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}
