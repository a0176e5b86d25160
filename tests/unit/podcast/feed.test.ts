import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { chaptersJson } from "../../../src/podcast/chapters.ts";
import { buildFeed, type FeedChannel, type FeedEpisode } from "../../../src/podcast/feed.ts";
import { podcastGuid } from "../../../src/podcast/podcast-guid.ts";
import { singleLine } from "../../../src/podcast/strip-control.ts";

const channel: FeedChannel = {
  title: "Podcast",
  description: "Over de toolkit.",
  link: "https://site.example/podcast/",
  feedUrl: "https://site.example/podcast/feed.xml",
  imageUrl: "https://site.example/podcast/artwork.png",
  author: "Redactie",
  ownerName: "Uitgever",
  ownerEmail: "redactie@site.example",
  category: "Government",
  copyright: "Redactie",
  guid: "8258b9d2-163e-5e97-8984-e41179116df9",
};

function episode(overrides: Partial<FeedEpisode> = {}): FeedEpisode {
  return {
    guid: "6f0b8a52-3c1e-4d7a-9b2f-8e4c1a0d5f37",
    title: "Aflevering",
    descriptionHtml: "<p>Shownotes</p>",
    link: "https://site.example/podcast/a/",
    published: "2022-06-01T10:00:00.000Z",
    audioUrl: "https://site.example/podcast/a/aflevering.mp3",
    audioLength: 1234,
    duration: 61.6,
    episode: 1,
    season: 2,
    seasonName: "Toolkit 2.0",
    type: "full",
    transcriptUrl: "https://site.example/podcast/a/transcript.vtt",
    chaptersUrl: "https://site.example/podcast/a/chapters.json",
    chapters: [
      { start: 0, title: "Begin" },
      { start: 30.5, title: "Midden" },
    ],
    persons: [{ name: "Redactie", role: "host" }],
    ...overrides,
  };
}

describe("podcastGuid", () => {
  it("follows the Podcasting 2.0 rule, as in the spec's own example", () => {
    expect(podcastGuid("https://mp3s.nashownotes.com/pc20rss.xml")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
    expect(podcastGuid("mp3s.nashownotes.com/pc20rss.xml/")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
  });
});

describe("buildFeed", () => {
  const xml = buildFeed(channel, [
    episode(),
    episode({ guid: "0c2d7e91-5a4b-4f3c-8d6e-1b2a3c4d5e6f", title: "Later", published: "2022-07-01T10:01:00.000Z", episode: 2 }),
  ]);

  it("sets lastBuildDate to the newest episode, so the same content gives the same bytes", () => {
    expect(xml).toContain("<lastBuildDate>Fri, 01 Jul 2022 10:01:00 GMT</lastBuildDate>");
    expect(buildFeed(channel, [episode()])).toBe(buildFeed(channel, [episode()]));
  });

  it("writes the channel elements podcast apps need", () => {
    for (const fragment of [
      "<language><![CDATA[nl]]></language>",
      '<itunes:image href="https://site.example/podcast/artwork.png"/>',
      "<image>\n      <url>https://site.example/podcast/artwork.png</url>",
      '<atom:link href="https://site.example/podcast/feed.xml" rel="self" type="application/rss+xml"/>',
      "<podcast:guid>8258b9d2-163e-5e97-8984-e41179116df9</podcast:guid>",
      '<podcast:locked owner="redactie@site.example">yes</podcast:locked>',
      "<podcast:medium>podcast</podcast:medium>",
      "<itunes:explicit>false</itunes:explicit>",
      "<itunes:type>episodic</itunes:type>",
      "<itunes:email>redactie@site.example</itunes:email>",
    ]) {
      expect(xml).toContain(fragment);
    }
  });

  it("writes every item element, newest first, duration in whole seconds", () => {
    expect(xml.indexOf("Later")).toBeLessThan(xml.indexOf("<title><![CDATA[Aflevering]]></title>"));
    for (const fragment of [
      '<enclosure url="https://site.example/podcast/a/aflevering.mp3" length="1234" type="audio/mpeg"/>',
      "<itunes:duration>62</itunes:duration>",
      '<podcast:season name="Toolkit 2.0">2</podcast:season>',
      "<podcast:episode>1</podcast:episode>",
      '<podcast:transcript url="https://site.example/podcast/a/transcript.vtt" type="text/vtt" language="nl"/>',
      '<podcast:chapters url="https://site.example/podcast/a/chapters.json" type="application/json+chapters"/>',
      '<podcast:person role="host">Redactie</podcast:person>',
      '<psc:chapter start="00:00:30.500" title="Midden"/>',
      "<itunes:episodeType>full</itunes:episodeType>",
      '<guid isPermaLink="false">6f0b8a52-3c1e-4d7a-9b2f-8e4c1a0d5f37</guid>',
    ]) {
      expect(xml).toContain(fragment);
    }
  });

  it("writes each item's itunes:summary as plain text, which apps show as it stands", () => {
    const notes = '<p>Eerste &amp; "tweede".</p>\n<ul>\n<li>Een <a href="https://x.example/">punt</a></li>\n</ul>\n<p>Gecorrigeerd op 1 juni 2022. Tekst.</p>';
    const single = buildFeed(channel, [episode({ descriptionHtml: notes })]);
    const item = single.slice(single.indexOf("<item>"));
    const summary = /<itunes:summary>([\s\S]*?)<\/itunes:summary>/.exec(item)?.[1] ?? "";
    expect(summary).not.toContain("&lt;");
    expect(summary.replace(/&quot;/g, '"').replace(/&amp;/g, "&")).toBe('Eerste & "tweede".\n- Een punt\nGecorrigeerd op 1 juni 2022. Tekst.');
  });

  it("writes JSON chapters 1.2", () => {
    expect(JSON.parse(chaptersJson("Aflevering", [{ start: 0, title: "Begin" }]))).toEqual({
      version: "1.2.0",
      title: "Aflevering",
      chapters: [{ startTime: 0, title: "Begin" }],
    });
  });

  it("gives well-formed XML that round-trips for any title and notes: control characters, ]]>, &<>, emoji, right-to-left", () => {
    const tricky = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("]]>", "a]]>b", "&<>\"'", "🏠 thuis", "مرحبا שלום", "\u0000\u0008\u001f\u007f", "\uD800 losse helft"),
    );
    fc.assert(
      fc.property(tricky, tricky, (title, notes) => {
        fc.pre(singleLine(title) !== "");
        const feed = buildFeed(channel, [episode({ title, descriptionHtml: `<p>${notes}</p>`, chapters: [{ start: 0, title }] })]);
        expect(XMLValidator.validate(feed)).toBe(true);
        const parsed = parseRssFeed(feed);
        expect(parsed.items?.[0]?.title ?? "").toBe(singleLine(title));
        const raw = new XMLParser({ ignoreAttributes: false, cdataPropName: "cdata" }).parse(feed) as object;
        expect(raw).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});
