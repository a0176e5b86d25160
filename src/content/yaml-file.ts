import type { z } from "zod";
import type { ContentError } from "./content-error.ts";
import { decodeContentFile } from "./content-file.ts";
import { parseYaml } from "./frontmatter.ts";
import type { RawFile } from "./loader.ts";
import { zodIssuesToErrors } from "./zod-issues.ts";

/** Decodes, parses and validates one YAML file of _data/; undefined (with errors) when any step fails. */
export function loadYamlFile(file: RawFile | undefined, name: string, schema: z.ZodType, errors: ContentError[]): unknown {
  const text = decodeContentFile(file, name, errors);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    errors.push({ file: name, field: `regel ${parsed.line}`, expected: "geldige YAML (veld: waarde)", found: parsed.message });
    return undefined;
  }
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) {
    errors.push(...zodIssuesToErrors(name, parsed.value, result.error.issues));
    return undefined;
  }
  return result.data;
}
