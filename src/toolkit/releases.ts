import type { Release } from "../content/model.ts";
import { includesConcepts, type BuildMode } from "./build-mode.ts";
import { compareVersions } from "../content/versions.ts";

/** Where a release stands for readers: the current one, an older published one, or not yet published. */
export type ReleaseRole = "current" | "archived" | "concept";

/** The current release: the highest released version; undefined when nothing is released yet. */
export function currentRelease<T extends Pick<Release, "version" | "status">>(releases: readonly T[]): T | undefined {
  return [...releases].filter((release) => release.status === "released").sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** The role of one release among all releases. */
export function releaseRole(release: Pick<Release, "version" | "status">, releases: readonly Pick<Release, "version" | "status">[]): ReleaseRole {
  if (release.status === "concept") return "concept";
  return currentRelease(releases)?.version === release.version ? "current" : "archived";
}

/** The releases that are published in this build mode, highest version first. */
export function visibleReleases<T extends Pick<Release, "version" | "status">>(releases: readonly T[], mode: BuildMode): T[] {
  return releases.filter((release) => release.status === "released" || includesConcepts(mode)).sort((a, b) => compareVersions(b.version, a.version));
}
