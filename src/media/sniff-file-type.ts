import path from "node:path";
import { decodeUtf8 } from "./decode-utf8.ts";

/** The kinds of file the site publishes, told apart by their bytes. */
export type FileType = "png" | "jpeg" | "gif" | "webp" | "svg" | "mp3";

/** What a file's bytes are: a known type, or a Dutch reason why not (type "svg" for an SVG the site refuses). */
export type SniffResult = { ok: true; type: FileType } | { ok: false; type: "svg" | undefined; reason: string };

/** One element of a parsed XML document. */
interface XmlElement {
  name: string;
  attributes: Map<string, string>;
}

/** Text or CDATA inside an element, with references decoded, and the name of that element. */
interface XmlText {
  parent: string;
  text: string;
}

/** A well-formed XML document without DOCTYPE, as the rules below need it: the root is the first element. */
interface XmlDocument {
  /** The attributes of the `<?xml …?>` declaration, as written. */
  declaration: string | undefined;
  /** Targets of other processing instructions, such as `xml-stylesheet`. */
  instructions: string[];
  elements: XmlElement[];
  texts: XmlText[];
}

const NAMES: Record<FileType, string> = { png: "PNG", jpeg: "JPEG", gif: "GIF", webp: "WebP", svg: "SVG", mp3: "MP3" };
const EXTENSIONS = new Map<string, FileType>([
  [".png", "png"],
  [".jpg", "jpeg"],
  [".jpeg", "jpeg"],
  [".gif", "gif"],
  [".webp", "webp"],
  [".svg", "svg"],
  [".mp3", "mp3"],
]);

const SIGNATURES: readonly (readonly [FileType, (bytes: Uint8Array) => boolean])[] = [
  ["png", (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ["jpeg", (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff])],
  ["gif", (bytes) => startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))],
  ["webp", (bytes) => startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)],
  ["mp3", (bytes) => isId3Tag(bytes) || isMpegAudioFrame(bytes)],
];

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
const SCRIPT = "een SVG met een script";
const FOREIGN_OBJECT = "een SVG met <foreignObject>";
const JAVASCRIPT = "een SVG met een javascript:-adres";

/** Checks on the text as written, before parsing: also in comments and CDATA, where they are harmless, to be safe. */
const MARKUP_RULES: readonly (readonly [RegExp, string])[] = [
  [/<!DOCTYPE|<!ENTITY/i, "een SVG met een DOCTYPE- of ENTITY-regel"],
  [/<(?:[\w.-]+:)?script[\s/>]/i, SCRIPT],
  [/<(?:[\w.-]+:)?foreignObject[\s/>]/i, FOREIGN_OBJECT],
];

