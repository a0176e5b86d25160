import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildSite } from "../src/build.ts";
import { startNginx } from "./helpers/nginx.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Output directory of the one production build of the real site shared by all build tests. */
    realSiteDir: string;
    /** Base URL of nginx serving that build with deploy/nginx.conf. */
    realSiteUrl: string;
  }
}

/** Builds the real site once per test run, serves it with nginx, and shares both with every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-real-"));
  const outDir = path.join(dir, "_site");
  await buildSite({ root: process.cwd(), mode: "production", outDir });
  project.provide("realSiteDir", outDir);
  const nginx = await startNginx(outDir);
  project.provide("realSiteUrl", nginx.baseUrl);
  return async () => {
    await nginx.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
