import { describe, expect, it } from "vitest";
import { canonicalPath } from "../../../src/toolkit/canonical.ts";
import { buildPageIndex } from "../../../src/toolkit/page-index.ts";
import { planRelease } from "../../../src/toolkit/plan-release.ts";
import { actueelEntries, netlifyRedirects, nginxRedirects } from "../../../src/toolkit/redirects.ts";
import { currentRelease, releaseRole, visibleReleases } from "../../../src/toolkit/releases.ts";
import { switchTargets } from "../../../src/toolkit/version-switch.ts";
import { compareVersions } from "../../../src/content/versions.ts";

const releases = [
  { version: "1.0", status: "released" as const, podcastSeason: 1 },
  { version: "2.0", status: "released" as const, podcastSeason: 2 },
  { version: "10.0", status: "concept" as const, podcastSeason: 3 },
];

const pages = [
  { version: "1.0", section: "aanpak" as const, slug: "kern", url: "/toolkit/1.0/aanpak/kern/", data: { id: "kern", title: "Kern" } },
  { version: "1.0", section: "aanpak" as const, slug: "oud", url: "/toolkit/1.0/aanpak/oud/", data: { id: "oud", title: "Oud" } },
  { version: "2.0", section: "aanpak" as const, slug: "kern-nieuw", url: "/toolkit/2.0/aanpak/kern-nieuw/", data: { id: "kern", title: "Kern" } },
];
const index = buildPageIndex(pages, (id) => id);

describe("versions and roles", () => {
  it("compares versions numerically", () => {
    expect(compareVersions("10.0", "9.9")).toBe(1);
    expect(compareVersions("2.0", "2.0.0")).toBe(0);
    expect(compareVersions("2.1", "2.10")).toBe(-1);
  });

  it("takes the highest released version as current, never a concept", () => {
    expect(currentRelease(releases)?.version).toBe("2.0");
    expect(releaseRole(releases[0]!, releases)).toBe("archived");
    expect(releaseRole(releases[1]!, releases)).toBe("current");
    expect(releaseRole(releases[2]!, releases)).toBe("concept");
  });

  it("publishing a concept only needs its status changed", () => {
    const published = releases.map((release) => (release.version === "10.0" ? { ...release, status: "released" as const } : release));
    expect(currentRelease(published)?.version).toBe("10.0");
    expect(releaseRole(published[1]!, published)).toBe("archived");
  });

  it("leaves concept releases out of production builds only", () => {
    expect(visibleReleases(releases, "production").map((release) => release.version)).toEqual(["2.0", "1.0"]);
    expect(visibleReleases(releases, "preview").map((release) => release.version)).toEqual(["10.0", "2.0", "1.0"]);
  });
});

describe("canonical and version switch", () => {
  it("points the canonical URL at the current release's page with the same id", () => {
    expect(canonicalPath("kern", "/toolkit/1.0/aanpak/kern/", "2.0", index)).toBe("/toolkit/2.0/aanpak/kern-nieuw/");
    expect(canonicalPath("oud", "/toolkit/1.0/aanpak/oud/", "2.0", index)).toBe("/toolkit/1.0/aanpak/oud/");
  });

  it("links to the same page by id in every release and falls back to the release home", () => {
    const roles = [
      { version: "2.0", role: "current" as const },
      { version: "1.0", role: "archived" as const },
    ];
    expect(switchTargets("oud", "1.0", roles, index)).toEqual([
      { version: "2.0", role: "current", url: "/toolkit/2.0/", exists: false, isCurrentPage: false },
      { version: "1.0", role: "archived", url: "/toolkit/1.0/aanpak/oud/", exists: true, isCurrentPage: true },
    ]);
    expect(switchTargets("kern", "1.0", roles, index)[0]?.url).toBe("/toolkit/2.0/aanpak/kern-nieuw/");
  });
});

describe("actueel redirects", () => {
  const entries = actueelEntries(pages, "2.0");

  it("sends every released page address to the page with the same id in the current release", () => {
    expect(entries).toContainEqual({ from: "/toolkit/actueel/aanpak/kern/", to: "/toolkit/2.0/aanpak/kern-nieuw/", title: "Kern", lastSeen: null });
    expect(entries).toContainEqual({ from: "/toolkit/actueel/", to: "/toolkit/2.0/", title: "Release 2.0", lastSeen: null });
    expect(entries).toContainEqual({
      from: "/toolkit/actueel/randvoorwaarden/",
      to: "/toolkit/2.0/randvoorwaarden/",
      title: "Randvoorwaarden",
      lastSeen: null,
    });
  });

  it("gives a page missing from the current release a notice instead of a rule", () => {
    expect(entries).toContainEqual({
      from: "/toolkit/actueel/aanpak/oud/",
      to: null,
      title: "Oud",
      lastSeen: { version: "1.0", url: "/toolkit/1.0/aanpak/oud/" },
    });
    expect(netlifyRedirects(entries)).not.toContain("/toolkit/actueel/aanpak/oud/");
  });

  it("writes forced 302 rules for Netlify-style hosts and exact locations for nginx", () => {
    expect(netlifyRedirects(entries)).toContain("/toolkit/actueel/aanpak/kern/ /toolkit/2.0/aanpak/kern-nieuw/ 302!\n");
    expect(nginxRedirects(entries)).toContain("location = /toolkit/actueel/aanpak/kern/ { return 302 /toolkit/2.0/aanpak/kern-nieuw/; }\n");
  });
});

describe("planRelease", () => {
  it("plans a concept copy of the current release with the next podcast season", () => {
    const plan = planRelease("11.0", releases, "2026-11-23");
    expect(plan.ok && plan.from).toBe("2.0");
    expect(plan.ok && plan.releaseMd).toContain('version: "11.0"\nreleased: "2026-11-23"\nstatus: concept\npodcastSeason: 4\n');
  });

  it("refuses an existing, a lower and a malformed version", () => {
    expect(planRelease("2.0.0", releases, "2026-11-23")).toEqual({ ok: false, reason: "Release 2.0 bestaat al." });
    expect(planRelease("3.0", releases, "2026-11-23")).toEqual({ ok: false, reason: "3.0 is niet hoger dan de bestaande release(s) 10.0." });
    expect(planRelease("v4", releases, "2026-11-23").ok).toBe(false);
  });
});
