import { describe, expect, it } from "vitest";
import { LoadMemo } from "../../../src/content/load-memo.ts";
import { buildPodcastView } from "../../../src/podcast/podcast-view.ts";
import { SlotMemo } from "../../../src/render/slot-memo.ts";
import { buildToolkitView } from "../../../src/toolkit/toolkit-view.ts";
import { devLoader, memorySite, page } from "../../helpers/memory-site.ts";

const load = devLoader();

describe("views kept between dev rebuilds", () => {
  it("keeps the view objects of untouched releases and remakes those of the edited one", async () => {
    const loads = new LoadMemo();
    const views = new SlotMemo();
    const files = memorySite();
    const before = buildToolkitView(await load(files, loads), "dev", new Map(), views);
    files.set("content/toolkit/2.0/aanpak/kern.md", page("kern", "Nieuwe tekst over [voorwaarde](id:voorwaarde)."));
    const after = buildToolkitView(await load(files, loads), "dev", new Map(), views);
    const byVersion = (view: typeof before, version: string): unknown[] => view.pages.filter((entry) => entry.release.version === version);
    expect(byVersion(after, "1.0")).toEqual(byVersion(before, "1.0"));
    byVersion(after, "1.0").forEach((entry, index) => expect(entry).toBe(byVersion(before, "1.0")[index]));
    expect(byVersion(after, "2.0")[0]).not.toBe(byVersion(before, "2.0")[0]);
    expect(after.pages.find((entry) => entry.page.file.endsWith("2.0/aanpak/kern.md"))?.page.html).toContain("Nieuwe tekst");
  });

  it("keeps the podcast view while episodes and settings stay the same", async () => {
    const loads = new LoadMemo();
    const views = new SlotMemo();
    const files = memorySite();
    const content = await load(files, loads);
    const first = buildPodcastView(content, content.releases, "https://test.example", views);
    expect(buildPodcastView(await load(files, loads), content.releases, "https://test.example", views)).toBe(first);
    files.set("_data/site.yaml", String(files.get("_data/site.yaml")).replace("  title: P\n", "  title: Andere podcast\n"));
    expect(buildPodcastView(await load(files, loads), content.releases, "https://test.example", views)).not.toBe(first);
  });
});
