import type { PageIndex } from "./page-index.ts";
import type { ReleaseRole } from "./releases.ts";
import { releaseUrl } from "../content/urls.ts";

/** One link of the version switcher. */
export interface SwitchTarget {
  /** The release the link goes to. */
  version: string;
  /** Where that release stands. */
  role: ReleaseRole;
  /** The same page in that release, or that release's home when the page does not exist there. */
  url: string;
  /** True when the page exists in that release. */
  exists: boolean;
  /** True for the release being read. */
  isCurrentPage: boolean;
}

/** Links to the same page (by lineage key) in every visible release, falling back to the release home. */
export function switchTargets(key: string, version: string, releases: readonly { version: string; role: ReleaseRole }[], index: PageIndex): SwitchTarget[] {
  return releases.map((release) => {
    const url = index.get(release.version)?.get(key);
    return {
      version: release.version,
      role: release.role,
      url: url ?? releaseUrl(release.version),
      exists: url !== undefined,
      isCurrentPage: release.version === version,
    };
  });
}
