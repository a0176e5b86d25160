import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFileType } from "../../../src/content/file-type-error.ts";
import { sniffFileType, type SniffResult } from "../../../src/media/sniff-file-type.ts";

const FIXTURE = path.join(process.cwd(), "tests", "fixtures", "sites", "two-releases", "content", "podcast");
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const svg = (inner: string, rootAttributes = ""): string => `<svg xmlns="http://www.w3.org/2000/svg"${rootAttributes} viewBox="0 0 10 10">${inner}</svg>`;
const sniffText = (text: string): SniffResult => sniffFileType(encode(text));
const refused = (reason: string | RegExp): SniffResult => ({
  ok: false,
  type: "svg",
  reason: typeof reason === "string" ? reason : (expect.stringMatching(reason) as string),
});

describe("sniffFileType: binary signatures", () => {
  it("recognises real files: the fixture's PNG artwork and MP3 episode", async () => {
    expect(sniffFileType(await readFile(path.join(FIXTURE, "artwork.png")))).toEqual({ ok: true, type: "png" });
    expect(sniffFileType(await readFile(path.join(FIXTURE, "001-test-aflevering", "aflevering.mp3")))).toEqual({ ok: true, type: "mp3" });
  });

  it.each([
    ["png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
    ["jpeg", bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00)],
    ["jpeg", bytes(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x18, 0x45, 0x78, 0x69, 0x66)],
    ["gif", encode("GIF87a\x01\x00\x01\x00")],
    ["gif", encode("GIF89a\x01\x00\x01\x00")],
    ["webp", encode("RIFF\x24\x00\x00\x00WEBPVP8 ")],
    ["mp3", encode("ID3\x04\x00\x00\x00\x00\x01\x7f")],
    ["mp3", encode("ID3\x03\x00\x40\x00\x00\x00\x0a")],
    ["mp3", bytes(0xff, 0xfb, 0x90, 0x64)],
    ["mp3", bytes(0xff, 0xf3, 0x40, 0xc4)],
  ])("recognises %s from its first bytes", (type, header) => {
    expect(sniffFileType(header)).toEqual({ ok: true, type });
  });

  it.each([
    ["a truncated PNG signature", bytes(0x89, 0x50, 0x4e, 0x47), "gegevens van een onbekend type"],
    ["a JPEG start of image without a marker", bytes(0xff, 0xd8, 0x00, 0x00), "gegevens van een onbekend type"],
    ["GIF with an unknown version", encode("GIF90a"), "tekst"],
    ["a RIFF file that is WAV audio", encode("RIFF\x24\x00\x00\x00WAVEfmt "), "gegevens van een onbekend type"],
    ["text that starts with ID3", encode("ID3 is een tag"), "tekst"],
    ["an ID3 tag with a size byte over 0x7f", bytes(0x49, 0x44, 0x33, 4, 0, 0, 0x80, 0, 0, 0), "gegevens van een onbekend type"],
    ["an AAC (ADTS) frame, layer 0", bytes(0xff, 0xf1, 0x50, 0x80), "gegevens van een onbekend type"],
    ["an MPEG frame with the reserved bitrate", bytes(0xff, 0xfb, 0xf0, 0x00), "gegevens van een onbekend type"],
    ["an MPEG frame with the reserved sample rate", bytes(0xff, 0xfb, 0x9c, 0x00), "gegevens van een onbekend type"],
    ["plain text", encode("geen audio"), "tekst"],
    ["UTF-8 text with control characters", encode("a\u0001b"), "gegevens van een onbekend type"],
    ["an empty file", bytes(), "niets"],
  ])("does not take %s for a known type", (_name, header, reason) => {
    expect(sniffFileType(header)).toEqual({ ok: false, type: undefined, reason });
  });
});

