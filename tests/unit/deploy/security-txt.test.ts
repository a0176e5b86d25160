import { describe, expect, it } from "vitest";
import { securityTxt } from "../../../src/deploy/security-txt.ts";

describe("security.txt", () => {
  it("names the contact, expires within a year of the build date and prefers Dutch", () => {
    const text = securityTxt({ siteUrl: "https://toolkit.example", contactEmail: "redactie@toolkit.example", buildDate: "2026-11-29" });
    expect(text).toBe(
      [
        "Contact: mailto:redactie@toolkit.example",
        "Expires: 2027-11-28T23:59:59Z",
        "Preferred-Languages: nl, en",
        "Canonical: https://toolkit.example/.well-known/security.txt",
        "",
      ].join("\n"),
    );
  });

  it("expires at the end of the day before the anniversary, also from a leap day", () => {
    expect(securityTxt({ siteUrl: "https://t.example", contactEmail: "a@t.example", buildDate: "2028-02-29" })).toContain("Expires: 2029-02-28T23:59:59Z");
  });
});
