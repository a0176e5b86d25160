import type { SiteViews } from "../views/site-views.ts";
import type { ViewSource } from "./view-source.ts";

/** What a production build hands the plugin for one rendering pass: views derived once, before rendering starts. */
export interface ProductionInput {
  /** The views this pass renders (every view of the build, or one part of them). */
  views: SiteViews;
}

/** The production build's views: the given views, every one rendered; the build writes the other files itself. */
export function productionSource(input: ProductionInput): ViewSource {
  return {
    before: () => undefined,
    views: () => Promise.resolve(input.views),
    after: () => Promise.resolve(),
  };
}
