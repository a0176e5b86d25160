import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildSite } from "../src/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Output directory of the one production build of the real site shared by all build tests. */
    realSiteDir: string;
  }
}

/** Builds the real site once per test run and shares the output directory with every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-real-"));
  const outDir = path.join(dir, "_site");
  await buildSite({ root: process.cwd(), mode: "production", outDir });
  project.provide("realSiteDir", outDir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
