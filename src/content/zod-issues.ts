import type { z } from "zod";
import type { ContentError } from "./content-error.ts";
import { describeValue } from "./describe-value.ts";

const TYPE_NAMES: Record<string, string> = {
  string: "tekst",
  number: "een getal",
  int: "een geheel getal",
  boolean: "ja of nee (true of false)",
  array: "een lijst (regels die beginnen met '- ')",
  object: "een groep velden",
  null: "een leeg veld",
};

/** Turns zod issues for one file into editor-facing errors naming field, expectation and finding. */
export function zodIssuesToErrors(file: string, input: unknown, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  return issues.flatMap((issue) => issueToErrors(file, input, issue));
}

function issueToErrors(file: string, input: unknown, issue: z.core.$ZodIssue): ContentError[] {
  const field = fieldName(issue.path);
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        file,
        field: fieldName([...issue.path, key]),
        expected: "alleen velden die bij dit soort pagina horen (zie README)",
        found: "een onbekend veld (tikfout?)",
      }));
    case "invalid_type":
      return [{ file, field, expected: expectedType(issue.expected, found), found: describeValue(found) }];
    case "too_small":
      return [{ file, field, expected: tooSmall(issue.origin, Number(issue.minimum)), found: describeValue(found) }];
    case "too_big":
      return [{ file, field, expected: tooBig(issue.origin, Number(issue.maximum)), found: describeValue(found) }];
    case "invalid_value":
      return [{ file, field, expected: `een van: ${issue.values.map(String).join(", ")}`, found: describeValue(found) }];
    default:
      return [{ file, field, expected: issue.message, found: describeValue(found) }];
  }
}

function expectedType(expected: string, found: unknown): string {
  const name = TYPE_NAMES[expected] ?? expected;
  if (expected === "string" && (typeof found === "number" || typeof found === "boolean")) {
    return `${name}; zet de waarde tussen aanhalingstekens`;
  }
  return name;
}

function tooSmall(origin: string, minimum: number): string {
  if (origin === "string") return minimum <= 1 ? "tekst die niet leeg is" : `tekst van minstens ${minimum} tekens`;
  if (origin === "array") return minimum <= 1 ? "een lijst met minstens één item" : `een lijst met minstens ${minimum} items`;
  return `een getal van minstens ${minimum}`;
}

function tooBig(origin: string, maximum: number): string {
  if (origin === "string") return `tekst van hoogstens ${maximum} tekens`;
  if (origin === "array") return `een lijst met hoogstens ${maximum} items`;
  return `een getal van hoogstens ${maximum}`;
}

/** Names a field path the way an editor reads it, counting list items from 1: `programme[3].minutes`. */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "frontmatter";
  return path.map((part, index) => (typeof part === "number" ? `[${part + 1}]` : `${index === 0 ? "" : "."}${String(part)}`)).join("");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
