import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

/** The parts of a ZIP package by path, as text. */
export function packageParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The name and compression method of the first entry, read from the ZIP's first local file header. */
function firstEntry(bytes: Uint8Array): { name: string; method: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) return { name: "", method: -1 };
  const nameLength = view.getUint16(26, true);
  return { name: strFromU8(bytes.subarray(30, 30 + nameLength)), method: view.getUint16(8, true) };
}

/**
 * What is wrong with an ODT or DOCX package, independently of the code that wrote it: for ODT the `mimetype` entry
 * first, stored, with the right type, and a manifest that lists every other part; for DOCX a content type for every
 * part; for both, every XML part well-formed.
 */
export function packageProblems(bytes: Uint8Array, kind: "odt" | "docx"): string[] {
  const problems: string[] = [];
  const parts = packageParts(bytes);
  for (const [name, text] of Object.entries(parts)) {
    if (name.endsWith(".xml") || name.endsWith(".rels")) {
      const valid = XMLValidator.validate(text);
      if (valid !== true) problems.push(`${name}: ${valid.err.msg}`);
    }
  }
  if (kind === "odt") {
    const first = firstEntry(bytes);
    if (first.name !== "mimetype") problems.push(`first entry is ${first.name}, not mimetype`);
    if (first.method !== 0) problems.push(`mimetype is compressed (method ${first.method})`);
    if (parts.mimetype !== "application/vnd.oasis.opendocument.text") problems.push(`mimetype is ${parts.mimetype ?? "missing"}`);
    const manifest = parts["META-INF/manifest.xml"] ?? "";
    const listed = new Set([...manifest.matchAll(/manifest:full-path="([^"]+)"/g)].map((match) => match[1] ?? ""));
    if (!listed.has("/")) problems.push("manifest does not list the package itself");
    for (const name of Object.keys(parts))
      if (name !== "mimetype" && !name.startsWith("META-INF/") && !listed.has(name)) problems.push(`manifest does not list ${name}`);
    for (const name of listed) if (name !== "/" && !(name in parts)) problems.push(`manifest lists missing ${name}`);
  } else {
    const types = parts["[Content_Types].xml"] ?? "";
    const overrides = new Set([...types.matchAll(/PartName="\/([^"]+)"/g)].map((match) => match[1] ?? ""));
    const defaults = new Set([...types.matchAll(/Default Extension="([^"]+)"/g)].map((match) => match[1] ?? ""));
    for (const name of Object.keys(parts)) {
      if (name === "[Content_Types].xml") continue;
      if (!overrides.has(name) && !defaults.has(name.split(".").pop() ?? "")) problems.push(`no content type for ${name}`);
    }
    for (const name of overrides) if (!(name in parts)) problems.push(`content type for missing ${name}`);
  }
  return problems;
}
