import { stat } from "node:fs/promises";
import path from "node:path";
import { scanHtml, type PageScan } from "../checks/link-check.ts";
import type { OutputHooks } from "../index.ts";
import { writeSearchIndexes } from "../search/pagefind.ts";
import { bundleUrl, searchBundles, type SearchBundle } from "../search/search-bundles.ts";
import { bundleFingerprint, reuseFile, reuseFolder, type OutputManifest, type OutputRecord } from "./output-manifest.ts";

/**
 * The output of one production build while it is staged: takes unchanged files from the previous build, keeps
 * the rendered HTML for the link check, writes or reuses the search bundles, and records what the next build may
 * reuse.
 */
export class StagedOutput {
  private readonly byFingerprint: Map<string, OutputRecord>;
  private readonly reused: OutputRecord[] = [];
  private readonly rendered: Omit<OutputRecord, "size" | "mtimeMs" | "scan">[] = [];
  private readonly renderedHtml = new Map<string, string>();
  private scanned: Map<string, PageScan> | undefined;
  private bundles: SearchBundle[] = [];

  /** `dir` is the staging folder, `previousDir` the live output and `previous` its manifest, if any. */
  constructor(
    readonly dir: string,
    private readonly previousDir: string,
    private readonly previous: OutputManifest | undefined,
  ) {
    this.byFingerprint = new Map((previous?.records ?? []).map((record) => [record.fingerprint, record]));
  }

  /** The plugin hooks of this build. */
  hooks(base: string): OutputHooks {
    return {
      base,
      reuse: async (fingerprint) => {
        const record = this.byFingerprint.get(fingerprint);
        if (!record || !(await reuseFile(record, this.previousDir, this.dir))) return false;
        this.reused.push(record);
        return true;
      },
      planned: async (_plan, derived) => {
        this.bundles = searchBundles(derived.toolkit, derived.podcast, derived.content.sitePages);
      },
      written: (url, content, fingerprint) => {
        const file = urlToFile(url);
        if (file.endsWith(".html")) this.renderedHtml.set(file, content);
        if (fingerprint) this.rendered.push({ url, file, fingerprint });
      },
    };
  }

  /** Number of template items rendered in this build. */
  get renderedCount(): number {
    return this.rendered.length;
  }

  /** Number of template items taken from the previous build. */
  get reusedCount(): number {
    return this.reused.length;
  }

  /**
   * Link-check scans of every HTML file rendered or reused, by file path. Rendered pages are scanned here, after
   * rendering, in slices that leave the event loop free to keep Pagefind busy meanwhile.
   */
  async scans(): Promise<Map<string, PageScan>> {
    if (!this.scanned) {
      const scanned = new Map<string, PageScan>();
      let count = 0;
      for (const [file, html] of this.renderedHtml) {
        scanned.set(file, scanHtml(html));
        count += 1;
        if (count % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      this.renderedHtml.clear();
      this.scanned = scanned;
    }
    const scans = new Map(this.scanned);
    for (const record of this.reused) if (record.scan) scans.set(record.file, record.scan);
    return scans;
  }

  /**
   * Writes the search bundles: a bundle is taken from the previous build when all its pages were reused and it was
   * built from exactly those pages; the others are indexed afresh from the staged pages.
   */
  async finishSearch(): Promise<void> {
    const reused = this.fingerprintsByUrl(this.reused);
    const stale = this.bundles.filter((bundle) => {
      const fingerprint = bundleFingerprint(bundle.urls, reused);
      return fingerprint === undefined || this.previous?.bundles[bundle.name] !== fingerprint;
    });
    const kept = this.bundles.filter((bundle) => !stale.includes(bundle));
    await Promise.all(kept.map((bundle) => reuseFolder(bundleDir(this.previousDir, bundle.name), bundleDir(this.dir, bundle.name))));
    await writeSearchIndexes(this.dir, stale);
  }

  /** The manifest for the next build: every rendered or reused item file and every bundle's fingerprint. */
  async manifest(): Promise<OutputManifest> {
    const scans = await this.scans();
    const rendered = await Promise.all(
      this.rendered.map(async (record) => {
        const facts = await stat(path.join(this.dir, record.file));
        return { ...record, size: facts.size, mtimeMs: facts.mtimeMs, scan: scans.get(record.file) ?? null };
      }),
    );
    const fingerprints = this.fingerprintsByUrl([...this.reused, ...rendered]);
    const bundles = Object.fromEntries(this.bundles.flatMap((bundle) => {
      const fingerprint = bundleFingerprint(bundle.urls, fingerprints);
      return fingerprint ? [[bundle.name, fingerprint]] : [];
    }));
    return { outputDir: this.previousDir, records: [...this.reused, ...rendered], bundles };
  }

  private fingerprintsByUrl(records: readonly Pick<OutputRecord, "url" | "fingerprint">[]): Map<string, string> {
    return new Map(records.map((record) => [record.url, record.fingerprint]));
  }
}

function urlToFile(url: string): string {
  const relative = url.split("/").filter(Boolean).map(decodeURIComponent).join("/");
  return url.endsWith("/") ? (relative ? `${relative}/index.html` : "index.html") : relative;
}

function bundleDir(outputDir: string, name: string): string {
  return path.join(outputDir, ...bundleUrl(name).split("/").filter(Boolean));
}
