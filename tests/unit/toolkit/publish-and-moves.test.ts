import { describe, expect, it } from "vitest";
import { aliasMoves } from "../../../src/toolkit/moved-pages.ts";
import { planPublish } from "../../../src/toolkit/plan-publish.ts";
import { pageLineage } from "../../../src/content/page-lineage.ts";
import { comparisonPairs } from "../../../src/toolkit/comparison-pairs.ts";

const releaseMd = '---\nversion: "3.0"\nreleased: "2026"\nstatus: concept\npodcastSeason: 3\nsummary: X.\n---\nNotities met status: concept erin.\n';
const releases = [
  { version: "3.0", status: "concept" as const },
  { version: "2.0", status: "released" as const },
  { version: "1.0", status: "released" as const },
];

describe("planning a publication", () => {
  it("sets status and date of a concept in the frontmatter only, leaving every other byte", () => {
    const plan = planPublish("3.0", releases, new Set(["1.0", "2.0"]), releaseMd, "2026-11-29");
    expect(plan).toEqual({
      ok: true,
      version: "3.0",
      newlyReleased: true,
      releaseMd: releaseMd.replace('released: "2026"', 'released: "2026-11-29"').replace("status: concept\n", "status: released\n"),
    });
  });

  it("locks a release published before locks existed without touching it, and refuses a locked or unknown one", () => {
    expect(planPublish("2.0", releases, new Set(["1.0"]), "x", "2026-11-29")).toMatchObject({ ok: true, releaseMd: "x", newlyReleased: false });
    const locked = planPublish("2.0", releases, new Set(["2.0"]), "x", "2026-11-29");
    expect(locked.ok ? "" : locked.reason).toContain("al gepubliceerd");
    expect(planPublish("9.0", releases, new Set(), "x", "2026-11-29")).toMatchObject({ ok: false });
  });
});

describe("redirects of renamed pages", () => {
  it("lead the former name's address in a newer release to the page, unless a page lives there", () => {
    const pages = [
      { version: "1.0", section: "aanpak" as const, slug: "oud", url: "/toolkit/1.0/aanpak/oud/", data: { id: "oud", title: "Oud" } },
      { version: "2.0", section: "aanpak" as const, slug: "nieuw", url: "/toolkit/2.0/aanpak/nieuw/", data: { id: "nieuw", title: "Nieuw", aliases: ["oud"] } },
    ];
    expect(aliasMoves(pages, pageLineage(pages))).toEqual([{ from: "/toolkit/2.0/aanpak/oud/", to: "/toolkit/2.0/aanpak/nieuw/", title: "Nieuw", why: null }]);
  });
});

describe("comparison pairs", () => {
  it("keep every comparison the ledger lists, also once a newer release is current", () => {
    const roles = [
      { version: "4.0", role: "current" as const },
      { version: "3.0", role: "archived" as const },
      { version: "2.0", role: "archived" as const },
      { version: "1.0", role: "archived" as const },
    ];
    const pairs = comparisonPairs(roles, ["/toolkit/vergelijk/1.0/3.0/", "/toolkit/vergelijk/1.0/9.0/"]).map((pair) => `${pair.from}/${pair.to}`);
    expect(pairs).toEqual(["1.0/2.0", "1.0/3.0", "2.0/3.0", "1.0/4.0", "2.0/4.0", "3.0/4.0"]);
  });
});
