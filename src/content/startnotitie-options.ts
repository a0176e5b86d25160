import { resolveSourceRef } from "./cite-source.ts";
import type { ContentError } from "./content-error.ts";
import type { StartnotitieContent, ToolkitPage } from "./model.ts";
import type { StartnotitieData } from "./schemas/startnotitie.ts";
import type { Source } from "./schemas/sources.ts";
import { compareVersions } from "./versions.ts";

/** Where the startnotitie's choices per randvoorwaarde live, outside the locked release folders. */
export const STARTNOTITIE_FILE = "content/startnotitie.yaml";

/**
 * Checks the startnotitie's choices against the releases: each randvoorwaarde id is a randvoorwaarde of a release from
 * the choice's `since` on; `since` is a release; each source is a key of _data/sources.yaml that the randvoorwaarde's
 * page already cites in every such release (a release offers only what its own pages support); ids are unique within
 * their randvoorwaarde. Without `pages` (a release.md is broken, and reported) only the sources are checked.
 */
export function checkStartnotitie(
  data: StartnotitieData,
  versions: readonly string[] | undefined,
  pages: readonly ToolkitPage[],
  sources: Record<string, Source>,
  errors: ContentError[],
): StartnotitieContent {
  const conditions = Object.fromEntries(
    Object.entries(data.conditions).map(([condition, options]) => [
      condition,
      options.map((option, index) => {
        const field = `conditions.${condition}[${index + 1}]`;
        if (options.findIndex((other) => other.id === option.id) !== index) {
          errors.push({
            file: STARTNOTITIE_FILE,
            field: `${field}.id`,
            expected: "een id dat binnen deze randvoorwaarde één keer voorkomt",
            found: `"${option.id}" staat er vaker`,
          });
        }
        const cited = option.sources.flatMap((key, position) => {
          const source = resolveSourceRef(key, sources);
          if (!source)
            errors.push({
              file: STARTNOTITIE_FILE,
              field: `${field}.sources[${position + 1}]`,
              expected: "een sleutel uit _data/sources.yaml",
              found: `"${key}"`,
            });
          return source ? [source] : [];
        });
        if (versions) errors.push(...releaseErrors(condition, field, option, versions, pages));
        return { ...option, cited };
      }),
    ]),
  );
  return { conditions };
}

/** The checks of one choice against the releases from its `since` on. */
function releaseErrors(
  condition: string,
  field: string,
  option: { since: string; sources: readonly string[] },
  versions: readonly string[],
  pages: readonly ToolkitPage[],
): ContentError[] {
  if (!versions.includes(option.since))
    return [{ file: STARTNOTITIE_FILE, field: `${field}.since`, expected: "de versie van een release die bestaat", found: `"${option.since}"` }];
  const offered = pages.filter((page) => page.section === "randvoorwaarden" && page.data.id === condition && compareVersions(option.since, page.version) <= 0);
  if (offered.length === 0) {
    return [
      {
        file: STARTNOTITIE_FILE,
        field: `conditions.${condition}`,
        expected: `de id van een randvoorwaarde in release ${option.since} of later`,
        found: `"${condition}", geen randvoorwaarde vanaf release ${option.since}`,
      },
    ];
  }
  return offered.flatMap((page) =>
    option.sources
      .filter((key) => !page.data.sources.includes(key))
      .map((key) => ({
        file: STARTNOTITIE_FILE,
        field: `${field}.sources`,
        expected: `een bron die de pagina ${condition} in release ${page.version} al noemt (of een latere since)`,
        found: `"${key}"`,
      })),
  );
}
