import { compareVersions } from "../content/versions.ts";
import type { ReleaseRole } from "./releases.ts";

/** Two releases compared: the older first. */
export interface ReleasePair {
  /** The older release's version. */
  from: string;
  /** The newer release's version. */
  to: string;
}

/**
 * The comparisons a build publishes: each released release against the released one before it and against the
 * current release, each concept (shown in dev and preview builds only) against the current release, and every
 * comparison of two released releases the ledger lists: once published, a comparison stays, also when a newer
 * release becomes current.
 */
export function comparisonPairs(releases: readonly { version: string; role: ReleaseRole }[], ledger: readonly string[] = []): ReleasePair[] {
  const released = releases.filter((release) => release.role !== "concept").sort((a, b) => compareVersions(a.version, b.version));
  const current = released.find((release) => release.role === "current")?.version;
  const pairs: ReleasePair[] = released.slice(1).map((release, index) => ({ from: released[index]?.version ?? "", to: release.version }));
  if (current) {
    for (const release of released.slice(0, -2)) pairs.push({ from: release.version, to: current });
    for (const concept of releases.filter((release) => release.role === "concept")) pairs.push({ from: current, to: concept.version });
  }
  const releasedVersions = new Set(released.map((release) => release.version));
  for (const url of ledger) {
    const match = /^\/toolkit\/vergelijk\/([^/]+)\/([^/]+)\/$/.exec(url);
    const [from = "", to = ""] = match?.slice(1) ?? [];
    if (releasedVersions.has(from) && releasedVersions.has(to) && !pairs.some((pair) => pair.from === from && pair.to === to)) pairs.push({ from, to });
  }
  return pairs.sort((a, b) => compareVersions(a.to, b.to) || compareVersions(a.from, b.from));
}
