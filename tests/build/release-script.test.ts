import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture } from "../helpers/build-fixture.ts";
import { runScript } from "../helpers/run-script.ts";
import { listFiles } from "../helpers/site-files.ts";

describe("npm run release", () => {
  it("copies the current release into a new concept release with a fresh release.md", async () => {
    const root = await copyFixture("two-releases");
    const result = runScript("release", root, ["4.0"]);
    expect(result.status, result.stderr).toBe(0);
    const copied = await listFiles(path.join(root, "content/toolkit/4.0"));
    const current = await listFiles(path.join(root, "content/toolkit/2.0"));
    expect(copied).toEqual(current);
    const releaseMd = await readFile(path.join(root, "content/toolkit/4.0/release.md"), "utf8");
    expect(releaseMd).toMatch(/^---\nversion: "4\.0"\nreleased: "\d{4}-\d{2}-\d{2}"\nstatus: concept\npodcastSeason: 4\n/);
    // The fixture's 2.0 predates the trainer's notes per block, which a concept must have: the check asks for them, and for nothing else.
    const check = runScript("check", root);
    expect(check.status).toBe(1);
    const problems = `${check.stdout}${check.stderr}`.split("\n").filter((line) => line.startsWith("content/"));
    expect(problems).toEqual([
      'content/toolkit/4.0/training/module-a.md: programme[1].trainer — verwacht: wat de trainer doet en zegt in het blok "Start"; gevonden: geen instructies voor de trainer',
    ]);
  });

  it("refuses a version that exists or is not higher than every existing one", async () => {
    const root = await copyFixture("two-releases");
    const existing = runScript("release", root, ["3.0"]);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain("Release 3.0 bestaat al.");
    const lower = runScript("release", root, ["2.5"]);
    expect(lower.status).toBe(1);
    expect(lower.stderr).toContain("2.5 is niet hoger dan de bestaande release(s) 3.0.");
  });
});

describe("npm run new:episode", () => {
  it("scaffolds the next episode of the newest concept release with a fresh GUID and an empty transcript", async () => {
    const root = await copyFixture("two-releases");
    const result = runScript("new-episode", root, ["Een nieuwe aflevering"]);
    expect(result.status, result.stderr).toBe(0);
    const dir = path.join(root, "content/podcast/003-een-nieuwe-aflevering");
    const index = await readFile(path.join(dir, "index.md"), "utf8");
    expect(index).toMatch(/^---\nguid: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\ntitle: "Een nieuwe aflevering"\n/);
    expect(index).toContain('release: "3.0"\nepisode: 2\n');
    expect(await readFile(path.join(dir, "transcript.vtt"), "utf8")).toBe("WEBVTT\n");
    const check = runScript("check", root);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("content/podcast/003-een-nieuwe-aflevering/index.md: sources — verwacht: een lijst met minstens één item");
  });

  it("refuses an empty title", async () => {
    const root = await copyFixture("two-releases");
    const result = runScript("new-episode", root, []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Geef een titel van 1 tot 70 tekens");
  });
});
