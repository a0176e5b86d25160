import { readFile } from "node:fs/promises";
import path from "node:path";
import { Parser } from "htmlparser2";
import { describe, expect, inject, it } from "vitest";
import { scanHtml, type PageScan } from "../../src/checks/link-check.ts";
import { listFiles } from "../helpers/site-files.ts";

const LINKS: Record<string, string[]> = {
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

/** What a full HTML parser finds: the reference the fast scanner must match. */
function parsedScan(html: string): PageScan {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === "a" && attributes.name) ids.add(attributes.name);
      for (const attribute of LINKS[name] ?? []) {
        const value = attributes[attribute];
        if (value !== undefined && value !== "") links.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return { ids: [...ids], links };
}

describe("the link check's page scanner", () => {
  it.each([
    ["the real site", inject("realSiteDir")],
    ["the fixture preview", inject("previewSiteDir")],
  ])("finds exactly the ids and links a full HTML parser finds on every page of %s", async (_name, dir) => {
    const pages = (await listFiles(dir)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const html = await readFile(path.join(dir, page), "utf8");
      expect(scanHtml(html), page).toEqual(parsedScan(html));
    }
  });

  it("decodes entities, skips comments and reads unquoted and single-quoted values", () => {
    const html = `<!-- <a href="/weg/"> --><a href='/a/?x=1&amp;y=2' id=kop>x</a><img src=/b.png alt="B"><p id="p&#45;1">`;
    expect(scanHtml(html)).toEqual(parsedScan(html));
    expect(scanHtml(html)).toEqual({ ids: ["kop", "p-1"], links: ["/a/?x=1&y=2", "/b.png"] });
  });
});
