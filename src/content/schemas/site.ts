import { z } from "zod";

/**
 * The show's pages in podcast directories, once it is listed there; each is shown only when set. Apps that subscribe
 * from the feed address get their links without this (src/podcast/app-links.ts).
 */
const directoryListingsSchema = z.strictObject({
  /** The show's page in Apple Podcasts on the web (podcasts.apple.com). */
  applePodcasts: z.url({ protocol: /^https$/ }).optional(),
  /** The show's page in Spotify (open.spotify.com), which does not subscribe from a feed address. */
  spotify: z.url({ protocol: /^https$/ }).optional(),
  /** The show's page in Pocket Casts on the web (pca.st). */
  pocketCasts: z.url({ protocol: /^https$/ }).optional(),
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
  /** The show's pages in podcast directories. */
  listings: directoryListingsSchema.default({}),
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
