import { describe, expect, it } from "vitest";
import { appLinks } from "../../../src/podcast/app-links.ts";

const FEED = "https://toolkit.bouwdepot.example/podcast/feed.xml";

describe("subscribe links of podcast apps", () => {
  const links = Object.fromEntries(appLinks(FEED, "De podcast & de toolkit").map((link) => [link.name, link.url]));

  it("carries the feed address the way each app's documented link asks for it", () => {
    expect(links["Apple Podcasts"]).toBe("pcast://toolkit.bouwdepot.example/podcast/feed.xml");
    expect(links["Pocket Casts"]).toBe("pktc://subscribe/toolkit.bouwdepot.example/podcast/feed.xml");
    expect(links["Overcast"]).toBe("overcast://x-callback-url/add?url=https%3A%2F%2Ftoolkit.bouwdepot.example%2Fpodcast%2Ffeed.xml");
    expect(links["AntennaPod"]).toBe(
      "https://antennapod.org/deeplink/subscribe?url=https%3A%2F%2Ftoolkit.bouwdepot.example%2Fpodcast%2Ffeed.xml&title=De%20podcast%20%26%20de%20toolkit",
    );
    expect(links["Podcast Addict"]).toBe("podcastaddict://toolkit.bouwdepot.example/podcast/feed.xml");
  });

  it("gives every app where it runs and one sentence on what happens", () => {
    for (const link of appLinks(FEED, "Titel")) {
      expect(link.platforms, link.name).toMatch(/\S/);
      expect(link.instruction, link.name).toMatch(/^[A-Z].*\.$/);
    }
  });
});
