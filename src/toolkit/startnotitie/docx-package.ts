import type { DocBlock, DocRun, OfficeDocument } from "./office-document.ts";
import { xmlText } from "../../format/xml-text.ts";
import { zipPackage } from "./zip-package.ts";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/**
 * The document as Office Open XML (DOCX), written by hand on the same ZIP library as the ODT: built-in heading styles
 * (so Word's navigation and other readers see headings), numbered and bulleted lists, tables with a repeated header
 * row, Dutch (nl-NL) as the language, and the release and its date in the core and custom properties.
 */
export function docxPackage(doc: OfficeDocument): Uint8Array {
  const numbered = doc.blocks.filter((block) => block.kind === "list" && block.numbered).length;
  const parts = [
    { path: "[Content_Types].xml", content: CONTENT_TYPES },
    { path: "_rels/.rels", content: ROOT_RELS },
    { path: "word/document.xml", content: documentXml(doc.blocks) },
    { path: "word/_rels/document.xml.rels", content: DOCUMENT_RELS },
    { path: "word/styles.xml", content: STYLES },
    { path: "word/numbering.xml", content: numbering(numbered) },
    { path: "docProps/core.xml", content: core(doc) },
    {
      path: "docProps/app.xml",
      content: `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Toolkit Het Bouwdepot</Application></Properties>`,
    },
    { path: "docProps/custom.xml", content: custom(doc) },
  ];
  return zipPackage(parts, doc.date);
}

const CONTENT_TYPES =
  `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>` +
  `<Override PartName="/word/numbering.xml" ContentType="${WML}.numbering+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
  "</Types>";

const ROOT_RELS =
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>` +
  "</Relationships>";

const DOCUMENT_RELS =
  `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` +
  "</Relationships>";

function documentXml(blocks: readonly DocBlock[]): string {
  let numberedLists = 0;
  const body = blocks
    .map((block) => {
      if (block.kind === "list" && block.numbered) numberedLists += 1;
      return blockXml(block, numberedLists);
    })
    .join("");
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1418" w:bottom="1134" w:left="1418" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  return `${HEAD}<w:document ${W}><w:body>${body}${section}</w:body></w:document>`;
}

/** A block as WordprocessingML; a numbered list uses its own numbering instance (2 + its index) so it starts at 1. */
function blockXml(block: DocBlock, numberedIndex: number): string {
  switch (block.kind) {
    case "heading":
      return paragraph(`Heading${block.level}`, [{ text: block.text }]);
    case "paragraph":
      return paragraph(null, block.runs);
    case "list": {
      const numId = block.numbered ? numberedIndex + 1 : 1;
      return block.items.map((item) => paragraph("ListParagraph", item, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`)).join("");
    }
    case "table": {
      const cell = (text: string, strong: boolean): string =>
        `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraph(null, [{ text, strong }])}</w:tc>`;
      const head = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${block.head.map((text) => cell(text, true)).join("")}</w:tr>`;
      const rows = block.rows.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((text) => cell(text, false)).join("")}</w:tr>`).join("");
      const grid = `<w:tblGrid>${block.head.map(() => "<w:gridCol/>").join("")}</w:tblGrid>`;
      const properties = `<w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/><w:tblCaption w:val="${xmlText(block.caption)}"/></w:tblPr>`;
      return `${paragraph("Caption", [{ text: block.caption }])}<w:tbl>${properties}${grid}${head}${rows}</w:tbl>`;
    }
  }
}

function paragraph(style: string | null, runs: readonly DocRun[], extra = ""): string {
  const properties = style || extra ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${extra}</w:pPr>` : "";
  const body = runs
    .map((run) => {
      const format = run.strong ? "<w:rPr><w:b/></w:rPr>" : run.emphasis ? "<w:rPr><w:i/></w:rPr>" : "";
      return `<w:r>${format}<w:t xml:space="preserve">${xmlText(run.text).split("\n").join('</w:t><w:br/><w:t xml:space="preserve">')}</w:t></w:r>`;
    })
    .join("");
  return `<w:p>${properties}${body}</w:p>`;
}

/** Bullets as numbering 1; each numbered list its own instance of the decimal list, restarting at 1. */
function numbering(numberedLists: number): string {
  const level = (format: string, text: string): string =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>`;
  const instances = Array.from(
    { length: numberedLists },
    (_, index) => `<w:num w:numId="${index + 2}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
  ).join("");
  return (
    `${HEAD}<w:numbering ${W}>` +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${level("bullet", "•")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${level("decimal", "%1.")}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${instances}</w:numbering>`
  );
}

function core(doc: OfficeDocument): string {
  const stamp = `${doc.date}T12:00:00Z`;
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(doc.title)}</dc:title><dc:subject>${xmlText(doc.subject)}</dc:subject><dc:creator>Toolkit Het Bouwdepot</dc:creator>` +
    `<cp:keywords>${xmlText(doc.keywords.join(", "))}</cp:keywords><dc:language>nl-NL</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

function custom(doc: OfficeDocument): string {
  const property = (pid: number, name: string, value: string): string =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${xmlText(value)}</vt:lpwstr></property>`;
  return (
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `${property(2, "Release", doc.release)}${property(3, "Stand", doc.date)}</Properties>`
  );
}

const style = (id: string, name: string, body: string, type = "paragraph"): string =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${body}</w:style>`;

const headingStyle = (level: number, size: number): string =>
  style(
    `Heading${level}`,
    `heading ${level}`,
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr>`,
  );

/** Dutch as the default language, Normal, three built-in headings, list paragraphs, captions and a bordered table. */
const STYLES =
  `${HEAD}<w:styles ${W}>` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  style("Normal", "Normal", "<w:qFormat/>") +
  headingStyle(1, 36) +
  headingStyle(2, 28) +
  headingStyle(3, 24) +
  style("ListParagraph", "List Paragraph", '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>') +
  style(
    "Caption",
    "caption",
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/></w:rPr>',
  ) +
  style(
    "Tabelraster",
    "Table Grid",
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    "table",
  ) +
  "</w:styles>";
