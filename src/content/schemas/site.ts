import { z } from "zod";

/** Links to the podcast in podcast apps; each is shown only when set. */
const subscribeLinksSchema = z.strictObject({
  /** Apple Podcasts page of the show. */
  applePodcasts: z.url({ protocol: /^https$/ }).optional(),
  /** Spotify page of the show. */
  spotify: z.url({ protocol: /^https$/ }).optional(),
  /** Pocket Casts page of the show. */
  pocketCasts: z.url({ protocol: /^https$/ }).optional(),
  /** AntennaPod subscribe link. */
  antennaPod: z.url({ protocol: /^https$/ }).optional(),
});

/** The podcast channel: what podcast apps show about the show as a whole. */
const podcastChannelSchema = z.strictObject({
  /** Name of the show. */
  title: z.string().trim().min(1),
  /** What the show is about; a few sentences. */
  description: z.string().trim().min(1),
  /** Author as podcast apps show it (itunes:author). */
  author: z.string().trim().min(1),
  /** Apple Podcasts category and optional subcategory, e.g. "Government". */
  category: z.string().trim().min(1),
  /** Optional Apple Podcasts subcategory. */
  subcategory: z.string().trim().min(1).optional(),
  /** Channel GUID (podcast:guid): UUIDv5 of the first feed URL, computed once and never changed. */
  guid: z.uuid(),
  /** Artwork: a square JPEG or PNG of 1400–3000 px in content/podcast/. */
  artwork: z.string().regex(/^[a-z0-9-]+\.(?:png|jpe?g)$/),
  /** Copyright line. */
  copyright: z.string().trim().min(1),
  /** Links to the show in podcast apps. */
  subscribe: subscribeLinksSchema.default({}),
});

/** _data/site.yaml: publisher settings for the whole site. */
export const siteSchema = z.strictObject({
  /** Name of the site as shown in the header and titles. */
  title: z.string().trim().min(1),
  /** One sentence on what the site is. */
  description: z.string().trim().min(1),
  /** Absolute base URL without trailing slash; SITE_URL overrides it. */
  url: z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, "")),
  /** Who publishes this edition. */
  publisher: z.string().trim().min(1),
  /** Contact e-mail address for readers (accessibility, corrections, privacy); also the podcast owner's address. */
  contactEmail: z.email(),
  /** The podcast channel. */
  podcast: podcastChannelSchema,
});

/** Validated site settings. */
export type SiteConfig = z.infer<typeof siteSchema>;
