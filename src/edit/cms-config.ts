import type { z } from "zod";
import { episodeSchema } from "../content/schemas/episode.ts";
import { errataSchema } from "../content/schemas/errata.ts";
import { glossarySchema } from "../content/schemas/glossary.ts";
import { pageSchema } from "../content/schemas/page.ts";
import { releaseSchema } from "../content/schemas/release.ts";
import { SECTION_SCHEMAS } from "../content/section-schemas.ts";
import { SECTIONS, SECTION_INFO } from "../content/sections.ts";
import { cmsFields, type CmsField } from "./cms-fields.ts";

/** Where the CMS saves: our local backend under `npm run edit`, or a hosted git forge with the editorial workflow. */
export type CmsBackend =
  | { kind: "local"; url: string }
  | {
      kind: "hosted";
      /** The forge: github, gitlab or gitea, as Decap names its backends. */
      name: "github" | "gitlab" | "gitea";
      /** "owner/name" of the repository. */
      repo: string;
      /** The branch editors' pull requests go to. */
      branch: string;
      /** The forge's API (Decap's `api_root`), e.g. "https://gitea.example.nl/api/v1". */
      apiRoot: string;
    };

/** One Decap collection: a folder of Markdown files, or named single files. */
export interface CmsCollection {
  /** Decap's internal name (letters, digits, dashes). */
  name: string;
  /** What editors see in the list of collections. */
  label: string;
  /** A sentence under the label. */
  description: string;
  /** The folder of a folder collection. */
  folder?: string;
  /** The single files of a file collection (Markdown with frontmatter, or YAML). */
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  /** Folder collections: where an entry's file lies below the folder ("{{slug}}/index" for episodes). */
  path?: string;
  /** Folder collections: only entries whose field has this value. */
  filter?: { field: string; value: string };
  /** Markdown with YAML frontmatter. */
  format?: "frontmatter";
  /** File extension of the entries. */
  extension?: "md";
  /** Whether editors may add entries. */
  create: boolean;
  /** Whether editors may delete entries. */
  delete: boolean;
  /** The file name of a new entry. */
  slug?: string;
  /** The field that names an entry in lists. */
  identifier_field?: string;
  /** Media go next to the entry (""), as the build requires. */
  media_folder?: string;
  /** How media are referred to from the entry: by file name, relative to it. */
  public_folder?: string;
  /** The form's fields. */
  fields?: CmsField[];
}

/** What the generator needs to know about the content: the releases and whether each is still a concept. */
export interface CmsReleases {
  /** Version and status of every release, e.g. { version: "3.0", status: "concept" }. */
  releases: readonly { version: string; status: "concept" | "released" }[];
}

/** Commit messages in Dutch, in the house style (imperative), naming the collection and the file. */
const COMMIT_MESSAGES = {
  create: "Voeg {{collection}} “{{slug}}” toe (beheeromgeving)",
  update: "Werk {{collection}} “{{slug}}” bij (beheeromgeving)",
  delete: "Verwijder {{collection}} “{{slug}}” (beheeromgeving)",
  uploadMedia: "Voeg bestand “{{path}}” toe (beheeromgeving)",
  deleteMedia: "Verwijder bestand “{{path}}” (beheeromgeving)",
};

/** The Markdown body, edited as it is written: a rich-text editor would rewrite `::: voorbeeld`, `id:` links and escapes. */
const BODY: CmsField = {
  name: "body",
  label: "Tekst",
  widget: "text",
  hint: "De tekst van de pagina in Markdown, precies zoals hij in het bestand staat. Blokken als ::: voorbeeld en links als [titel](id:pagina) blijven zoals u ze typt.",
  required: true,
};

/**
 * The Decap CMS configuration: collections for the concept releases (their release notes and glossary, the pages of
 * each section and the episodes of their podcast season), the errata file of each published release (the only way it changes),
 * and the site pages. Every field comes from the zod schema the build validates with.
 */
export function cmsConfig(content: CmsReleases, backend: CmsBackend): Record<string, unknown> {
  const concepts = content.releases.filter((release) => release.status === "concept").map((release) => release.version);
  return {
    ...(backend.kind === "local"
      ? { backend: { name: "git-gateway", branch: "main", commit_messages: COMMIT_MESSAGES }, local_backend: { url: backend.url }, publish_mode: "simple" }
      : {
          backend: { name: backend.name, repo: backend.repo, branch: backend.branch, api_root: backend.apiRoot, commit_messages: COMMIT_MESSAGES },
          publish_mode: "editorial_workflow",
        }),
    locale: "nl",
    media_folder: "content/media-niet-gebruikt",
    site_url: "http://localhost:8080",
    collections: [
      ...concepts.flatMap(conceptCollections),
      ...content.releases.filter((release) => release.status === "released").map((release) => errataCollection(release.version)),
      sitePages(),
    ],
  };
}

function conceptCollections(version: string): CmsCollection[] {
  const id = version.replace(/\./g, "-");
  const release: CmsCollection = {
    name: `release-${id}`,
    label: `Release ${version} (concept)`,
    description: `De releasegegevens, de uitleg bij wat er veranderde en de begrippenlijst van release ${version}.`,
    create: false,
    delete: false,
    files: [
      { name: "release", label: `Release ${version}`, file: `content/toolkit/${version}/release.md`, fields: withBody(releaseSchema) },
      { name: "begrippen", label: `Begrippenlijst ${version}`, file: `content/toolkit/${version}/begrippen.yaml`, fields: cmsFields(glossarySchema) },
    ],
  };
  const sections = SECTIONS.map((section) => ({
    ...markdownFolder(`content/toolkit/${version}/${section}`, SECTION_SCHEMAS[section]),
    name: `${id}-${section}`,
    label: `${version} · ${SECTION_INFO[section].title}`,
    description: SECTION_INFO[section].description,
    create: true,
    slug: "{{fields.id}}",
  }));
  const episodes: CmsCollection = {
    ...markdownFolder("content/podcast", episodeSchema),
    name: `podcast-${id}`,
    label: `${version} · Podcast`,
    description: `De shownotes van de afleveringen bij release ${version}. Een nieuwe aflevering maakt u met npm run new:episode.`,
    path: "{{slug}}/index",
    filter: { field: "release", value: version },
  };
  return [release, ...sections, episodes];
}

function errataCollection(version: string): CmsCollection {
  return {
    name: `errata-${version.replace(/\./g, "-")}`,
    label: `${version} · Errata`,
    description: `Release ${version} is gepubliceerd en verandert niet meer, behalve met een erratum: een gedateerde correctie van een feit, met bron. Verbeter formuleringen in de conceptrelease.`,
    create: false,
    delete: false,
    files: [{ name: "errata", label: `Errata van release ${version}`, file: `content/errata/${version}.yaml`, fields: cmsFields(errataSchema) }],
  };
}

function sitePages(): CmsCollection {
  return {
    ...markdownFolder("content/pages", pageSchema),
    name: "paginas",
    label: "Sitepagina's",
    description: "De vaste pagina's van de site: home, over, toegankelijkheid, privacy en colofon.",
  };
}

/** A folder of Markdown files with frontmatter: no new files or deletions unless the caller allows them, media beside each entry. */
function markdownFolder(folder: string, schema: z.ZodType): Omit<CmsCollection, "name" | "label" | "description"> {
  return {
    folder,
    format: "frontmatter",
    extension: "md",
    create: false,
    delete: false,
    identifier_field: "title",
    media_folder: "",
    public_folder: "",
    fields: withBody(schema),
  };
}

function withBody(schema: z.ZodType): CmsField[] {
  return [...cmsFields(schema), BODY];
}
