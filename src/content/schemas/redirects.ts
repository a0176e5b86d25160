import { z } from "zod";

/** An address on this site: starts with "/", no spaces, query or fragment. */
const sitePath = z.string().regex(/^\/[^\s?#]*$/, { error: 'een adres op deze site dat met / begint, zoals "/podcast/oude-naam/"' });

/** One published address that moved, when no page can declare it as an alias (an episode, a site page, a tool). */
const redirectSchema = z.strictObject({
  /** The old address, as it stands in content/ledger.txt. */
  from: sitePath,
  /** The address it moved to: a page this site still publishes. */
  to: sitePath,
  /** Why it moved, in one sentence; the fallback page at the old address shows it. */
  why: z.string().trim().min(1),
});

/** content/redirects.yaml: addresses that moved for good. */
export const redirectsSchema = z.array(redirectSchema);

/** A validated redirect. */
export type RedirectData = z.infer<typeof redirectSchema>;
