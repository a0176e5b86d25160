import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkInternalLinks } from "../../../src/checks/link-check.ts";

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "links-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

describe("checkInternalLinks", () => {
  it("accepts links to pages, directories, files and existing anchors", async () => {
    const dir = await site({
      "index.html":
        '<a href="/a/">a</a><a href="/a">a</a><a href="a/#kop">kop</a><a href="#top">top</a><img src="/x.png" alt="x"><a href="https://elders.example/">e</a><p id="top"></p>',
      "a/index.html": '<h2 id="kop">Kop</h2>',
      "x.png": "png",
    });
    expect(await checkInternalLinks(dir)).toEqual([]);
  });

  it("reports missing pages, files and anchors with the page that links to them", async () => {
    const dir = await site({
      "index.html": '<a href="/weg/">weg</a><link rel="stylesheet" href="/style.css"><a href="/a/#nergens">x</a>',
      "a/index.html": "<p>a</p>",
    });
    expect(await checkInternalLinks(dir)).toEqual([
      { page: "/", href: "/weg/", problem: "geen pagina of bestand op dat adres" },
      { page: "/", href: "/style.css", problem: "geen pagina of bestand op dat adres" },
      { page: "/", href: "/a/#nergens", problem: 'de pagina heeft geen kop of anker "#nergens"' },
    ]);
  });
});
