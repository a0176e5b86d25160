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

  it("must keep answering: a ledger address without a page or fallback page is an error naming it", () => {
    const errors = addressErrors({ ledger: ["/", "/weg/"], redirects: [], outputFiles: ["index.html"], movedUrls: new Set() });
    expect(errors.map((error) => [error.file, error.field])).toEqual([["content/ledger.txt", "/weg/"]]);
  });

  it("accept a declared redirect only from an address without a page, to a page", () => {
    const redirect = { from: "/oud/", to: "/nieuw/", why: "Verplaatst." };
    const ok = addressErrors({ ledger: ["/oud/"], redirects: [redirect], outputFiles: ["oud/index.html", "nieuw/index.html"], movedUrls: new Set(["/oud/"]) });
    expect(ok).toEqual([]);
    const onPage = addressErrors({ ledger: [], redirects: [redirect], outputFiles: ["oud/index.html", "nieuw/index.html"], movedUrls: new Set() });
    expect(onPage.map((error) => error.field)).toEqual(["[1].from"]);
    const nowhere = addressErrors({ ledger: [], redirects: [redirect], outputFiles: ["oud/index.html"], movedUrls: new Set(["/oud/"]) });
    expect(nowhere.map((error) => error.field)).toEqual(["[1].to"]);
  });
});
