import { resolveSourceRef } from "./cite-source.ts";
import type { ContentError } from "./content-error.ts";
import type { CitedSource, RekenhulpContent } from "./model.ts";
import type { FigureData, OutcomeData, RekenhulpData } from "./schemas/rekenhulp.ts";
import type { Source } from "./schemas/sources.ts";
import { compareVersions } from "./versions.ts";

/** Where the rekenhulp's reference figures live. */
export const REKENHULP_FILE = "content/rekenhulp.yaml";

/** The units each role can be computed with. */
const UNITS: Record<FigureData["role"], readonly FigureData["unit"][]> = {
  maandbedrag: ["euro per maand"],
  jongerennorm: ["euro per maand"],
  alternatief: ["euro", "euro per jaar", "euro per maand"],
  bijdrage: ["euro", "euro per jaar"],
  terugverdientijd: ["jaar"],
};

/** The kinds each role can have: the bouwbudget and a payback time are the municipality's. */
const KINDS: Record<FigureData["role"], readonly FigureData["kind"][]> = {
  maandbedrag: ["gemeente"],
  jongerennorm: ["jongere"],
  alternatief: ["gemeente", "maatschappij", "jongere"],
  bijdrage: ["maatschappij", "gemeente"],
  terugverdientijd: ["gemeente"],
};

/** What the check needs to know of a release. */
interface ReleaseFacts {
  /** Its version. */
  version: string;
  /** Its date, "YYYY" or longer. */
  released: string;
  /** The source keys its pages cite. */
  cites: ReadonlySet<string>;
  /** The ids of its pages. */
  ids: ReadonlySet<string>;
}

/**
 * Checks the rekenhulp's figures: each source exists; each `since` is a release; every release from `since` on
 * already cites the figure's source and does not lie before the figure's year (a release uses only what its own time
 * knew); and every release has exactly one default monthly amount and one youth norm. Without `releases` (a
 * release.md is broken, and reported) only the figures themselves are checked.
 */
export function checkRekenhulp(
  data: RekenhulpData,
  releases: readonly ReleaseFacts[] | undefined,
  sources: Record<string, Source>,
  errors: ContentError[],
): RekenhulpContent {
  const cite = (list: "figures" | "outcomes", index: number, key: string): CitedSource => {
    const cited = resolveSourceRef(key, sources);
    if (!cited) errors.push({ file: REKENHULP_FILE, field: `${list}[${index + 1}].source`, expected: "een sleutel uit _data/sources.yaml", found: `"${key}"` });
    return cited ?? { label: key, url: null };
  };
  const figures = data.figures.map((figure, index) => ({ ...figure, cited: cite("figures", index, figure.source) }));
  const outcomes = data.outcomes.map((outcome, index) => ({ ...outcome, cited: cite("outcomes", index, outcome.source) }));
  figures.forEach((figure, index) => {
    const units = UNITS[figure.role];
    if (!units.includes(figure.unit)) {
      errors.push({
        file: REKENHULP_FILE,
        field: `figures[${index + 1}].unit`,
        expected: `bij role: ${figure.role} een van: ${units.join(", ")}`,
        found: `"${figure.unit}"`,
      });
    }
    errors.push(...kindErrors(figure, index));
  });
  if (releases) checkReleases(data, figures, outcomes, releases, errors);
  return { linkedFrom: data.linkedFrom, figures, outcomes, changes: data.changes };
}

/** A figure's kind against its role, and who bears it only for a cost to society. */
function kindErrors(figure: FigureData, index: number): ContentError[] {
  const field = `figures[${index + 1}]`;
  const kinds = KINDS[figure.role];
  const errors: ContentError[] = [];
  if (!kinds.includes(figure.kind))
    errors.push({ file: REKENHULP_FILE, field: `${field}.kind`, expected: `bij role: ${figure.role} een van: ${kinds.join(", ")}`, found: `"${figure.kind}"` });
  if (figure.bears !== null && figure.kind !== "maatschappij") {
    errors.push({
      file: REKENHULP_FILE,
      field: `${field}.bears`,
      expected: "null: alleen kosten voor de maatschappij zeggen wie ze draagt",
      found: `"${figure.bears}" bij kind: ${figure.kind}`,
    });
  }
  return errors;
}

/** The checks against the releases: time, citations, one default amount and youth norm each, and the linking pages. */
function checkReleases(
  data: RekenhulpData,
  figures: readonly FigureData[],
  outcomes: readonly OutcomeData[],
  releases: readonly ReleaseFacts[],
  errors: ContentError[],
): void {
  figures.forEach((figure, index) => checkTime("figures", index, figure, figure.year, releases, errors));
  outcomes.forEach((outcome, index) => checkTime("outcomes", index, outcome, null, releases, errors));
  for (const release of releases) {
    for (const role of ["maandbedrag", "jongerennorm"] as const) {
      const count = usable(figures, release.version).filter((figure) => figure.role === role).length;
      if (count !== 1) {
        errors.push({
          file: REKENHULP_FILE,
          field: "figures",
          expected: `precies één cijfer met role: ${role} voor release ${release.version}`,
          found: `${count}`,
        });
      }
    }
  }
  data.linkedFrom.forEach((id, index) => {
    if (!releases.some((release) => release.ids.has(id))) {
      errors.push({ file: REKENHULP_FILE, field: `linkedFrom[${index + 1}]`, expected: "het id van een pagina in een van de releases", found: `"${id}"` });
    }
  });
}

/** The figures or outcomes a release may use: those whose `since` is this release or an earlier one. */
export function usable<T extends { since: string }>(list: readonly T[], version: string): T[] {
  return list.filter((item) => compareVersions(item.since, version) <= 0);
}

function checkTime(
  list: "figures" | "outcomes",
  index: number,
  item: { since: string; source: string },
  year: number | null,
  releases: readonly ReleaseFacts[],
  errors: ContentError[],
): void {
  const field = `${list}[${index + 1}]`;
  if (!releases.some((release) => release.version === item.since)) {
    errors.push({ file: REKENHULP_FILE, field: `${field}.since`, expected: "de versie van een release die bestaat", found: `"${item.since}"` });
    return;
  }
  for (const release of releases.filter((candidate) => compareVersions(item.since, candidate.version) <= 0)) {
    if (!release.cites.has(item.source)) {
      errors.push({
        file: REKENHULP_FILE,
        field: `${field}.source`,
        expected: `een bron die release ${release.version} al citeert (of een latere since)`,
        found: `"${item.source}", die geen pagina van release ${release.version} noemt`,
      });
    }
    const releaseYear = Number(release.released.slice(0, 4));
    if (year !== null && year > releaseYear) {
      errors.push({
        file: REKENHULP_FILE,
        field: `${field}.year`,
        expected: `een jaar tot en met ${releaseYear}, het jaar van release ${release.version} (of een latere since)`,
        found: `${year}`,
      });
    }
  }
}
