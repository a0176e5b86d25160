import { describe, expect, it } from "vitest";
import { lastingLabel } from "../../../src/toolkit/release-view.ts";

describe("lastingLabel", () => {
  it("names a published release by its version and year, never as the current one", () => {
    expect(lastingLabel({ version: "2.0", released: "2022-06", status: "released" })).toBe("release 2.0 (2022)");
    expect(lastingLabel({ version: "3.0", released: "2026-11-23", status: "concept" })).toBe("release 3.0 (concept)");
  });
});
