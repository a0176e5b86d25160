import { afterEach, describe, expect, it } from "vitest";
import { placeholderWarnings } from "../../src/content/placeholders.ts";
import { siteUrl } from "../../src/views/site-data.ts";

const site = {
  title: "T",
  description: "D",
  url: "https://toolkit.bouwdepot.example",
  publisher: "Redactie (voorbeelduitgever)",
  contactEmail: "redactie@bouwdepot.example",
};

afterEach(() => {
  delete process.env.SITE_URL;
});

describe("site settings", () => {
  it("lets SITE_URL override the URL from site.yaml, without a trailing slash", () => {
    expect(siteUrl(site)).toBe("https://toolkit.bouwdepot.example");
    process.env.SITE_URL = "https://toolkit.gemeente.nl/";
    expect(siteUrl(site)).toBe("https://toolkit.gemeente.nl");
  });

  it("lists every placeholder still in use, and none once a publisher has set them", () => {
    expect(placeholderWarnings(site, siteUrl(site))).toHaveLength(3);
    const real = { ...site, url: "https://toolkit.gemeente.nl", publisher: "Gemeente", contactEmail: "toolkit@gemeente.nl" };
    expect(placeholderWarnings(real, real.url)).toEqual([]);
  });
});
