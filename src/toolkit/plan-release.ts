import { currentRelease } from "./releases.ts";
import { compareVersions } from "../content/versions.ts";

/** What `npm run release -- <version>` will do, or why it refuses. */
export type ReleasePlan = { ok: true; from: string; version: string; releaseMd: string } | { ok: false; reason: string };

/** Plans a new concept release copied from the current one; refuses an existing, lower or malformed version. */
export function planRelease(
  version: string,
  releases: readonly { version: string; status: "concept" | "released"; podcastSeason: number }[],
  today: string,
): ReleasePlan {
  if (!/^\d+(?:\.\d+){1,2}$/.test(version)) return { ok: false, reason: `"${version}" is geen versienummer; gebruik bijvoorbeeld 3.0 of 2.1.` };
  const existing = releases.find((release) => compareVersions(release.version, version) === 0);
  if (existing) return { ok: false, reason: `Release ${existing.version} bestaat al.` };
  const higher = releases.filter((release) => compareVersions(release.version, version) > 0).map((release) => release.version);
  if (higher.length > 0) return { ok: false, reason: `${version} is niet hoger dan de bestaande release(s) ${higher.join(", ")}.` };
  const current = currentRelease(releases);
  if (!current) return { ok: false, reason: "Er is nog geen gepubliceerde release om van uit te gaan." };
  const season = Math.max(...releases.map((release) => release.podcastSeason)) + 1;
  const releaseMd = [
    "---",
    `version: "${version}"`,
    `released: "${today}"`,
    "status: concept",
    `podcastSeason: ${season}`,
    `summary: Conceptversie van release ${version}, gebaseerd op release ${current.version}.`,
    "---",
    `Wat er is veranderd ten opzichte van release ${current.version}, met bij elke wijziging de bron.`,
    "",
  ].join("\n");
  return { ok: true, from: current.version, version, releaseMd };
}
