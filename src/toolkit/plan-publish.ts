import { compareVersions } from "../content/versions.ts";

/** What `npm run release -- publish <version>` will do, or why it refuses. */
export type PublishPlan = { ok: true; version: string; releaseMd: string; newlyReleased: boolean } | { ok: false; reason: string };

/** A release as publishing needs it. */
interface PublishableRelease {
  /** Version. */
  version: string;
  /** Concept or released. */
  status: "concept" | "released";
}

/**
 * Plans publishing a release: a concept gets `status: released` and today's date in its release.md; a release that
 * is already released but has no complete lock yet (published before locks, or before locks held its sources) keeps
 * its status and date. Refuses a release that does not exist or already has a complete lock (`locked`).
 */
export function planPublish(
  version: string,
  releases: readonly PublishableRelease[],
  locked: ReadonlySet<string>,
  releaseMd: string,
  today: string,
): PublishPlan {
  const release = releases.find((candidate) => compareVersions(candidate.version, version) === 0);
  if (!release) return { ok: false, reason: `Er is geen release ${version} (een map in content/toolkit/).` };
  if (locked.has(release.version))
    return { ok: false, reason: `Release ${release.version} is al gepubliceerd en heeft een slot. Een correctie van een feit wordt een erratum.` };
  const newer = releases.filter((other) => other.status === "released" && compareVersions(other.version, release.version) > 0);
  if (release.status === "concept" && newer.length > 0) {
    return { ok: false, reason: `Release ${release.version} is lager dan de gepubliceerde release(s) ${newer.map((other) => other.version).join(", ")}.` };
  }
  if (release.status === "released") return { ok: true, version: release.version, releaseMd, newlyReleased: false };
  const withStatus = setField(setField(releaseMd, "status", "released"), "released", `"${today}"`);
  return { ok: true, version: release.version, releaseMd: withStatus, newlyReleased: true };
}

/** Sets one top-level field of a Markdown file's frontmatter, leaving every other byte as it was. */
function setField(text: string, field: string, value: string): string {
  const end = text.indexOf("\n---", 3);
  const frontmatter = text.slice(0, end);
  const line = new RegExp(`^${field}:.*$`, "m");
  if (!line.test(frontmatter)) throw new Error(`release.md heeft geen veld ${field}.`);
  return frontmatter.replace(line, `${field}: ${value}`) + text.slice(end);
}