describe("sniffFileType: SVG", () => {
  it("accepts a plain SVG, with a declaration, comments, CDATA style, gradients, fragments and raster data: images", () => {
    const text = [
      '\ufeff<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Gemaakt met de hand -->\n',
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h10"/></defs>' +
          "<style><![CDATA[ .a { fill: url(#g); } ]]></style><title>Schema &amp; &#233;&#x20AC;</title>" +
          '<use xlink:href="#p" href="#p"/><rect class="a" style="fill: url(\'#g\')" width="10" height="10"/>' +
          '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><a href="#p"><text>Één</text></a>',
        ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
      ),
      "\n",
    ].join("");
    expect(sniffText(text)).toEqual({ ok: true, type: "svg" });
  });

  it.each([
    ["a script element", svg("<script>alert(1)</script>"), "een SVG met een script"],
    ["a script element with a prefix", svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">x</h:script>'), "een SVG met een script"],
    ["a self-closing script with an external source", svg('<script href="https://elders.example/x.js"/>'), "een SVG met een script"],
    ["an onload handler", svg("", ' onload="alert(1)"'), "een SVG met een event-handler (onload)"],
    ["an onclick handler on a child", svg('<rect onclick="x()" width="1" height="1"/>'), "een SVG met een event-handler (onclick)"],
    ["a javascript: link", svg('<a href="javascript:alert(1)"><text>x</text></a>'), "een SVG met een javascript:-adres"],
    ["a javascript: link hidden with references", svg('<a href="jav&#x61;script&#58;alert(1)"><text>x</text></a>'), "een SVG met een javascript:-adres"],
    ["a javascript: link broken by whitespace", svg('<a href="java\nscript:alert(1)"><text>x</text></a>'), "een SVG met een javascript:-adres"],
    ["foreignObject", svg("<foreignObject><p>x</p></foreignObject>"), "een SVG met <foreignObject>"],
    [
      "an https reference",
      svg('<image href="https://elders.example/foto.png"/>'),
      /buiten het bestand verwijst \(href="https:\/\/elders\.example\/foto\.png"\)/,
    ],
    ["an http xlink reference", svg('<use xlink:href="http://elders.example/s.svg#i"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'), /xlink:href="http:/],
    ["a protocol-relative reference", svg('<image href="//elders.example/foto.png"/>'), /href="\/\/elders/],
    ["a relative reference", svg('<use href="sprite.svg#icoon"/>'), /href="sprite\.svg#icoon"/],
    ["a src attribute", svg('<image src="foto.png"/>'), /src="foto\.png"/],
    ["an empty href", svg('<use href=""/>'), /href=""/],
    ["a url() to elsewhere in a style attribute", svg('<rect style="fill: url(https://elders.example/p.svg#g)"/>'), /url\(https:\/\/elders/],
    ["a url() to elsewhere in a presentation attribute", svg('<rect fill="url(patronen.svg#a)"/>'), /url\(patronen\.svg#a\)/],
    ["a quoted url() in a style element", svg("<style>rect { fill: url('//elders.example/x') }</style>"), /url\(\/\/elders\.example\/x\)/],
    ["a url() in CDATA", svg("<style><![CDATA[ @font-face { src: url(font.woff) } ]]></style>"), /url\(font\.woff\)/],
    ["an @import", svg('<style>@import "https://elders.example/x.css";</style>'), /@import/],
    ["an @import hidden by a reference", svg('<style>&#64;import "x.css";</style>'), /@import/],
    ["image-set()", svg('<style>rect { background: image-set("x.png" 1x) }</style>'), /image-set/],
    ["a CSS escape", svg("<style>rect { fill: \\75rl(x) }</style>"), "een SVG met CSS-escapes (\\), die een verwijzing kunnen verbergen"],
    ["a data: URL that is not a raster image", svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /href="data:image\/svg\+xml/],
    ["a data: URL with HTML", svg('<a href="data:text/html,x"><text>x</text></a>'), /href="data:text\/html,x"/],
    ["an animated link", svg('<a href="#p"><set attributeName="href" to="#q"/><text>x</text></a>'), 'een SVG die een link animeert (attributeName="href")'],
    [
      "a DOCTYPE with entities",
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hostname">]>${svg("<text>&x;</text>")}`,
      "een SVG met een DOCTYPE- of ENTITY-regel",
    ],
    [
      "a DOCTYPE with an external DTD",
      `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg("")}`,
      "een SVG met een DOCTYPE- of ENTITY-regel",
    ],
    ["an xml-stylesheet instruction", `<?xml-stylesheet href="x.css"?>${svg("")}`, "een SVG met een verwerkingsinstructie (<?xml-stylesheet …?>)"],
    ["XHTML elements", svg('<g xmlns:h="http://www.w3.org/1999/xhtml"><h:iframe/></g>'), "een SVG met HTML-elementen (de namespace van XHTML)"],
    [
      "an encoding other than UTF-8",
      `<?xml version="1.0" encoding="ISO-8859-1"?>${svg("")}`,
      'een SVG die de codering "ISO-8859-1" opgeeft in plaats van UTF-8',
    ],
    ["no SVG namespace", '<svg viewBox="0 0 1 1"></svg>', 'een SVG zonder xmlns="http://www.w3.org/2000/svg"'],
  ])("refuses an SVG with %s", (_name, text, reason) => {
    expect(sniffText(text)).toEqual(refused(reason));
  });

  it.each([
    ["an unclosed element", svg("<g>")],
    ["crossed elements", svg("<g><a></g></a>")],
    ["a stray end tag", `${svg("")}</g>`],
    ["two roots", `${svg("")}${svg("")}`],
    ["text after the root", `${svg("")} tekst`],
    ["text before the root", `tekst ${svg("")}`],
    ["an unquoted attribute", '<svg xmlns="http://www.w3.org/2000/svg" width=10></svg>'],
    ["attributes without whitespace between them", '<svg xmlns="http://www.w3.org/2000/svg"width="1"></svg>'],
    ["a duplicate attribute", svg('<rect width="1" width="2"/>')],
    ["a < in an attribute", svg('<rect class="a<b"/>')],
    ["a bare &", svg("<text>A & B</text>")],
    ["an HTML entity", svg("<text>&nbsp;</text>")],
    ["a reference to a character XML forbids", svg("<text>&#0;</text>")],
    ["a character XML forbids", svg("<text>\uffff</text>")],
    ["]]> in text", svg("<text>]]></text>")],
    ["a comment containing --", `<!-- a -- b -->${svg("")}`],
    ["an XML declaration after the start", ` <?xml version="1.0"?>${svg("")}`],
    ["CDATA outside the root", `<![CDATA[x]]>${svg("")}`],
  ])("refuses an SVG that is not well-formed XML: %s", (_name, text) => {
    expect(sniffText(text)).toEqual(refused("een SVG die geen geldige XML is"));
  });

  it("finds the script before parsing, also where the XML is broken", () => {
    expect(sniffText(`${svg("<g>")}<script>alert(1)</script>`)).toEqual(refused("een SVG met een script"));
  });

  it("calls XML without an svg root and text without svg what they are", () => {
    expect(sniffText('<html xmlns="http://www.w3.org/1999/xhtml"><body><svg xmlns="http://www.w3.org/2000/svg"/></body></html>')).toEqual({
      ok: false,
      type: undefined,
      reason: "XML die geen SVG is",
    });
    expect(sniffText("# Kop\n\nGewone tekst.")).toEqual({ ok: false, type: undefined, reason: "tekst" });
  });

  it("does not take UTF-16 text for an SVG", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...svg("")].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(sniffFileType(utf16)).toEqual({ ok: false, type: undefined, reason: "gegevens van een onbekend type" });
  });
});

describe("checkFileType", () => {
  const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);

  it("accepts bytes that match the extension, in any case, and ignores extensions it does not check", () => {
    expect(checkFileType("content/pages/a.png", png)).toBeUndefined();
    expect(checkFileType("content/pages/a.JPG", jpeg)).toBeUndefined();
    expect(checkFileType("content/pages/a.jpeg", jpeg)).toBeUndefined();
    expect(checkFileType("content/pages/a.md", jpeg)).toBeUndefined();
  });

  it("names the file, the promised type and what the bytes are", () => {
    expect(checkFileType("content/pages/a.png", jpeg)).toEqual({
      file: "content/pages/a.png",
      field: "bestand",
      expected: "een PNG-afbeelding (bestand eindigt op .png)",
      found: "een bestand dat geen PNG is (het begint als JPEG)",
    });
    expect(checkFileType("content/pages/a.jpg", png)?.found).toBe("een bestand dat geen JPEG is (het begint als PNG)");
    expect(checkFileType("content/pages/a.webp", encode("hallo"))?.found).toBe("een bestand dat geen WebP is (het bevat tekst)");
    expect(checkFileType("content/pages/a.gif", bytes())?.found).toBe("een bestand dat geen GIF is (het bevat niets)");
    expect(checkFileType("content/podcast/001-a/a.mp3", encode("geen audio"))).toEqual({
      file: "content/podcast/001-a/a.mp3",
      field: "bestand",
      expected: "een leesbaar MP3-bestand (bestand eindigt op .mp3)",
      found: "een bestand dat geen MP3 is (het bevat tekst)",
    });
  });

  it("gives an SVG's own reason for a refused .svg, and a mismatch for an SVG under another name", () => {
    const script = encode(svg("<script>x()</script>"));
    expect(checkFileType("content/pages/a.svg", script)).toEqual({
      file: "content/pages/a.svg",
      field: "bestand",
      expected: "een SVG-afbeelding (bestand eindigt op .svg)",
      found: "een SVG met een script",
    });
    expect(checkFileType("content/pages/a.png", script)?.found).toBe("een bestand dat geen PNG is (het bevat een SVG met een script)");
    expect(checkFileType("content/pages/a.png", encode(svg("")))?.found).toBe("een bestand dat geen PNG is (het begint als SVG)");
    expect(checkFileType("content/pages/a.svg", png)?.found).toBe("een bestand dat geen SVG is (het begint als PNG)");
  });
});
