import { z } from "zod";
import { kebabId } from "./common.ts";

/** A key of _data/sources.yaml. */
const sourceKey = z.string().regex(/^[a-z0-9-]+$/, { error: "een sleutel uit _data/sources.yaml, zoals 'bossche-bond-2018'" });

/** A release version such as "2.0". */
const version = z.string().regex(/^\d+(?:\.\d+){1,2}$/, { error: 'een versie van een release, zoals "2.0", tussen aanhalingstekens' });

/** Whose cost a figure is: the municipality's, society's, or the young person's own situation. */
const figureKind = z
  .enum(["gemeente", "maatschappij", "jongere"], { error: "een van: gemeente, maatschappij, jongere (wiens kosten of situatie het cijfer is)" })
  .meta({
    title: "Soort",
    description:
      'Wiens kosten het cijfer zijn. "gemeente": kosten die de gemeente zelf draagt. "maatschappij": kosten voor de maatschappij; zet bij "draagt" wie ze draagt, als de bron dat zegt. "jongere": de eigen situatie van de jongere, zoals een schuld of een inkomen; die kosten verdient de gemeente nooit terug.',
  });

/** For whom a figure holds: Het Bouwdepot's young people, adults, or no age given. */
const ageScope = z
  .enum(["jongeren", "volwassenen", "niet-genoemd"], { error: "een van: jongeren, volwassenen, niet-genoemd (voor wie het cijfer geldt)" })
  .meta({
    title: "Leeftijdsgroep",
    description:
      '"jongeren": het cijfer geldt voor jongeren zoals in Het Bouwdepot. "volwassenen": het geldt voor volwassenen, niet voor jongeren van 18 tot 21 (voor hen geldt de jongerennorm); de rekenhulp vergelijkt het dan niet. "niet-genoemd": de bron noemt geen leeftijd.',
  });

/** Whom a figure holds for, as its source gives it. */
const ageGroupSchema = z
  .strictObject({
    /** The group, for the comparison. */
    scope: ageScope,
    /** The group in the source's words. */
    label: z.string().trim().min(1).max(160).meta({
      title: "Voor wie, in woorden",
      description: 'Voor wie het cijfer geldt, zoals de bron het zegt, bijvoorbeeld "jongeren van 18 tot 21 jaar" of "de bron noemt geen leeftijd".',
    }),
  })
  .meta({ title: "Voor wie", description: "Voor welke leeftijdsgroep het cijfer geldt, zoals de bron het geeft." });

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
  /** Whose cost it is. */
  kind: figureKind,
  /** Who bears a cost to society, in the source's words; null when the source does not say. */
  bears: z
    .string()
    .trim()
    .min(1)
    .nullable()
    .meta({ title: "Draagt", description: 'Wie de kosten draagt, in de woorden van de bron, zoals "de maatschappij"; null als de bron het niet zegt.' }),
  /** Whom it holds for. */
  ageGroup: ageGroupSchema,
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
  /** The first share the source gives ("van"), in percent; the source does not say when it was measured. */
  before: z.number().min(0).max(100),
  /** The second share the source gives ("naar"), in percent. */
  after: z.number().min(0).max(100),
  /** The source: a key of _data/sources.yaml that every release using it already cites. */
  source: sourceKey,
  /** Where and when it was measured. */
  context: z.string().trim().min(1),
  /** The first release that may use it. */
  since: version,
});

/** A change to what the rekenhulp shows for the same inputs. */
const changeSchema = z.strictObject({
  /** The day of the change. */
  date: z.iso
    .date({ error: 'een datum als "2026-12-07", tussen aanhalingstekens' })
    .meta({ title: "Datum", description: "De dag waarop de vergelijking veranderde." }),
  /** What changed and why, in Dutch. */
  why: z.string().trim().min(1).meta({ title: "Waarom", description: "Wat de rekenhulp nu anders laat zien voor dezelfde invoer, en waarom." }),
});

/** content/rekenhulp.yaml: the reference figures of the rekenhulp, outside the locked release folders. */
export const rekenhulpSchema = z.strictObject({
  /** The ids of the pages (in any release) that link to the rekenhulp, such as the preconditions on money. */
  linkedFrom: z.array(kebabId),
  /** The sourced figures. */
  figures: z.array(figureSchema).min(1),
  /** Outcomes measured elsewhere. */
  outcomes: z.array(outcomeSchema),
  /** Changes to the comparison, so that a shared address says what it shows differently since. */
  changes: z.array(changeSchema),
});

/** The validated rekenhulp.yaml. */
export type RekenhulpData = z.infer<typeof rekenhulpSchema>;

/** One validated figure. */
export type FigureData = z.infer<typeof figureSchema>;

/** One validated outcome. */
export type OutcomeData = z.infer<typeof outcomeSchema>;

/** One validated change. */
export type ChangeData = z.infer<typeof changeSchema>;
