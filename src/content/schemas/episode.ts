import { z } from "zod";
import { isRealPartialDate, kebabId, sourceRef, summary, title } from "./common.ts";

/** A chapter mark in an episode. */
const chapterSchema = z.strictObject({
  /** Start in seconds from the beginning of the audio. */
  start: z.number().min(0).meta({ title: "Begin (seconden)", description: "Waar het hoofdstuk begint, in seconden vanaf het begin van de audio." }),
  /** Chapter title as listeners see it. */
  title: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .meta({ title: "Titel", description: "De titel van het hoofdstuk zoals luisteraars die zien, hoogstens 120 tekens." }),
});

/** A person credited in an episode (podcast:person). */
const personSchema = z.strictObject({
  /** Name as credited; sample episodes use "Redactie", never a real person. */
  name: z.string().trim().min(1).meta({
    title: "Naam",
    description: 'De naam zoals die bij de aflevering wordt genoemd. Voorbeeldafleveringen gebruiken "Redactie", nooit een echte persoon.',
  }),
  /** Role in the Podcasting 2.0 taxonomy, e.g. host, guest, editor. */
  role: z
    .string()
    .trim()
    .min(1)
    .default("host")
    .meta({ title: "Rol", description: 'De rol volgens de lijst van Podcasting 2.0, zoals "host", "guest" of "editor". Zonder invulling is het "host".' }),
  /** Optional https page about the person. */
  href: z
    .url({ protocol: /^https$/ })
    .optional()
    .meta({ title: "Webpagina", description: "Een webpagina over de persoon, met een adres dat begint met https://. Niet verplicht." }),
});

/** A day as editors write it, "YYYY-MM-DD", that exists. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "een datum als JJJJ-MM-DD, tussen aanhalingstekens" })
  .refine(isRealPartialDate, { error: "een datum die bestaat" });

/** A correction of a published episode: when, and what was wrong and what it says now. */
const episodeCorrectionSchema = z.strictObject({
  /** Day of the correction, "YYYY-MM-DD". */
  date: day.meta({ title: "Datum", description: 'De dag van de correctie, als JJJJ-MM-DD, bijvoorbeeld "2026-11-29".' }),
  /** What the episode said, what it says now and what was made again, in plain sentences. */
  text: z
    .string()
    .trim()
    .min(1)
    .meta({ title: "Wat er is gecorrigeerd", description: "Wat de aflevering zei, wat er nu staat en wat opnieuw is gemaakt, in gewone zinnen." }),
});

/** Frontmatter of content/podcast/<nnn>-<slug>/index.md: one podcast episode. */
export const episodeSchema = z.strictObject({
  /** Permanent GUID, generated once by `npm run new:episode` and never changed. */
  guid: z.uuid({ error: "een GUID zoals 3f1c9a7e-…; laat `npm run new:episode` hem maken en verander hem nooit" }).meta({
    title: "GUID",
    description: "Vaste code van de aflevering (GUID), zoals 3f1c9a7e-…. Het commando npm run new:episode maakt hem één keer aan; verander hem nooit.",
  }),
  /** Episode title without its number, at most 70 characters. */
  title: title.meta({ title: "Titel", description: "De titel van de aflevering zonder het nummer, hoogstens 70 tekens." }),
  /** One or two sentences for lists and podcast apps. */
  summary: summary.meta({ title: "Samenvatting", description: "Eén of twee zinnen voor lijsten en podcast-apps, hoogstens 240 tekens." }),
  /** Publication date, "YYYY-MM-DD". */
  published: day.meta({ title: "Publicatiedatum", description: 'De datum van publicatie, als JJJJ-MM-DD, bijvoorbeeld "2026-11-29".' }),
  /** The toolkit release this episode belongs to; its podcast season. */
  release: z
    .string()
    .regex(/^\d+(?:\.\d+){1,2}$/, { error: 'een versienummer zoals "2.0", tussen aanhalingstekens' })
    .meta({
      title: "Release",
      description:
        'Het versienummer van de release waar deze aflevering bij hoort, zoals "2.0". Het podcastseizoen van die release is ook het seizoen van de aflevering.',
    }),
  /** Number of the episode within its season. */
  episode: z
    .number()
    .int()
    .min(1)
    .meta({ title: "Afleveringsnummer", description: "Het nummer van de aflevering binnen het seizoen: een heel getal vanaf 1." }),
  /** `full`, `trailer` or `bonus`. */
  type: z.enum(["full", "trailer", "bonus"]).default("full").meta({
    title: "Soort aflevering",
    description: 'Kies "full" voor een gewone aflevering, "trailer" voor een trailer of "bonus" voor een bonusaflevering. Zonder invulling is het "full".',
  }),
  /** File name of the audio (.mp3) in the episode's folder; always self-hosted. */
  audio: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*\.mp3$/, { error: "de bestandsnaam van de mp3 in deze map, zoals aflevering.mp3" })
    .meta({
      title: "Audiobestand",
      description:
        'De bestandsnaam van de mp3 in de map van deze aflevering, zoals "aflevering.mp3": kleine letters, cijfers en streepjes. De audio staat altijd op deze site zelf.',
    }),
  /** Credited people; optional. */
  persons: z.array(personSchema).optional().meta({ title: "Personen", description: "De mensen die bij de aflevering worden genoemd. Niet verplicht." }),
  /** Chapter marks, in order. */
  chapters: z.array(chapterSchema).meta({ title: "Hoofdstukken", description: "De hoofdstukken van de aflevering, in volgorde." }),
  /** Ids of toolkit pages in the same release that this episode is about. */
  related: z
    .array(kebabId)
    .meta({ title: "Gerelateerde pagina's", description: "De ids van de toolkitpagina's uit dezelfde release waar deze aflevering over gaat." }),
  /** Corrections after publication, oldest first; shown at the end of the episode page and in the feed. */
  corrections: z.array(episodeCorrectionSchema).optional().meta({
    title: "Correcties",
    description: "Wat er na publicatie is gecorrigeerd, het oudste eerst. Staat onderaan de pagina van de aflevering en in de feed. Niet verplicht.",
  }),
  /** Where the content comes from: keys of _data/sources.yaml or https URLs. */
  sources: z.array(sourceRef).min(1).meta({
    title: "Bronnen",
    description:
      "Waar de inhoud vandaan komt: de naam van een bron uit de bronnenlijst (_data/sources.yaml) of een webadres dat begint met https://. Minstens één.",
  }),
});

/** Validated episode frontmatter. */
export type EpisodeData = z.infer<typeof episodeSchema>;
