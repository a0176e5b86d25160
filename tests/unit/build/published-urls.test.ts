import { describe, expect, it } from "vitest";
import { addressErrors, publishedUrls } from "../../../src/build/published-urls.ts";

describe("published addresses", () => {
  it("are the pages and files of the output, without search fragments, hashed assets or host configuration", () => {
    expect(publishedUrls(["index.html", "over/index.html", "podcast/feed.xml", "zoeken/index/2.0/pagefind.js", "assets/main-1234.css", "_redirects"])).toEqual([
      "/",
      "/over/",
      "/podcast/feed.xml",
    ]);
  });

  it("leave out the downloads and their hash files, which the build writes after it checked the addresses", () => {
    const downloads = [
      "toolkit/2.0/afdrukken/toolkit-2.0-2026-12-07.pdf",
      "toolkit/2.0/toolkit-2.0-2026-12-07.zip",
      "toolkit/2.0/samenvatting/samenvatting-2.0-2026-12-07.pdf",
    ];
    expect(publishedUrls(["toolkit/2.0/index.html", ...downloads, ...downloads.map((file) => `${file}.sha256`), "toolkit/2.0/offline.json"])).toEqual([
      "/toolkit/2.0/",
    ]);
  });

  it("must keep answering: a ledger address without a page or fallback page is an error naming it", () => {
    const errors = addressErrors({ ledger: ["/", "/weg/"], redirects: [], outputFiles: ["index.html"], fallbackUrls: new Set(), redirectedUrls: new Set() });
    expect(errors.map((error) => [error.file, error.field])).toEqual([["content/ledger.txt", "/weg/"]]);
  });

  it("count an address the host redirects as answered, also a file address without a fallback page", () => {
    const audio = { from: "/podcast/oud/aflevering.mp3", to: "/podcast/", why: "Weg." };
    expect(
      addressErrors({
        ledger: [audio.from],
        redirects: [audio],
        outputFiles: ["podcast/index.html"],
        fallbackUrls: new Set(),
        redirectedUrls: new Set([audio.from]),
      }),
    ).toEqual([]);
    const stillThere = addressErrors({
      ledger: [],
      redirects: [audio],
      outputFiles: ["podcast/index.html", "podcast/oud/aflevering.mp3"],
      fallbackUrls: new Set(),
      redirectedUrls: new Set([audio.from]),
    });
    expect(stillThere.map((error) => error.field)).toEqual(["[1].from"]);
  });

  it("accept a declared redirect only from an address without a page, to a page", () => {
    const redirect = { from: "/oud/", to: "/nieuw/", why: "Verplaatst." };
    const ok = addressErrors({
      ledger: ["/oud/"],
      redirects: [redirect],
      outputFiles: ["oud/index.html", "nieuw/index.html"],
      fallbackUrls: new Set(["/oud/"]),
      redirectedUrls: new Set(["/oud/"]),
    });
    expect(ok).toEqual([]);
    const onPage = addressErrors({
      ledger: [],
      redirects: [redirect],
      outputFiles: ["oud/index.html", "nieuw/index.html"],
      fallbackUrls: new Set(),
      redirectedUrls: new Set(["/oud/"]),
    });
    expect(onPage.map((error) => error.field)).toEqual(["[1].from"]);
    const nowhere = addressErrors({
      ledger: [],
      redirects: [redirect],
      outputFiles: ["oud/index.html"],
      fallbackUrls: new Set(["/oud/"]),
      redirectedUrls: new Set(["/oud/"]),
    });
    expect(nowhere.map((error) => error.field)).toEqual(["[1].to"]);
  });
});
