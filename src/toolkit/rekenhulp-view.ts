import { distinctSources } from "../content/cite-source.ts";
import type { CitedSource, RekenFigure, RekenhulpContent, RekenOutcome } from "../content/model.ts";
import { usable } from "../content/rekenhulp-figures.ts";
import { rekenhulpUrl } from "../content/urls.ts";
import { calculate, inputQuery, type Alternative, type RekenInput } from "./rekenhulp-calc.ts";
import { euro } from "../format/euro.ts";
import { figureText, originText, rekenTexts, type RekenTexts } from "./rekenhulp-texts.ts";
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
};

/** The rekenhulp of one release. */
export interface RekenhulpView extends ReleaseToolView {
  /** The release's default monthly bouwbudget. */
  monthly: ShownFigure;
  /** The youth norm. */
  youthNorm: ShownFigure;
  /** Costs the approach may prevent, with what one costs in the break-even view (a year for monthly figures) and what one is ("keer", "jaar"). */
  alternatives: (ShownFigure & { unitCostText: string; per: string })[];
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
  /** Every source the page cites, once each. */
  sources: CitedSource[];
}

function shown(figure: RekenFigure): ShownFigure {
  return { ...figure, valueText: figureText(figure), originText: originText(figure) };
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
  const alternatives = figures.filter((figure) => figure.role === "alternatief");
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
    contributions: figures.filter((figure) => figure.role === "bijdrage").map(shown),
    paybacks: figures.filter((figure) => figure.role === "terugverdientijd").map(shown),
    outcomes,
    example: defaults,
    exampleQuery: inputQuery(defaults),
    texts: rekenTexts(defaults, result),
    config,
    sources: distinctSources(cited),
  };
}
