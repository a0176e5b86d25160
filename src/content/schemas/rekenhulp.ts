import { z } from "zod";
import { kebabId } from "./common.ts";

/** A key of _data/sources.yaml. */
const sourceKey = z.string().regex(/^[a-z0-9-]+$/, { error: "een sleutel uit _data/sources.yaml, zoals 'bossche-bond-2018'" });

/** A release version such as "2.0". */
const version = z.string().regex(/^\d+(?:\.\d+){1,2}$/, { error: 'een versie van een release, zoals "2.0", tussen aanhalingstekens' });

/** One sourced figure the rekenhulp uses. */
const figureSchema = z.strictObject({
  /** Stable identifier. */
  id: kebabId,
  /**
   * What the rekenhulp does with it: `maandbedrag` (the default monthly bouwbudget), `jongerennorm` (what the youth
   * norm pays a month), `alternatief` (a cost the approach may prevent: the break-even view), `bijdrage` (who pays
   * into a fund) or `terugverdientijd` (an expected payback time).
   */
  role: z.enum(["maandbedrag", "jongerennorm", "alternatief", "bijdrage", "terugverdientijd"]),
  /** What the figure is, in Dutch, e.g. "Een gedwongen huisuitzetting". */
  label: z.string().trim().min(1).max(120),
  /** The value the source gives. */
  value: z.number().positive(),
  /** Lowest and highest value, only where the source itself gives a range. */
  range: z.strictObject({ min: z.number().positive(), max: z.number().positive() }).optional(),
  /** True when the source gives it as an estimate ("circa", "ongeveer"). */
  approximate: z.boolean(),
  /** Its unit. */
  unit: z.enum(["euro", "euro per maand", "euro per jaar", "jaar"]),
  /** The year the figure is from, as the source gives it or dates itself; null when unknown ("jaar onbekend"). */
  year: z.number().int().min(1900).max(2200).nullable(),
  /** The source: a key of _data/sources.yaml that every release using the figure already cites. */
  source: sourceKey,
  /** Where the figure comes from, without its year (shown beside it), e.g. "Bossche Bond, 's-Hertogenbosch, praktijkvoorbeeld". */
  context: z.string().trim().min(1),
  /** The first release that may use it. */
  since: version,
});

/** One outcome measured somewhere, shown as what was measured there and never as a forecast. */
const outcomeSchema = z.strictObject({
  /** Stable identifier. */
  id: kebabId,
  /** What was measured, e.g. "Woont zelfstandig". */
  label: z.string().trim().min(1).max(120),
  /** The share at the start, in percent. */
  before: z.number().min(0).max(100),
  /** The share at the end, in percent. */
  after: z.number().min(0).max(100),
  /** The source: a key of _data/sources.yaml that every release using it already cites. */
  source: sourceKey,
  /** Where and when it was measured. */
  context: z.string().trim().min(1),
  /** The first release that may use it. */
  since: version,
});

/** content/rekenhulp.yaml: the reference figures of the rekenhulp, outside the locked release folders. */
export const rekenhulpSchema = z.strictObject({
  /** The ids of the pages (in any release) that link to the rekenhulp, such as the preconditions on money. */
  linkedFrom: z.array(kebabId),
  /** The sourced figures. */
  figures: z.array(figureSchema).min(1),
  /** Outcomes measured elsewhere. */
  outcomes: z.array(outcomeSchema),
});

/** The validated rekenhulp.yaml. */
export type RekenhulpData = z.infer<typeof rekenhulpSchema>;

/** One validated figure. */
export type FigureData = z.infer<typeof figureSchema>;

/** One validated outcome. */
export type OutcomeData = z.infer<typeof outcomeSchema>;
