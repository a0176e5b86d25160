import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { BAD_CONTENT_CASES, OUTSIDE_FILES, OUTSIDE_SECRET, type BadContentCase } from "../fixtures/bad-content/cases.ts";
import { copyFixture } from "../helpers/build-fixture.ts";
import { runScriptAsync } from "../helpers/run-script.ts";
import { treeFingerprint } from "../helpers/site-files.ts";

let built: string;
let fingerprint: string;
const workDir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-bad-"));

beforeAll(async () => {
  for (const [file, text] of Object.entries(OUTSIDE_FILES)) {
    await mkdir(path.dirname(path.join(workDir, file)), { recursive: true });
    await writeFile(path.join(workDir, file), text);
  }
  built = await copyFixture("two-releases");
  await buildSite({ root: built, mode: "production" });
  fingerprint = await treeFingerprint(path.join(built, "_site"));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function breakSite(testCase: BadContentCase, index: number): Promise<string> {
  const root = path.join(workDir, String(index));
  await cp(built, root, { recursive: true });
  for (const [file, change] of Object.entries(testCase.edit)) {
    const target = path.join(root, file);
    if (change === null) {
      await rm(target);
    } else if ("linkTo" in change) {
      await rm(target, { recursive: true, force: true });
      await mkdir(path.dirname(target), { recursive: true });
      await symlink(path.resolve(root, change.linkTo), target);
    } else if ("fifo" in change) {
      await mkdir(path.dirname(target), { recursive: true });
      execFileSync("mkfifo", [target]);
    } else if ("copyOf" in change) {
      await mkdir(path.dirname(target), { recursive: true });
      const bytes = await readFile(path.join(root, change.copyOf));
      await writeFile(target, change.change ? change.change(bytes.toString("utf8")) : bytes);
    } else if (change instanceof Uint8Array) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, change);
    } else {
      const old = await readFile(target, "utf8").catch(() => "");
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, change(old));
    }
  }
  return root;
}

describe.concurrent(`bad content corpus (${BAD_CONTENT_CASES.length} cases): npm run build refuses each one`, () => {
  it("has at least 30 cases", () => {
    expect(BAD_CONTENT_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD_CONTENT_CASES.map((testCase, index) => [testCase.name, testCase, index] as const))("%s", async (_name, testCase, index) => {
    const root = await breakSite(testCase, index);
    const result = await runScriptAsync("build", root);
    expect(result.status, result.stdout).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines[0]?.startsWith(testCase.file), result.stderr).toBe(true);
    expect(
      lines.some((line) => line.startsWith(testCase.file) && line.includes(testCase.problem)),
      result.stderr,
    ).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(OUTSIDE_SECRET);
    expect(`${result.stdout}${result.stderr}`).not.toContain("buiten-de-site");
    expect(await treeFingerprint(path.join(root, "_site"))).toBe(fingerprint);
  });
});
