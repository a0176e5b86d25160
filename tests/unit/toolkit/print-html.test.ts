import { describe, expect, it } from "vitest";
import { printHtml } from "../../../src/toolkit/print-html.ts";

const anchors = {
  byUrl: new Map([
    ["/toolkit/2.0/randvoorwaarden/anbi-stichting/", "anbi-stichting"],
    ["/toolkit/2.0/begrippen/#anbi", "begrip--anbi"],
  ]),
  siteUrl: "https://toolkit.example",
};

describe("printHtml", () => {
  it("prefixes heading ids with the page id and puts headings under the section and page headings", () => {
    expect(printHtml('<h2 id="waarom">Waarom</h2><h3 id="kort">Kort</h3>', "doelgroep", anchors)).toBe(
      '<h4 id="doelgroep--waarom">Waarom</h4><h5 id="doelgroep--kort">Kort</h5>',
    );
  });

  it("drops the heading component class of a heading's former level", () => {
    expect(printHtml('<h2 id="waarom" class="utrecht-heading-2">Waarom</h2>', "doelgroep", anchors)).toBe('<h4 id="doelgroep--waarom">Waarom</h4>');
  });

  it("turns links to pages and terms of the release into in-document links, fragments included", () => {
    const html =
      '<a href="/toolkit/2.0/randvoorwaarden/anbi-stichting/">a</a> <a href="/toolkit/2.0/randvoorwaarden/anbi-stichting/#route">b</a> <a href="/toolkit/2.0/begrippen/#anbi">c</a> <a href="#kop">d</a>';
    expect(printHtml(html, "doelgroep", anchors)).toBe(
      '<a href="#anbi-stichting">a</a> <a href="#anbi-stichting--route">b</a> <a href="#begrip--anbi">c</a> <a href="#doelgroep--kop">d</a>',
    );
  });

  it("writes other links to the site in full, and leaves links elsewhere alone", () => {
    expect(printHtml('<a href="/podcast/">p</a> <a href="https://example.org/x">x</a>', "doelgroep", anchors)).toBe(
      '<a href="https://toolkit.example/podcast/">p</a> <a href="https://example.org/x">x</a>',
    );
  });
});
