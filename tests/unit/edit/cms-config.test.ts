import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cmsConfig, type CmsCollection } from "../../../src/edit/cms-config.ts";
import { cmsFields, type CmsField } from "../../../src/edit/cms-fields.ts";
import { adminHostFiles } from "../../../src/edit/admin-host.ts";
import { editRoomCsp } from "../../../src/edit/edit-room.ts";
import { episodeSchema } from "../../../src/content/schemas/episode.ts";
import { errataSchema } from "../../../src/content/schemas/errata.ts";
import { glossarySchema } from "../../../src/content/schemas/glossary.ts";
import { pageSchema } from "../../../src/content/schemas/page.ts";
import { releaseSchema } from "../../../src/content/schemas/release.ts";
import { SECTION_SCHEMAS } from "../../../src/content/section-schemas.ts";

/** Every field path of a zod object schema, read from zod's own shapes (not through JSON Schema, as the generator does). */
function schemaPaths(schema: z.ZodType, prefix = ""): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaPaths(value, `${prefix}${key}.`)]);
  }
  if (inner instanceof z.ZodArray) return schemaPaths(inner.element as z.ZodType, prefix);
  if (inner instanceof z.ZodUnion) return [...new Set((inner.options as z.ZodType[]).flatMap((option) => schemaPaths(option, prefix)))];
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault || current instanceof z.ZodPipe) {
    current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
  }
  return current;
}

function fieldPaths(fields: readonly CmsField[], prefix = ""): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...fieldPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

const releases = [
  { version: "1.0", status: "released" as const },
  { version: "2.0", status: "released" as const },
  { version: "3.0", status: "concept" as const },
];
const config = cmsConfig({ releases }, { kind: "local", url: "http://localhost:8081/api/v1" });
const collections = config.collections as CmsCollection[];

