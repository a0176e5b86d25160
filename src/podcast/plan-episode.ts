import { slugify } from "../content/slugify.ts";
import { currentRelease } from "../toolkit/releases.ts";
import { compareVersions } from "../content/versions.ts";

/** Where a new episode goes and what its files contain, or why it cannot be made. */
export type EpisodePlan = { ok: true; dir: string; release: string; episode: number; indexMd: string; transcript: string } | { ok: false; reason: string };

/** Plans a new episode: in the newest concept release (else the current one), next number, a fresh GUID. */
export function planEpisode(
  title: string,
  releases: readonly { version: string; status: "concept" | "released" }[],
  episodes: readonly { dir: string; release: string; episode: number }[],
  guid: string,
  today: string,
): EpisodePlan {
  const slug = slugify(title);
  if (slug === "" || title.trim().length > 70)
    return { ok: false, reason: 'Geef een titel van 1 tot 70 tekens, bijvoorbeeld: npm run new:episode -- "Wat is Het Bouwdepot?"' };
  const concept = [...releases].filter((release) => release.status === "concept").sort((a, b) => compareVersions(b.version, a.version))[0];
  const release = concept ?? currentRelease(releases);
  if (!release) return { ok: false, reason: "Er is nog geen release om de aflevering bij te zetten." };
  const episode = Math.max(0, ...episodes.filter((entry) => entry.release === release.version).map((entry) => entry.episode)) + 1;
  const folderNumber = Math.max(0, ...episodes.map((entry) => Number(entry.dir.slice(0, 3)) || 0)) + 1;
  const dir = `${String(folderNumber).padStart(3, "0")}-${slug}`;
  const indexMd = [
    "---",
    `guid: ${guid}`,
    `title: ${JSON.stringify(title.trim())}`,
    "summary: Eén of twee korte zinnen over deze aflevering.",
    `published: "${today}"`,
    `release: "${release.version}"`,
    `episode: ${episode}`,
    "type: full",
    "audio: aflevering.mp3",
    "persons:",
    "  - name: Redactie",
    "    role: host",
    "chapters: []",
    "related: []",
    "sources: []",
    "---",
    "Shownotes: waar gaat deze aflevering over? Alleen alinea's, lijsten en links.",
    "",
  ].join("\n");
  return { ok: true, dir, release: release.version, episode, indexMd, transcript: "WEBVTT\n" };
}
