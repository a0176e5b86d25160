import { z } from "zod";
import { isRealPartialDate, kebabId, sourceRef, summary, title } from "./common.ts";

/** A chapter mark in an episode. */
const chapterSchema = z.strictObject({
  /** Start in seconds from the beginning of the audio. */
  start: z.number().min(0),
  /** Chapter title as listeners see it. */
  title: z.string().trim().min(1).max(120),
});

/** A person credited in an episode (podcast:person). */
const personSchema = z.strictObject({
  /** Name as credited; sample episodes use "Redactie", never a real person. */
  name: z.string().trim().min(1),
  /** Role in the Podcasting 2.0 taxonomy, e.g. host, guest, editor. */
  role: z.string().trim().min(1).default("host"),
  /** Optional https page about the person. */
  href: z.url({ protocol: /^https$/ }).optional(),
});

/** Frontmatter of content/podcast/<nnn>-<slug>/index.md: one podcast episode. */
export const episodeSchema = z.strictObject({
  /** Permanent GUID, generated once by `npm run new:episode` and never changed. */
  guid: z.uuid({ error: "een GUID zoals 3f1c9a7e-…; laat `npm run new:episode` hem maken en verander hem nooit" }),
  /** Episode title without its number, at most 70 characters. */
  title,
  /** One or two sentences for lists and podcast apps. */
  summary,
  /** Publication date, "YYYY-MM-DD". */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "een datum als JJJJ-MM-DD, tussen aanhalingstekens" })
    .refine(isRealPartialDate, { error: "een datum die bestaat" }),
  /** The toolkit release this episode belongs to; its podcast season. */
  release: z.string().regex(/^\d+(?:\.\d+){1,2}$/, { error: "een versienummer zoals \"2.0\", tussen aanhalingstekens" }),
  /** Number of the episode within its season. */
  episode: z.number().int().min(1),
  /** `full`, `trailer` or `bonus`. */
  type: z.enum(["full", "trailer", "bonus"]).default("full"),
  /** File name of the audio (.mp3) in the episode's folder; always self-hosted. */
  audio: z.string().regex(/^[a-z0-9][a-z0-9-]*\.mp3$/, { error: "de bestandsnaam van de mp3 in deze map, zoals aflevering.mp3" }),
  /** Credited people; optional. */
  persons: z.array(personSchema).optional(),
  /** Chapter marks, in order. */
  chapters: z.array(chapterSchema),
  /** Ids of toolkit pages in the same release that this episode is about. */
  related: z.array(kebabId),
  /** Where the content comes from: keys of _data/sources.yaml or https URLs. */
  sources: z.array(sourceRef).min(1),
});

/** Validated episode frontmatter. */
export type EpisodeData = z.infer<typeof episodeSchema>;
