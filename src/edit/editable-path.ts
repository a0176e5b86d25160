import path from "node:path";
import { isSection } from "../content/sections.ts";

/** What decides whether a file may be written from the editing room. */
export interface EditRules {
  /** Versions of the releases that are still concepts. */
  concepts: ReadonlySet<string>;
  /** Versions of the published releases, whose errata file may be written. */
  released: ReadonlySet<string>;
  /** The release an episode folder's show notes belong to (its `release` field now), or undefined when unknown. */
  episodeRelease: (folder: string) => string | undefined;
  /** True when the file exists already. */
  exists: (file: string) => boolean;
}

/** Files that may sit next to a page or an episode: its images, and an episode's audio. */
const MEDIA = /\.(png|jpe?g|webp|svg|gif|mp3)$/;

/**
 * Why a repository path may not be written from the editing room, in Dutch, or null when it may: the pages, media,
 * release notes and glossary of a concept release, the show notes and media of its episodes, the errata file of a published
 * release (the only way it changes) and the existing site pages. The server checks this whatever the form allows.
 */
export function refusedEdit(file: string, rules: EditRules): string | null {
  const normalized = path.posix.normalize(file);
  if (normalized !== file || file.startsWith("/") || file.includes("\\")) return `${file} is geen pad binnen content/.`;
  const parts = file.split("/");
  if (parts[0] !== "content") return `${file} ligt buiten content/ en kan hier niet worden bewerkt.`;
  const name = parts.at(-1) ?? "";
  const isPageOrMedia = name.endsWith(".md") || MEDIA.test(name);
  if (parts[1] === "toolkit" && parts.length >= 4) {
    const version = parts[2] ?? "";
    if (rules.released.has(version))
      return `Release ${version} is gepubliceerd: verbeter een fout daarin met een erratum (content/errata/${version}.yaml), niet hier.`;
    if (!rules.concepts.has(version)) return `Er is geen conceptrelease ${version}; een nieuwe release begint met npm run release.`;
    if (parts.length === 4 && (name === "release.md" || name === "begrippen.yaml")) return null;
    if (parts.length === 5 && isSection(parts[3] ?? "") && isPageOrMedia) return null;
  }
  if (parts[1] === "podcast" && parts.length === 4 && (name === "index.md" || MEDIA.test(name))) {
    const release = rules.episodeRelease(parts[2] ?? "");
    if (release !== undefined && rules.concepts.has(release)) return null;
    return `Deze aflevering hoort bij een gepubliceerde release (${release ?? "onbekend"}) en kan hier niet worden bewerkt.`;
  }
  if (parts[1] === "errata" && parts.length === 3) {
    const version = name.replace(/\.yaml$/, "");
    if (name.endsWith(".yaml") && rules.released.has(version)) return null;
    return `Errata horen bij een gepubliceerde release; ${name} hoort bij geen gepubliceerde release.`;
  }
  if (parts[1] === "pages" && parts.length === 3 && name.endsWith(".md")) {
    return rules.exists(file) ? null : "Nieuwe sitepagina's maakt de redactie niet in de beheeromgeving.";
  }
  return `${file} kan in de beheeromgeving niet worden bewerkt.`;
}
