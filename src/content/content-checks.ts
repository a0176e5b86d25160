import type { ContentError } from "./content-error.ts";
import type { ReleaseData } from "./schemas/release.ts";
import type { RawFile } from "./loader.ts";
import type { PageAddress, PendingPage } from "./page-addresses.ts";
import { RESERVED_SLUGS } from "./sections.ts";

/** Site pages every site must have: the footer and header link to them. */
const REQUIRED_SITE_PAGES = ["home", "toegankelijkheid", "privacy", "colofon"] as const;

/** The error for a file in a place the site does not know. */
export function unknownPlace(file: string): ContentError {
  return {
    file,
    field: "bestand",
    expected: "een bestand in content/toolkit/<versie>/<sectie>/, content/toolkit/<versie>/release.md, content/pages/ of content/podcast/",
    found: "een bestand op een plek die de site niet kent",
  };
}

/** Checks a file name (without .md): not reserved by the site, and in kebab-case. Reports and returns false when not. */
export function checkSlug(file: string, slug: string, errors: ContentError[]): boolean {
  if (RESERVED_SLUGS.has(slug)) {
    errors.push({ file, field: "bestandsnaam", expected: `een naam die de site niet zelf gebruikt (niet: ${[...RESERVED_SLUGS].join(", ")})`, found: `"${slug}"` });
    return false;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    errors.push({ file, field: "bestandsnaam", expected: "kleine letters, cijfers en streepjes, zoals anbi-stichting.md", found: `"${slug}.md"` });
    return false;
  }
  return true;
}

/** Reports page ids used twice in one release, and ids the site reserves. */
export function checkPageIds(pages: PendingPage[], errors: ContentError[]): void {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const key = `${page.version}\u0000${page.data.id}`;
    const first = seen.get(key);
    if (first) {
      errors.push({ file: page.parsed.file, field: "id", expected: "een id dat in deze release nog niet bestaat", found: `"${page.data.id}", ook gebruikt in ${first}` });
    } else {
      seen.set(key, page.parsed.file);
    }
    if (RESERVED_SLUGS.has(page.data.id)) {
      errors.push({ file: page.parsed.file, field: "id", expected: `een id dat de site niet zelf gebruikt (niet: ${[...RESERVED_SLUGS].join(", ")})`, found: `"${page.data.id}"` });
    }
  }
}

/** Reports deviations of a variant that name no precondition of the same release. */
export function checkDeviations(pages: PendingPage[], addresses: PageAddress[], errors: ContentError[]): void {
  const preconditions = new Set(addresses.filter((page) => page.section === "randvoorwaarden").map((page) => `${page.version}\u0000${page.id}`));
  for (const page of pages) {
    if (page.section !== "varianten") continue;
    const deviations = (page.data.deviations ?? []) as { precondition: string }[];
    deviations.forEach((deviation, index) => {
      if (!preconditions.has(`${page.version}\u0000${deviation.precondition}`)) {
        errors.push({ file: page.parsed.file, field: `deviations[${index + 1}].precondition`, expected: "het id van een randvoorwaarde in dezelfde release", found: `"${deviation.precondition}", dat in deze release geen randvoorwaarde is` });
      }
    });
  }
}

/** Reports site pages that every site must have and that are missing. */
export function checkSitePagesPresent(files: readonly RawFile[], errors: ContentError[]): void {
  for (const slug of REQUIRED_SITE_PAGES) {
    const file = `content/pages/${slug}.md`;
    if (!files.some((candidate) => candidate.path === file)) {
      errors.push({ file, field: "bestand", expected: "deze pagina; de site linkt ernaar", found: "geen bestand" });
    }
  }
}

/**
 * Reports change notes (`changes` in release.md) that name no page of the release or of the release before it (a
 * page that was removed is named by its id in the older release). `releases` come highest version first.
 */
export function checkChangeNotes(releases: readonly { data: ReleaseData; parsed: { file: string } }[], addresses: readonly PageAddress[], errors: ContentError[]): void {
  releases.forEach(({ data, parsed }, index) => {
    const previous = releases[index + 1]?.data.version;
    const known = new Set(addresses.filter((address) => address.version === data.version || address.version === previous).map((address) => address.id));
    for (const id of Object.keys(data.changes ?? {})) {
      if (!known.has(id)) {
        errors.push({
          file: parsed.file,
          field: `changes.${id}`,
          expected: `het id van een pagina in release ${data.version}${previous ? ` of ${previous}` : ""}`,
          found: `"${id}", dat daar geen pagina is`,
        });
      }
    }
  });
}
