import { z } from "zod";

/** The JSON Schema of an object schema, as far as its properties' titles go. */
interface TitledProperties {
  /** The object's properties, each with the title its `.meta({ title })` gives. */
  properties?: Record<string, { title?: string }>;
}

const cache = new WeakMap<z.ZodType, ReadonlyMap<string, string>>();

/** The Dutch title of each field of an object schema, by key, from its `.meta({ title })`; what the editing room shows. */
export function schemaTitles(schema: z.ZodType): ReadonlyMap<string, string> {
  const known = cache.get(schema);
  if (known) return known;
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as TitledProperties;
  const titles = new Map(Object.entries(json.properties ?? {}).flatMap(([key, property]) => (property.title ? [[key, property.title] as const] : [])));
  cache.set(schema, titles);
  return titles;
}
