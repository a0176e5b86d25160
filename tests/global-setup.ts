import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildSite } from "../src/build/build-site.ts";
import { copyFixture } from "./helpers/build-fixture.ts";
import { startNginx } from "./helpers/nginx.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Output directory of the one production build of the real site shared by all build tests. */
    realSiteDir: string;
    /** Base URL of nginx serving that build with deploy/nginx.conf. */
    realSiteUrl: string;
    /** Output directory of a preview build of the two-releases fixture (concept release, dropped page). */
    previewSiteDir: string;
    /** Base URL of nginx serving that preview build. */
    previewSiteUrl: string;
    /** Base URL of nginx serving a preview build of the real site, with its concept release (3.0). */
    realPreviewSiteUrl: string;
  }
}

/** Builds the real site, a preview of it and a preview of the fixture site once per run, serves them with nginx, and shares them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-real-"));
  const realDir = path.join(dir, "_site");
  const fixtureRoot = await copyFixture("two-releases");
  const previewDir = path.join(fixtureRoot, "_site");
  const realPreviewDir = path.join(dir, "_site-preview");
  await Promise.all([buildSite({ root: process.cwd(), mode: "production", outDir: realDir }), buildSite({ root: fixtureRoot, mode: "preview" })]);
  await buildSite({ root: process.cwd(), mode: "preview", outDir: realPreviewDir });
  const [real, preview, realPreview] = await Promise.all([startNginx(realDir), startNginx(previewDir), startNginx(realPreviewDir)]);
  project.provide("realSiteDir", realDir);
  project.provide("realSiteUrl", real.baseUrl);
  project.provide("previewSiteDir", previewDir);
  project.provide("previewSiteUrl", preview.baseUrl);
  project.provide("realPreviewSiteUrl", realPreview.baseUrl);
  return async () => {
    await Promise.all([real.stop(), preview.stop(), realPreview.stop()]);
    await Promise.all([rm(dir, { recursive: true, force: true }), rm(fixtureRoot, { recursive: true, force: true })]);
  };
}
