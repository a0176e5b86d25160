import { buildAssets, type SiteAssets } from "../assets/build-assets.ts";
import type { SiteContent } from "../content/model.ts";
import type { BuildMode } from "../toolkit/build-mode.ts";
import type { DiffStore } from "../toolkit/release-comparison.ts";
import type { RelatedByRelease } from "../toolkit/toolkit-view.ts";
import { deriveSite, publishedFiles, type DerivedSite } from "../views/derive-site.ts";
import type { ViewSource } from "./view-source.ts";
import { writeFiles } from "./write-files.ts";

/** What a production build hands the plugin: everything is loaded, ranked and dated before rendering starts. */
export interface ProductionInput {
  /** Validated content. */
  content: SiteContent;
  /** "Zie ook" rankings per release. */
  related: RelatedByRelease;
  /** The build date, "YYYY-MM-DD", fixed once per build. */
  buildDate: string;
  /** Block diffs of earlier builds, checked by the hashes of both sides. */
  diffs?: DiffStore;
  /** Receives the derived views, for the search bundles. */
  derived(site: DerivedSite): void;
}

/** The production build's views: every view, every time, derived once from the loaded content. */
export function productionSource(mode: BuildMode, input: ProductionInput): ViewSource {
  let outputDir = "";
  let made: Promise<{ derived: DerivedSite; assets: SiteAssets }> | undefined;
  const derive = (): Promise<{ derived: DerivedSite; assets: SiteAssets }> =>
    (made ??= buildAssets().then((assets) => {
      const derived = deriveSite({
        content: input.content,
        mode,
        related: input.related,
        assets,
        buildDate: input.buildDate,
        ...(input.diffs ? { diffs: input.diffs } : {}),
      });
      input.derived(derived);
      return { derived, assets };
    }));
  return {
    before: (dir) => {
      outputDir = dir;
    },
    views: async () => (await derive()).derived.views,
    after: async () => {
      const { derived, assets } = await derive();
      await writeFiles(outputDir, publishedFiles(input.content, derived, assets));
    },
  };
}
