import { z } from "zod";

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
  /** Contact e-mail address for readers (accessibility, corrections, privacy). */
  contactEmail: z.email(),
});

/** Validated site settings. */
export type SiteConfig = z.infer<typeof siteSchema>;