const NAME = "[A-Za-z_:][\\w:.-]*";
const S = "[ \\t\\r\\n]";
/** XML tokens, tried in this order; each must match exactly where the previous one ended. */
const TOKENS = {
  comment: /<!--(?:(?!--)[\s\S])*-->/y,
  cdata: /<!\[CDATA\[([\s\S]*?)\]\]>/y,
  instruction: new RegExp(`<\\?(${NAME})(?:${S}([\\s\\S]*?))?\\?>`, "y"),
  end: new RegExp(`</(${NAME})${S}*>`, "y"),
  start: new RegExp(`<(${NAME})((?:${S}+${NAME}${S}*=${S}*(?:"[^<"]*"|'[^<']*'))*)${S}*(/?)>`, "y"),
  text: /[^<]+/y,
};
type TokenKind = keyof typeof TOKENS;
const ATTRIBUTE = new RegExp(`(${NAME})${S}*=${S}*(?:"([^<"]*)"|'([^<']*)')`, "g");
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const PREDEFINED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);
const ENCODING = new RegExp(`encoding${S}*=${S}*["']([^"']*)["']`);
const URL_FUNCTION = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))/gi;
const CSS_LOADS = /@import|image-set\(|\bsrc\(/i;

/** Detects what `bytes` are from their content alone (signatures; for text, a strict look at the SVG), not their name. */
export function sniffFileType(bytes: Uint8Array): SniffResult {
  const signature = SIGNATURES.find(([, matches]) => matches(bytes));
  if (signature) return { ok: true, type: signature[0] };
  if (bytes.length === 0) return notKnown("niets");
  const text = decodeUtf8(bytes);
  return text === undefined || hasControlCharacters(text) ? notKnown("gegevens van een onbekend type") : sniffText(text);
}

/** What a file's extension promised and what its bytes are instead; undefined when they agree or the extension is not checked. */
export interface FileTypeMismatch {
  /** What the extension promises, in Dutch. */
  expected: string;
  /** What the bytes are, in Dutch. */
  found: string;
}

/** Compares a file's bytes with what its name's extension promises. */
export function fileTypeMismatch(file: string, bytes: Uint8Array): FileTypeMismatch | undefined {
  const extension = path.posix.extname(file).toLowerCase();
  const promised = EXTENSIONS.get(extension);
  if (promised === undefined) return undefined;
  const sniffed = sniffFileType(bytes);
  if (sniffed.ok && sniffed.type === promised) return undefined;
  const expected = promised === "mp3" ? "een leesbaar MP3-bestand" : `een ${NAMES[promised]}-afbeelding`;
  return { expected: `${expected} (bestand eindigt op ${extension})`, found: describeMismatch(promised, sniffed) };
}

function describeMismatch(promised: FileType, sniffed: SniffResult): string {
  if (!sniffed.ok && sniffed.type === promised) return sniffed.reason;
  const actual = sniffed.ok ? `het begint als ${NAMES[sniffed.type]}` : `het bevat ${sniffed.reason}`;
  return `een bestand dat geen ${NAMES[promised]} is (${actual})`;
}

function notKnown(reason: string): SniffResult {
  return { ok: false, type: undefined, reason };
}

function refusedSvg(reason: string): SniffResult {
  return { ok: false, type: "svg", reason };
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/** An ID3v2 tag header: "ID3", major version 2 to 4, a revision, flags and a four-byte size of 7-bit bytes. */
function isId3Tag(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii("ID3")) && bytes.length >= 10 && [2, 3, 4].includes(bytes[3] ?? 0) && bytes.subarray(6, 10).every((byte) => byte < 0x80);
}

/** The header of an MPEG audio layer III frame: 11 sync bits, then no reserved version, bitrate or sample rate. */
function isMpegAudioFrame(bytes: Uint8Array): boolean {
  const [sync = 0, flags = 0, rates = 0] = bytes;
  const version = (flags >> 3) & 3;
  const layer = (flags >> 1) & 3;
  return bytes.length >= 4 && sync === 0xff && (flags & 0xe0) === 0xe0 && version !== 1 && layer === 1 && rates >> 4 !== 15 && ((rates >> 2) & 3) !== 3;
}

/** Text is an SVG when it parses as XML with an <svg> root and passes every safety rule. */
function sniffText(text: string): SniffResult {
  if (!/<(?:[\w.-]+:)?svg[\s/>]/.test(text)) return notKnown("tekst");
  const markup = MARKUP_RULES.find(([pattern]) => pattern.test(text))?.[1] ?? (hasJavascriptUrl(text) ? JAVASCRIPT : undefined);
  if (markup !== undefined) return refusedSvg(markup);
  const document = parseXml(text);
  if (!document) return refusedSvg("een SVG die geen geldige XML is");
  if (document.elements[0]?.name !== "svg") return notKnown("XML die geen SVG is");
  const problem = [rootProblem(document), ...document.elements.map(elementProblem), ...document.texts.map(textProblem)].find((found) => found !== undefined);
  return problem === undefined ? { ok: true, type: "svg" } : refusedSvg(problem);
}

/** Control characters other than tab, line breaks and form feed: the bytes are binary data that happens to be UTF-8. */
function hasControlCharacters(text: string): boolean {
  return [...text].some((char) => char < " " && !"\t\n\r\f".includes(char));
}

function hasJavascriptUrl(text: string): boolean {
  return text.replace(/\s+/g, "").toLowerCase().includes("javascript:");
}

function rootProblem(document: XmlDocument): string | undefined {
  if (document.elements[0]?.attributes.get("xmlns") !== SVG_NAMESPACE) return `een SVG zonder xmlns="${SVG_NAMESPACE}"`;
  const instruction = document.instructions[0];
  if (instruction !== undefined) return `een SVG met een verwerkingsinstructie (<?${instruction} …?>)`;
  const encoding = ENCODING.exec(document.declaration ?? "")?.[1];
  if (encoding !== undefined && encoding.toLowerCase() !== "utf-8") return `een SVG die de codering "${encoding}" opgeeft in plaats van UTF-8`;
  return undefined;
}

function elementProblem(element: XmlElement): string | undefined {
  const name = localName(element.name);
  if (name === "script") return SCRIPT;
  if (name === "foreignobject") return FOREIGN_OBJECT;
  return [...element.attributes].map(([attribute, value]) => attributeProblem(attribute, value)).find((found) => found !== undefined);
}

function attributeProblem(attribute: string, value: string): string | undefined {
  const name = localName(attribute);
  if (attribute === "xmlns" || attribute.startsWith("xmlns:"))
    return value === XHTML_NAMESPACE ? "een SVG met HTML-elementen (de namespace van XHTML)" : undefined;
  if (name.startsWith("on")) return `een SVG met een event-handler (${attribute})`;
  if (hasJavascriptUrl(value)) return JAVASCRIPT;
  if ((name === "href" || name === "src") && !isInternalReference(value)) return externalReference(`${attribute}="${short(value)}"`);
  if (name === "attributename" && localName(value.trim()) === "href") return `een SVG die een link animeert (attributeName="${short(value)}")`;
  return cssProblem(value, name === "style");
}

function textProblem(text: XmlText): string | undefined {
  return cssProblem(text.text, localName(text.parent) === "style");
}

/** Checks CSS (and any other text, to be strict) for url() and other ways to load something from elsewhere. */
function cssProblem(text: string, isCss: boolean): string | undefined {
  for (const [, double, single, bare] of text.matchAll(URL_FUNCTION)) {
    const target = double ?? single ?? bare ?? "";
    if (!isInternalReference(target)) return externalReference(`url(${short(target)})`);
  }
  if (CSS_LOADS.test(text)) return "een SVG met CSS die iets van elders laadt (@import, image-set of src)";
  if (isCss && text.includes("\\")) return "een SVG met CSS-escapes (\\), die een verwijzing kunnen verbergen";
  return undefined;
}

/** Only a fragment of this same document or an embedded raster image. */
function isInternalReference(value: string): boolean {
  const target = value.trim();
  return target.startsWith("#") || /^data:image\/(?:png|jpeg|gif|webp)[;,]/i.test(target);
}

function externalReference(where: string): string {
  return `een SVG die naar iets buiten het bestand verwijst (${where})`;
}

function short(value: string): string {
  const trimmed = value.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
}

/** The name without its namespace prefix, lower case (checks ignore case to be strict). */
function localName(name: string): string {
  return name.slice(name.lastIndexOf(":") + 1).toLowerCase();
}

/** Parses XML strictly (well-formed, one root, no DOCTYPE); undefined for anything a browser's XML parser would reject. */
function parseXml(source: string): XmlDocument | undefined {
  if ([...source].some((char) => !isXmlChar(char.codePointAt(0) ?? 0))) return undefined;
  const document: XmlDocument = { declaration: undefined, instructions: [], elements: [], texts: [] };
  const open: string[] = [];
  let position = 0;
  while (position < source.length) {
    const token = readToken(source, position);
    if (!token || !addToken(token.kind, token.match, document, open, position === 0)) return undefined;
    position = token.end;
  }
  return open.length === 0 && document.elements.length > 0 ? document : undefined;
}

function readToken(source: string, position: number): { kind: TokenKind; match: RegExpExecArray; end: number } | undefined {
  for (const kind of Object.keys(TOKENS) as TokenKind[]) {
    const pattern = TOKENS[kind];
    pattern.lastIndex = position;
    const match = pattern.exec(source);
    if (match) return { kind, match, end: pattern.lastIndex };
  }
  return undefined;
}

/** Adds one token to the document; false when it makes the document not well-formed. */
function addToken(kind: TokenKind, match: RegExpExecArray, document: XmlDocument, open: string[], atStart: boolean): boolean {
  const [whole, first = "", second = "", third = ""] = match;
  const parent = open.at(-1);
  switch (kind) {
    case "comment":
      return true;
    case "instruction":
      if (first.toLowerCase() === "xml") {
        document.declaration = second;
        return atStart;
      }
      document.instructions.push(first);
      return true;
    case "cdata":
      if (parent === undefined) return false;
      document.texts.push({ parent, text: first });
      return true;
    case "end":
      return open.pop() === first;
    case "start": {
      const attributes = parseAttributes(second);
      if (!attributes || (parent === undefined && document.elements.length > 0)) return false;
      document.elements.push({ name: first, attributes });
      if (third !== "/") open.push(first);
      return true;
    }
    case "text": {
      if (parent === undefined) return /^[ \t\r\n]*$/.test(whole);
      const text = decodeReferences(whole);
      if (text === undefined || whole.includes("]]>")) return false;
      document.texts.push({ parent, text });
      return true;
    }
  }
}

function parseAttributes(raw: string): Map<string, string> | undefined {
  const attributes = new Map<string, string>();
  for (const [, name = "", double, single] of raw.matchAll(ATTRIBUTE)) {
    const value = decodeReferences(double ?? single ?? "");
    if (value === undefined || attributes.has(name)) return undefined;
    attributes.set(name, value);
  }
  return attributes;
}

/** Replaces character and predefined entity references; undefined when an `&` starts anything else. */
function decodeReferences(raw: string): string | undefined {
  if (raw.replace(REFERENCE, "").includes("&")) return undefined;
  let valid = true;
  const text = raw.replace(REFERENCE, (_whole, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named !== undefined) return PREDEFINED.get(named) ?? "";
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    valid &&= isXmlChar(code);
    return valid ? String.fromCodePoint(code) : "";
  });
  return valid ? text : undefined;
}

/** Whether a code point may appear in an XML 1.0 document. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
