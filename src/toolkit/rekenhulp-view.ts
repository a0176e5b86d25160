import { distinctSources } from "../content/cite-source.ts";
import type { CitedSource, RekenChange, RekenFigure, RekenhulpContent, RekenOutcome } from "../content/model.ts";
import { usable } from "../content/rekenhulp-figures.ts";
import { rekenhulpUrl } from "../content/urls.ts";
import { calculate, inputQuery, type Alternative, type RekenInput } from "./rekenhulp-calc.ts";
import { dutchDate } from "../format/dutch-date.ts";
import { euro } from "../format/euro.ts";
import { figureText, kindText, originText, REKEN_FRAMING, rekenTexts, type RekenTexts } from "./rekenhulp-texts.ts";
import { toolView, type ReleaseToolView } from "./release-tools.ts";
import type { ReleaseView } from "./release-view.ts";
import type { ReleaseRole } from "./releases.ts";

/** The number of young people of the worked example that readers without JavaScript see; labelled as an example. */
const EXAMPLE_YOUNG_PEOPLE = 10;

/** What the browser needs to compute: the defaults, the youth norm and the alternatives (as a data attribute). */
export interface RekenConfig {
  /** The inputs the form starts with. */
  defaults: RekenInput;
  /** The youth norm per month. */
  youthNorm: number;
  /** The alternatives of the break-even view. */
  alternatives: Alternative[];
}

/** A sourced figure as the page shows it. */
export type ShownFigure = RekenFigure & {
  /** Its value in words, e.g. "ongeveer € 30.000 per jaar". */
  valueText: string;
  /** Where it comes from and its year, or that the year is unknown. */
  originText: string;
  /** Whose cost it is, in words. */
  kindText: string;
};

/** A cost the page does not compare with the bouwbudget, and why not. */
export type SetAsideFigure = ShownFigure & {
  /** Why the municipality does not earn it back, in Dutch. */
  why: string;
};

/** The rekenhulp of one release. */
export interface RekenhulpView extends ReleaseToolView {
  /** The release's default monthly bouwbudget. */
  monthly: ShownFigure;
  /** The youth norm. */
  youthNorm: ShownFigure;
  /** Costs the approach aims to prevent that the municipality or society bears, for young people or no age given, with what one costs (a year for monthly figures) and what one is ("keer", "jaar"). */
  alternatives: (ShownFigure & { unitCostText: string; per: string })[];
  /** Costs from the sources that are not compared: the young person's own situation, or an adult's. */
  setAside: SetAsideFigure[];
  /** Euro figures whose year is unknown: the page tells readers to check the current amounts. */
  unknownYear: ShownFigure[];
  /** Changes to what the page shows for the same inputs. */
  changes: (RekenChange & { dateLabel: string })[];
  /** Who pays into a fund, where a source says so. */
  contributions: ShownFigure[];
  /** Expected payback times, where a source gives one. */
  paybacks: ShownFigure[];
  /** Outcomes measured elsewhere. */
  outcomes: RekenOutcome[];
  /** The inputs of the worked example. */
  example: RekenInput;
  /** Its query string. */
  exampleQuery: string;
  /** Its result in words, as the page shows it. */
  texts: RekenTexts;
  /** What the browser computes with. */
  config: RekenConfig;
  /** The sentences that frame the comparison: beside, never added up, no forecast. */
  framing: typeof REKEN_FRAMING;
  /** Every source the page cites, once each. */
  sources: CitedSource[];
}

function shown(figure: RekenFigure): ShownFigure {
  return { ...figure, valueText: figureText(figure), originText: originText(figure), kindText: kindText(figure) };
}

/** Why a cost from the sources is not one the municipality earns back with Het Bouwdepot; undefined when it may be compared. */
export function setAsideReason(figure: Pick<RekenFigure, "kind" | "ageGroup">, youthNorm: string): string | undefined {
  if (figure.kind === "jongere") return "Dit is de eigen situatie van de jongere, geen kosten van de gemeente. De gemeente verdient dit niet terug.";
  if (figure.ageGroup.scope === "volwassenen")
    return `Voor jongeren van 18 tot 21 jaar geldt de jongerennorm: ${youthNorm}. Dit bedrag is dus niet wat de gemeente voor deze jongeren terugverdient.`;
  return undefined;
}

/** The rekenhulp of each release, when the site has reference figures. */
export function rekenhulpViews(
  releases: readonly ReleaseView[],
  rekenhulp: RekenhulpContent | undefined,
  roles: readonly { version: string; role: ReleaseRole }[],
): RekenhulpView[] {
  return rekenhulp ? releases.flatMap((release) => rekenhulpView(release, rekenhulp, roles) ?? []) : [];
}

/** The rekenhulp of a release: the figures its own time knew, and the worked example for the defaults. */
function rekenhulpView(
  release: ReleaseView,
  rekenhulp: RekenhulpContent,
  releases: readonly { version: string; role: ReleaseRole }[],
): RekenhulpView | undefined {
  const figures = usable(rekenhulp.figures, release.version);
  const monthly = figures.find((figure) => figure.role === "maandbedrag");
  const youthNorm = figures.find((figure) => figure.role === "jongerennorm");
  if (!monthly || !youthNorm) return undefined; // reported by checkRekenhulp
  const youthNormText = figureText(youthNorm);
  const alternatives = figures.filter((figure) => figure.role === "alternatief" && setAsideReason(figure, youthNormText) === undefined);
  const setAside = figures.flatMap((figure) => {
    const why = figure.role === "alternatief" ? setAsideReason(figure, youthNormText) : undefined;
    return why === undefined ? [] : [{ ...shown(figure), why }];
  });
  const costs = alternatives.flatMap((figure) => (figure.unit === "jaar" ? [] : [{ id: figure.id, value: figure.value, unit: figure.unit }]));
  const outcomes = usable(rekenhulp.outcomes, release.version);
  const defaults: RekenInput = {
    youngPeople: EXAMPLE_YOUNG_PEOPLE,
    monthlyAmount: monthly.value,
    months: 12,
    guidancePerYear: null,
    anbiPerYear: null,
    implementation: null,
  };
  const config: RekenConfig = {
    defaults,
    youthNorm: youthNorm.value,
    alternatives: costs,
  };
  const cited = [...figures, ...outcomes].map((item) => item.cited);
  const result = calculate(defaults, config.youthNorm, config.alternatives);
  return {
    ...toolView(release, releases, rekenhulpUrl, [{ title: "Rekenhulp", url: rekenhulpUrl(release.version) }]),
    monthly: shown(monthly),
    youthNorm: shown(youthNorm),
    alternatives: alternatives.map((figure) => ({
      ...shown(figure),
      per: figure.unit === "euro" ? "keer" : "jaar",
      unitCostText: figure.unit === "euro per maand" ? `12 × ${euro(figure.value)} = ${euro(figure.value * 12)} per jaar` : figureText(figure),
    })),
    setAside,
    unknownYear: figures.filter((figure) => figure.year === null && figure.unit !== "jaar").map(shown),
    changes: rekenhulp.changes.map((change) => ({ ...change, dateLabel: dutchDate(change.date) })),
    contributions: figures.filter((figure) => figure.role === "bijdrage").map(shown),
    paybacks: figures.filter((figure) => figure.role === "terugverdientijd").map(shown),
    outcomes,
    example: defaults,
    exampleQuery: inputQuery(defaults),
    texts: rekenTexts(defaults, result),
    config,
    framing: REKEN_FRAMING,
    sources: distinctSources(cited),
  };
}
