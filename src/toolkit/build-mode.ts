/** How the site is built: `production` leaves concept releases out; `preview` and `dev` include and mark them. */
export type BuildMode = "production" | "preview" | "dev";

/** True when concept releases are part of the output in this mode. */
export function includesConcepts(mode: BuildMode): boolean {
  return mode !== "production";
}
