import type { SiteViews } from "../views/site-views.ts";

/** Where a build's views come from and what happens around rendering them: the production build or the dev server. */
export interface ViewSource {
  /** Called when Eleventy starts a build, with its output folder; `background` is true under the dev server. */
  before(outputDir: string, background: boolean): void;
  /** The views Eleventy renders in this build. */
  views(): Promise<SiteViews>;
  /** Called when Eleventy has written the pages: writes the other files. */
  after(): Promise<void>;
}
