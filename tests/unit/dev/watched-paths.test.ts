import { describe, expect, it } from "vitest";
import { pathsToRead } from "../../../src/dev/watched-paths.ts";

const places = { root: "/project/site", cwd: "/project", stamp: "/project/site/.cache/dev/rebuild" };

describe("the files a save reads, given the watcher's report", () => {
  it("reads the reported files under content/ and _data/, relative to the root, each once", () => {
    const reported = ["./site/content/toolkit/4.0/aanpak/a.md", "/project/site/_data/site.yaml", "site/content/toolkit/4.0/aanpak/a.md"];
    expect(pathsToRead(places, reported)).toEqual(["_data/site.yaml", "content/toolkit/4.0/aanpak/a.md"]);
  });

  it("reads nothing for a save of the rebuild stamp alone", () => {
    expect(pathsToRead(places, ["./site/.cache/dev/rebuild"])).toEqual([]);
    expect(pathsToRead(places, [])).toEqual([]);
  });

  it("reads every file when a path lies outside content/ and _data/", () => {
    expect(pathsToRead(places, ["./site/content/a.md", "./src/layouts/base.njk"])).toBeUndefined();
    expect(pathsToRead(places, ["./site/content"])).toBeUndefined();
    expect(pathsToRead(places, ["./site/contents/a.md"])).toBeUndefined();
    expect(pathsToRead(places, ["/elsewhere/content/a.md"])).toBeUndefined();
    expect(pathsToRead(places, ["./site/.cache/dev/other"])).toBeUndefined();
  });
});