describe("the CMS configuration generated from the content schemas", () => {
  const schemas: [string, z.ZodType, readonly CmsField[]][] = [
    ["release", releaseSchema, collections.find((c) => c.name === "release-3-0")?.files?.[0]?.fields ?? []],
    ["episode", episodeSchema, collections.find((c) => c.name === "podcast-3-0")?.fields ?? []],
    ["site page", pageSchema, collections.find((c) => c.name === "paginas")?.fields ?? []],
    ["errata", errataSchema, collections.find((c) => c.name === "errata-2-0")?.files?.[0]?.fields ?? []],
    ["glossary", glossarySchema, collections.find((c) => c.name === "release-3-0")?.files?.find((file) => file.name === "begrippen")?.fields ?? []],
    ...Object.entries(SECTION_SCHEMAS).map(([section, schema]): [string, z.ZodType, readonly CmsField[]] => [
      section,
      schema,
      collections.find((c) => c.name === `3-0-${section}`)?.fields ?? [],
    ]),
  ];

  it.each(schemas)("has a form field for every %s schema field and no field the schema lacks", (name, schema, fields) => {
    expect(fields.length).toBeGreaterThan(0);
    expect(fieldPaths(fields.filter((field) => field.name !== "body")).sort()).toEqual(schemaPaths(schema).sort());
    if (name !== "errata" && name !== "glossary") expect(fields.at(-1)).toMatchObject({ name: "body", widget: "text" });
  });

  it("gives every field a Dutch label and help text from the schema", () => {
    const all = (fields: readonly CmsField[]): CmsField[] => fields.flatMap((field) => [field, ...all(field.fields ?? [])]);
    for (const [, , fields] of schemas) for (const field of all(fields)) expect(field.label && field.hint, field.name).toBeTruthy();
    expect(cmsFields(SECTION_SCHEMAS.varianten).find((field) => field.name === "municipalities")?.label).toBe("Gemeenten");
  });

  it("refuses a schema field without a Dutch label and help text", () => {
    expect(() => cmsFields(z.strictObject({ naam: z.string() }))).toThrow(/naam heeft geen Nederlandse naam en uitleg/);
  });

  it("turns the schema's rules into widgets: required, selects, lists, numbers, patterns, nullable and defaults", () => {
    const variant = cmsFields(SECTION_SCHEMAS.varianten);
    const byName = new Map(variant.map((field) => [field.name, field]));
    expect(byName.get("title")).toMatchObject({ widget: "string", required: true });
    expect(byName.get("status")).toMatchObject({ widget: "select", options: ["gepland", "pilot", "structureel", "afgerond"], required: true });
    expect(byName.get("participants")).toMatchObject({ widget: "number", value_type: "int", required: false, nullable: true });
    expect(byName.get("participants")?.min).toBeUndefined();
    expect(byName.get("order")).toMatchObject({ widget: "number", value_type: "int", min: 0, required: false });
    expect(byName.get("start")).toMatchObject({ widget: "string", nullable: true, pattern: ["^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$", expect.any(String)] });
    expect(byName.get("id")?.pattern?.[0]).toBe("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    expect(byName.get("municipalities")).toMatchObject({ widget: "list", required: true, field: { widget: "string" } });
    expect(byName.get("deviations")?.fields?.map((field) => field.name)).toEqual(["precondition", "reason"]);
    expect(byName.get("deviations")?.summary).toBe("{{fields.precondition}} · {{fields.reason}}");
    const episode = cmsFields(episodeSchema);
    expect(episode.find((field) => field.name === "type")).toMatchObject({ widget: "select", default: "full", required: false });
    expect(cmsFields(releaseSchema).find((field) => field.name === "changes")).toMatchObject({ widget: "map", required: false });
  });

  it("offers a published release only its errata file, as a list of corrections of page or source", () => {
    for (const version of ["1.0", "2.0"]) {
      const errata = collections.filter(
        (collection) => JSON.stringify(collection).includes(`/${version}`) || JSON.stringify(collection).includes(`${version}.yaml`),
      );
      expect(errata.map((collection) => collection.files?.map((file) => file.file))).toEqual([[`content/errata/${version}.yaml`]]);
    }
    const corrections = collections.find((c) => c.name === "errata-1-0")?.files?.[0]?.fields[0]?.fields?.find((field) => field.name === "corrections");
    expect(corrections?.fields?.map((field) => [field.name, field.required])).toEqual([
      ["page", false],
      ["wrong", true],
      ["right", true],
      ["source", false],
    ]);
  });

  it("offers collections for the concept release only: published releases get no form", () => {
    const folders = collections.flatMap((collection) => [collection.folder ?? "", ...(collection.files ?? []).map((file) => file.file)]).filter(Boolean);
    expect(folders.some((folder) => folder.includes("/1.0/") || folder.includes("/2.0/"))).toBe(false);
    expect(folders).toContain("content/toolkit/3.0/varianten");
    expect(folders).toContain("content/toolkit/3.0/release.md");
    expect(folders).toContain("content/toolkit/3.0/begrippen.yaml");
    expect(collections.find((c) => c.name === "podcast-3-0")).toMatchObject({
      folder: "content/podcast",
      path: "{{slug}}/index",
      filter: { field: "release", value: "3.0" },
      create: false,
    });
    expect(collections.every((collection) => collection.delete === false)).toBe(true);
    expect(collections.find((c) => c.name === "3-0-aanpak")).toMatchObject({ slug: "{{fields.id}}", media_folder: "", public_folder: "" });
  });

  it("writes a hosted configuration from the same schemas, with the editorial workflow and no local backend", () => {
    const hosted = cmsConfig({ releases }, { kind: "hosted", name: "github", repo: "gemeente/bouwdepot", branch: "main", apiRoot: "https://api.github.com" });
    expect(hosted).toMatchObject({
      backend: { name: "github", repo: "gemeente/bouwdepot", branch: "main", api_root: "https://api.github.com" },
      publish_mode: "editorial_workflow",
    });
    expect(hosted.local_backend).toBeUndefined();
    expect(hosted.collections).toEqual(config.collections);
  });

  it("writes header rules for the admin host that apply to /beheer/ only and let the room reach the forge's API", () => {
    const files = adminHostFiles("https://gitea.gemeente.example/api/v1");
    const netlify = files.get("_headers") ?? "";
    expect(netlify.split("\n")[0]).toBe("/beheer/*");
    expect(netlify).toMatch(/Content-Security-Policy: .*script-src 'self' 'unsafe-eval'.*connect-src 'self' https:\/\/gitea\.gemeente\.example;/);
    expect(netlify).toContain("X-Robots-Tag: noindex, nofollow");
    expect(files.get("beheer.nginx.conf")).toMatch(/^location \/beheer\/ \{$/m);
    expect(editRoomCsp()).toMatch(/connect-src 'self';/);
  });
});
