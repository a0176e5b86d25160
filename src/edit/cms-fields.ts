import { z } from "zod";

/** One field of a Decap CMS collection, as its configuration (config.yml) describes it. */
export interface CmsField {
  /** The frontmatter key. */
  name: string;
  /** The Dutch label above the field, from the schema's `.meta({ title })`. */
  label: string;
  /** Decap's widget: string, text, number, select, list, object, boolean, or our own `map`. */
  widget: string;
  /** The Dutch help text from the schema's `.describe()`. */
  hint: string;
  /** False when the field may stay empty (optional, or null meaning "onbekend"). */
  required: boolean;
  /** A regular expression the value must match, with the message Decap shows when it does not. */
  pattern?: [string, string];
  /** Choices of a select. */
  options?: string[];
  /** `int` or `float`, for number widgets. */
  value_type?: "int" | "float";
  /** Smallest allowed number. */
  min?: number;
  /** Largest allowed number. */
  max?: number;
  /** The value a new entry starts with. */
  default?: unknown;
  /** The subfields of an object, or of each item of a list of objects. */
  fields?: CmsField[];
  /** The one field of each item of a list of plain values. */
  field?: CmsField;
  /** False to show a list's items open, as lists of plain values are short. */
  collapsed?: boolean;
  /** How a closed item of a list of objects is named: its first two fields, e.g. an erratum's date and why. */
  summary?: string;
  /** True when the value may be null: an empty field is saved as null ("onbekend"). */
  nullable?: boolean;
}

/** The part of JSON Schema that zod's toJSONSchema writes for our content schemas. */
interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
}

/** Strings longer than this get a text area instead of a one-line field. */
const ONE_LINE = 120;

/** Numbers zod writes as the limit of a safe integer: no limit an editor needs to see. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** What Decap says when a value does not have the form its pattern asks. */
const PATTERN_MESSAGE = "Deze waarde heeft niet de vorm die de uitleg bij het veld vraagt.";

/**
 * The Decap CMS fields of an object schema, one per property, in the schema's order: the form and the build read the
 * same schema, so they cannot disagree. Throws when a property has no Dutch label and help text (`.meta()`).
 */
export function cmsFields(schema: z.ZodType): CmsField[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return objectFields(json, "");
}

function objectFields(json: JsonSchema, where: string): CmsField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => field(name, property, required.has(name), `${where}${name}`));
}

function field(name: string, property: JsonSchema, required: boolean, where: string): CmsField {
  const [label, hint] = [property.title, property.description];
  if (!label || !hint) throw new Error(`Het schemaveld ${where} heeft geen Nederlandse naam en uitleg (.meta({ title, description })).`);
  const variants = property.anyOf ?? [property];
  const nullable = variants.some((variant) => variant.type === "null");
  const value = merged(variants.filter((variant) => variant.type !== "null"));
  const base = { name, label, hint, required: required && !nullable && property.default === undefined };
  // Decap checks a number's limits even when the field is empty, so a field that may be "onbekend" leaves them to the build.
  const { min, max, ...shown } = widget(value, where);
  return {
    ...base,
    ...shown,
    ...(nullable ? {} : { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }),
    ...(nullable ? { nullable: true } : {}),
    ...(property.default !== undefined ? { default: property.default } : {}),
  };
}

/** One schema for a union: a union of objects (as in errata corrections) becomes one object whose fields are all optional. */
function merged(variants: JsonSchema[]): JsonSchema {
  if (variants.length === 1 && variants[0]) return variants[0];
  if (variants.every((variant) => variant.type === "object")) {
    const properties: Record<string, JsonSchema> = {};
    for (const variant of variants) Object.assign(properties, variant.properties);
    const required = Object.keys(properties).filter((key) => variants.every((variant) => variant.required?.includes(key)));
    return { type: "object", properties, required };
  }
  throw new Error(`Een keuze tussen ${variants.map((variant) => variant.type).join(" en ")} kan het formulier niet tonen.`);
}

function widget(json: JsonSchema, where: string): Omit<CmsField, "name" | "label" | "hint" | "required"> {
  if (json.enum) return { widget: "select", options: json.enum };
  switch (json.type) {
    case "string":
      return {
        widget: json.pattern || (json.maxLength !== undefined && json.maxLength <= ONE_LINE) ? "string" : "text",
        ...(json.pattern ? { pattern: [json.pattern, PATTERN_MESSAGE] as [string, string] } : {}),
      };
    case "integer":
    case "number":
      return {
        widget: "number",
        value_type: json.type === "integer" ? "int" : "float",
        ...(json.minimum !== undefined ? { min: json.minimum } : {}),
        ...(json.maximum !== undefined && json.maximum < NO_LIMIT ? { max: json.maximum } : {}),
      };
    case "boolean":
      return { widget: "boolean" };
    case "array": {
      const items = merged(json.items?.anyOf ?? (json.items ? [json.items] : []));
      if (items.type === "object") {
        const fields = objectFields(items, `${where}[].`);
        return {
          widget: "list",
          summary: fields
            .slice(0, 2)
            .map((field) => `{{fields.${field.name}}}`)
            .join(" · "),
          fields,
        };
      }
      const item = widget(items, `${where}[]`);
      const oneLine = item.widget === "text" ? { ...item, widget: "string" } : item;
      return { widget: "list", collapsed: false, field: { name: "waarde", label: "Waarde", hint: "", required: true, ...oneLine } };
    }
    case "object":
      if (json.properties) return { widget: "object", fields: objectFields(json, `${where}.`) };
      // A record (such as a release's `changes`): keys chosen by the editor, each with a text.
      return { widget: "map" };
    default:
      throw new Error(`Het schemaveld ${where} heeft een soort (${json.type ?? "onbekend"}) die het formulier niet kent.`);
  }
}
