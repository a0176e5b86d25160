import type { z } from "zod";
import type { ContentError } from "./content-error.ts";
import { decodeUtf8 } from "../media/decode-utf8.ts";
import { parseFrontmatter } from "./frontmatter.ts";
import type { RawFile } from "./loader.ts";
import { zodIssuesToErrors } from "./zod-issues.ts";

/** A Markdown content file split into frontmatter data and body. */
export interface ParsedMarkdown {
  /** Path relative to the site root. */
  file: string;
  /** The frontmatter, not yet validated. */
  data: unknown;
  /** The Markdown body. */
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
}

/** Decodes a content file as strict UTF-8; records an error naming `name` when it is missing or not UTF-8. */
export function decodeContentFile(file: RawFile | undefined, name: string, errors: ContentError[], missing = "een bestand op deze plek"): string | undefined {
  if (!file?.bytes) {
    errors.push({ file: name, field: "bestand", expected: missing, found: "geen bestand" });
    return undefined;
  }
  const text = decodeUtf8(file.bytes);
  if (text === undefined) {
    errors.push({ file: name, field: "bestand", expected: "tekst in UTF-8 (kies bij opslaan 'UTF-8')", found: "tekens in een andere codering" });
  }
  return text;
}

/** Decodes a Markdown file and splits off its frontmatter; records an error and returns undefined when it cannot. */
export function parseMarkdownFile(file: RawFile, errors: ContentError[]): ParsedMarkdown | undefined {
  const text = decodeContentFile(file, file.path, errors);
  if (text === undefined) return undefined;
  const result = parseFrontmatter(text);
  if (!result.ok) {
    errors.push({ file: file.path, field: result.field, expected: result.expected, found: result.found });
    return undefined;
  }
  return { file: file.path, data: result.data, body: result.body, bodyLine: result.bodyLine };
}

/** Validates parsed frontmatter against a schema; records every issue as an editor-facing error. */
export function validateFrontmatter<T extends z.ZodType>(parsed: ParsedMarkdown, schema: T, errors: ContentError[]): z.infer<T> | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  errors.push(...zodIssuesToErrors(parsed.file, parsed.data, result.error.issues));
  return undefined;
}
