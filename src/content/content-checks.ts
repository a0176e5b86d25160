import type { ContentError } from "./content-error.ts";
import type { ReleaseData } from "./schemas/release.ts";
import type { RawFile } from "./loader.ts";
import type { PageAddress, PendingPage } from "./page-addresses.ts";
import { pageLineage } from "./page-lineage.ts";
import { RESERVED_SLUGS } from "./sections.ts";
import { compareVersions } from "./versions.ts";

/** Site pages every site must have: the footer and header link to them. */
const REQUIRED_SITE_PAGES = ["home", "toegankelijkheid", "privacy", "colofon"] as const;

/** The error for a file in a place the site does not know. */
export function unknownPlace(file: string): ContentError {
  return {
    file,
    field: "bestand",
    expected:
      "een bestand in content/toolkit/<versie>/<sectie>/, content/toolkit/<versie>/release.md, content/pages/, content/podcast/ of content/errata/<versie>.yaml (of een van de bestanden die de site zelf bijhoudt: content/locks/, content/ledger.txt, content/redirects.yaml)",
    found: "een bestand op een plek die de site niet kent",
  };
}

/** Checks a file name (without .md): not reserved by the site, and in kebab-case. Reports and returns false when not. */
export function checkSlug(file: string, slug: string, errors: ContentError[]): boolean {
  if (RESERVED_SLUGS.has(slug)) {
    errors.push({
      file,
      field: "bestandsnaam",
      expected: `een naam die de site niet zelf gebruikt (niet: ${[...RESERVED_SLUGS].join(", ")})`,
      found: `"${slug}"`,
    });
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
      errors.push({
        file: page.parsed.file,
        field: "id",
        expected: "een id dat in deze release nog niet bestaat",
        found: `"${page.data.id}", ook gebruikt in ${first}`,
      });
    } else {
      seen.set(key, page.parsed.file);
    }
    if (RESERVED_SLUGS.has(page.data.id)) {
      errors.push({
        file: page.parsed.file,
        field: "id",
        expected: `een id dat de site niet zelf gebruikt (niet: ${[...RESERVED_SLUGS].join(", ")})`,
        found: `"${page.data.id}"`,
      });
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
        errors.push({
          file: page.parsed.file,
          field: `deviations[${index + 1}].precondition`,
          expected: "het id van een randvoorwaarde in dezelfde release",
          found: `"${deviation.precondition}", dat in deze release geen randvoorwaarde is`,
        });
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
export function checkChangeNotes(
  releases: readonly { data: ReleaseData; parsed: { file: string } }[],
  addresses: readonly PageAddress[],
  errors: ContentError[],
): void {
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

/**
 * Checks the former ids pages declare: each must be the id of a page in an earlier release and no longer an id in the
 * page's own release, may not be the page's own id (a loop), and no two pages of one release may turn out to be the
 * same page (a collision, also through a chain of renames).
 */
export function checkAliases(pages: readonly PendingPage[], errors: ContentError[]): void {
  const idsByRelease = new Map<string, Set<string>>();
  for (const page of pages) idsByRelease.set(page.version, (idsByRelease.get(page.version) ?? new Set()).add(page.data.id));
  const before = errors.length;
  const lineage = pageLineage(pages);
  for (const page of pages) {
    const aliases = (page.data.aliases ?? []) as string[];
    const own = idsByRelease.get(page.version) ?? new Set<string>();
    aliases.forEach((alias, index) => {
      const field = `aliases[${index + 1}]`;
      if (alias === page.data.id) {
        errors.push({
          file: page.parsed.file,
          field,
          expected: "een vorig id van deze pagina, niet het id dat ze nu heeft",
          found: `"${alias}": dat verwijst naar zichzelf`,
        });
      } else if (own.has(alias)) {
        errors.push({
          file: page.parsed.file,
          field,
          expected: "een id dat in deze release niet meer bestaat",
          found: `"${alias}", het id van een andere pagina in release ${page.version}`,
        });
      } else if (!pages.some((other) => other.data.id === alias && compareVersions(other.version, page.version) < 0)) {
        errors.push({
          file: page.parsed.file,
          field,
          expected: "het id van een pagina in een eerdere release",
          found: `"${alias}", dat in geen eerdere release voorkomt`,
        });
      }
    });
  }
  if (errors.length > before) return;
  // A chain of renames may still make two pages of one release the same page: report it at the page that declares it.
  const seen = new Map<string, PendingPage>();
  const reported = new Set<string>();
  for (const page of pages) {
    const key = `${page.version}\u0000${lineage(page.data.id)}`;
    const first = seen.get(key);
    if (!first) seen.set(key, page);
    else if (first.data.id !== page.data.id) {
      const declaring = pages.find((other) => ((other.data.aliases ?? []) as string[]).length > 0 && lineage(other.data.id) === lineage(page.data.id)) ?? page;
      if (reported.has(declaring.parsed.file)) continue;
      reported.add(declaring.parsed.file);
      errors.push({
        file: declaring.parsed.file,
        field: "aliases",
        expected: "een vorig id van alleen deze pagina",
        found: `via aliases worden "${page.data.id}" en "${first.data.id}" in release ${page.version} dezelfde pagina`,
      });
    }
  }
}

/** The path of the file of addresses that moved. */
export const REDIRECTS_FILE = "content/redirects.yaml";

/** Checks content/redirects.yaml on its own: each old address once, and no redirect that leads to another (or itself). */
export function checkRedirects(redirects: readonly { from: string; to: string }[], errors: ContentError[]): void {
  const froms = new Map<string, number>();
  redirects.forEach((redirect, index) => {
    const first = froms.get(redirect.from);
    if (first !== undefined) {
      errors.push({
        file: REDIRECTS_FILE,
        field: `[${index + 1}].from`,
        expected: "elk oud adres één keer",
        found: `"${redirect.from}", ook in [${first + 1}]`,
      });
    } else froms.set(redirect.from, index);
  });
  redirects.forEach((redirect, index) => {
    if (redirect.to === redirect.from || froms.has(redirect.to)) {
      errors.push({
        file: REDIRECTS_FILE,
        field: `[${index + 1}].to`,
        expected: "het adres van een pagina, niet van een andere doorverwijzing",
        found:
          redirect.to === redirect.from ? `"${redirect.to}": een doorverwijzing naar zichzelf` : `"${redirect.to}", dat zelf doorverwijst: een keten of lus`,
      });
    }
  });
}
