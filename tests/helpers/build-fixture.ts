import { cp, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSite } from "../../src/build/build-site.ts";

/** Path of a fixture site under tests/fixtures/sites/. */
export function fixturePath(name: string): string {
  return path.join(process.cwd(), "tests", "fixtures", "sites", name);
}

/** Copies a fixture site into a fresh temp directory, so tests can change and build it freely. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `bouwdepot-${name}-`));
  await cp(fixturePath(name), dir, { recursive: true });
  return dir;
}

/** Builds a copy of a fixture site and returns the output directory. */
export async function buildFixture(name: string, mode: "production" | "preview"): Promise<string> {
  const root = await copyFixture(name);
  await buildSite({ root, mode });
  return path.join(root, "_site");
}
