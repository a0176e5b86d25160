import type { DocBlock, DocRun, OfficeDocument } from "./office-document.ts";
import { xmlText } from "../../format/xml-text.ts";
import { zipPackage } from "./zip-package.ts";

/** The media type of an OpenDocument text. */
const ODT_TYPE = "application/vnd.oasis.opendocument.text";

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(" ");

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * The document as an OpenDocument text (ODT 1.3): `mimetype` first and stored, a manifest that lists every part,
 * headings with outline levels, real lists and tables, Dutch as the language of every style, and the release and its
 * date in the properties. The same document gives the same bytes.
 */
export function odtPackage(doc: OfficeDocument): Uint8Array {
  const parts = [
    { path: "mimetype", content: ODT_TYPE },
    { path: "META-INF/manifest.xml", content: manifest(["content.xml", "styles.xml", "meta.xml"]) },
    { path: "content.xml", content: content(doc.blocks) },
    { path: "styles.xml", content: STYLES },
    { path: "meta.xml", content: meta(doc) },
  ];
  return zipPackage(parts, doc.date, true);
}

function manifest(parts: readonly string[]): string {
  const entries = parts.map((part) => `<manifest:file-entry manifest:full-path="${part}" manifest:media-type="text/xml"/>`).join("");
  return `${HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODT_TYPE}"/>${entries}</manifest:manifest>`;
}

function content(blocks: readonly DocBlock[]): string {
  const automatic =
    '<style:style style:name="Tabel" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>' +
    '<style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>';
  let tables = 0;
  const body = blocks
    .map((block) => {
      if (block.kind === "table") tables += 1;
      return blockXml(block, tables);
    })
    .join("");
  return `${HEAD}<office:document-content ${NS} office:version="1.3"><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
}

function blockXml(block: DocBlock, tableNumber: number): string {
  switch (block.kind) {
    case "heading":
      return `<text:h text:style-name="Heading_20_${block.level}" text:outline-level="${block.level}">${xmlText(block.text)}</text:h>`;
    case "paragraph":
      return `<text:p text:style-name="Text_20_body">${runs(block.runs)}</text:p>`;
    case "list": {
      const items = block.items.map((item) => `<text:list-item><text:p text:style-name="List_20_Paragraph">${runs(item)}</text:p></text:list-item>`).join("");
      return `<text:list text:style-name="${block.numbered ? "Nummering" : "Opsomming"}">${items}</text:list>`;
    }
    case "table": {
      const cell = (text: string, style: string): string =>
        `<table:table-cell table:style-name="Cel" office:value-type="string"><text:p text:style-name="${style}">${xmlText(text)}</text:p></table:table-cell>`;
      const head = `<table:table-header-rows><table:table-row>${block.head.map((text) => cell(text, "Table_20_Heading")).join("")}</table:table-row></table:table-header-rows>`;
      const rows = block.rows.map((row) => `<table:table-row>${row.map((text) => cell(text, "Table_20_Contents")).join("")}</table:table-row>`).join("");
      const caption = `<text:p text:style-name="Caption">${xmlText(block.caption)}</text:p>`;
      return `${caption}<table:table table:name="Tabel${tableNumber}" table:style-name="Tabel"><table:table-column table:number-columns-repeated="${block.head.length}"/>${head}${rows}</table:table>`;
    }
  }
}

function runs(list: readonly DocRun[]): string {
  return list
    .map((run) => {
      const text = xmlText(run.text).split("\n").join("<text:line-break/>");
      if (run.strong) return `<text:span text:style-name="Strong_20_Emphasis">${text}</text:span>`;
      if (run.emphasis) return `<text:span text:style-name="Emphasis">${text}</text:span>`;
      return text;
    })
    .join("");
}

function meta(doc: OfficeDocument): string {
  const stamp = `${doc.date}T12:00:00`;
  const keywords = doc.keywords.map((keyword) => `<meta:keyword>${xmlText(keyword)}</meta:keyword>`).join("");
  return (
    `${HEAD}<office:document-meta ${NS} office:version="1.3"><office:meta>` +
    `<meta:generator>Toolkit Het Bouwdepot</meta:generator><dc:title>${xmlText(doc.title)}</dc:title><dc:subject>${xmlText(doc.subject)}</dc:subject>${keywords}` +
    `<dc:language>nl-NL</dc:language><meta:creation-date>${stamp}</meta:creation-date><dc:date>${stamp}</dc:date>` +
    `<meta:user-defined meta:name="Release">${xmlText(doc.release)}</meta:user-defined><meta:user-defined meta:name="Stand" meta:value-type="date">${doc.date}</meta:user-defined>` +
    `</office:meta></office:document-meta>`
  );
}

const heading = (level: number, size: string): string =>
  `<style:style style:name="Heading_20_${level}" style:display-name="Heading ${level}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="${level}" style:class="text"><style:text-properties fo:font-size="${size}" fo:font-weight="bold"/></style:style>`;

const listLevel = (kind: "bullet" | "number"): string => {
  const alignment =
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.63cm" fo:text-indent="-0.63cm" fo:margin-left="0.63cm"/></style:list-level-properties>';
  return kind === "bullet"
    ? `<text:list-level-style-bullet text:level="1" text:bullet-char="•">${alignment}</text:list-level-style-bullet>`
    : `<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">${alignment}</text:list-level-style-number>`;
};

/** The named styles: Dutch text, body text, three heading levels, list and table paragraphs, and A4 pages. */
const STYLES =
  `${HEAD}<office:document-styles ${NS} office:version="1.3"><office:styles>` +
  '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt" fo:language="nl" fo:country="NL"/></style:default-style>' +
  '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
  '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%"/></style:style>' +
  '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/></style:style>' +
  heading(1, "18pt") +
  heading(2, "14pt") +
  heading(3, "12pt") +
  '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>' +
  '<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>' +
  '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>' +
  '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>' +
  '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
  '<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>' +
  `<text:list-style style:name="Opsomming">${listLevel("bullet")}</text:list-style><text:list-style style:name="Nummering">${listLevel("number")}</text:list-style>` +
  '</office:styles><office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>' +
  '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles></office:document-styles>';
