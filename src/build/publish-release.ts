import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ContentErrors } from "../content/content-error.ts";
import { formatLedger, LEDGER_FILE } from "../content/ledger.ts";
import { recordEpisodeDates } from "./record-episode-dates.ts";
import { loadContent } from "../content/load-content.ts";
import { readContentFiles } from "../content/loader.ts";
import { citationLine } from "../content/cite-source.ts";
import { formatLock, lockFile, lockHasSources, makeLock } from "../content/locks.ts";
import type { SiteContent } from "../content/model.ts";
import { planPublish, type PublishPlan } from "../toolkit/plan-publish.ts";
import { buildSite } from "./build-site.ts";
import { keepDocuments } from "./kept-documents.ts";

/** What publishing did. */
export interface PublishReport {
  /** Per published version: whether release.md went from concept to released (false: published before locks existed), and the number of locked files. */
  releases: { version: string; newlyReleased: boolean; lockedFiles: number }[];
  /** Addresses added to the ledger. */
  addedUrls: string[];
  /** The kept documents (PDF and archive copy) of the states this build made, in `bewaard/`. */
  keptFiles: string[];
}

/** Thrown when publishing is refused before anything changed. */
export class PublishRefused extends Error {}

/**
 * Publishes releases: sets status and date in each release.md (of a concept), writes each lock, adds every address
 * a production build then publishes to the ledger, and keeps the documents of each new state in `bewaard/`. The only code that writes a lock. Several versions at once serve
 * releases published before locks existed. When validation or the build fails, every release.md and lock is put back
 * as it was, and the error is thrown.
 */
export async function publishRelease(root: string, versions: readonly string[], today: string): Promise<PublishReport> {
  if (versions.length === 0) throw new PublishRefused("Geef de versie die je wilt publiceren.");
  const before = await readContentFiles(root);
  const loaded = loadContent(before);
  const releaseFiles = versions.map((version) => `content/toolkit/${version}/release.md`);
  // A release being published may still lack its lock; every other error stops publishing.
  const errors = loaded.ok ? [] : loaded.errors.filter((error) => !(releaseFiles.includes(error.file) && error.field === "status"));
  const content = loaded.ok ? loaded.content : loaded.partial;
  if (errors.length > 0 || !content) throw new ContentErrors(errors);
  // A lock written before sources were locked is completed by publishing again (its files must still match it).
  const locked = new Set(
    content.releases.map((release) => release.version).filter((version) => lockHasSources(before.find((file) => file.path === lockFile(version)))),
  );
  const plans = await Promise.all(
    versions.map(async (version) => {
      const original = await readFile(path.join(root, "content", "toolkit", version, "release.md"), "utf8").catch(() => "");
      return { original, plan: planPublish(version, content.releases, locked, original, today) };
    }),
  );
  const refused = plans.flatMap(({ plan }) => (plan.ok ? [] : [plan.reason]));
  if (refused.length > 0) throw new PublishRefused(refused.join("\n"));
  const accepted = plans.map(({ original, plan }) => ({ original, plan: plan as Extract<PublishPlan, { ok: true }> }));
  try {
    for (const { plan } of accepted) await writeFile(path.join(root, "content", "toolkit", plan.version, "release.md"), plan.releaseMd);
    const files = await readContentFiles(root);
    const releases = [];
    for (const { plan } of accepted) {
      const lock = makeLock(files, plan.version, citations(content, plan.version));
      await mkdir(path.join(root, "content", "locks"), { recursive: true });
      await writeFile(path.join(root, lockFile(plan.version)), formatLock(lock));
      releases.push({ version: plan.version, newlyReleased: plan.newlyReleased, lockedFiles: Object.keys(lock.files).length });
    }
    const outDir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-publish-"));
    try {
      const report = await buildSite({ root, mode: "production", outDir, buildDate: today });
      const addedUrls = report.published.filter((url) => !content.ledger.includes(url));
      await writeFile(path.join(root, LEDGER_FILE), formatLedger([...content.ledger, ...report.published]));
      // The release's podcast season appears with it: its episodes get their moments now.
      await recordEpisodeDates(root, report.episodeDates);
      const keptFiles = await keepDocuments(root, report.documents.fresh);
      return { releases, addedUrls, keptFiles };
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  } catch (error) {
    for (const { original, plan } of accepted) {
      await writeFile(path.join(root, "content", "toolkit", plan.version, "release.md"), original);
      await rm(path.join(root, lockFile(plan.version)), { force: true });
    }
    throw error;
  }
}

/** The citation line of every source of _data/sources.yaml that the release's pages cite, by key. */
function citations(content: SiteContent, version: string): Record<string, string> {
  const keys = new Set(content.pages.filter((page) => page.version === version).flatMap((page) => page.data.sources));
  return Object.fromEntries(
    [...keys].flatMap((key) => {
      const line = citationLine(key, content.sources);
      return line === undefined ? [] : [[key, line]];
    }),
  );
}
