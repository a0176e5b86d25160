import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseRssFeed } from "feedsmith";
import { parseFeed } from "podcast-partytime";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { readAudioFacts } from "../../src/media/audio.ts";
import { podcastGuid } from "../../src/podcast/podcast-guid.ts";
import { parseVtt } from "../../src/media/vtt.ts";
import { readPage } from "../helpers/site-files.ts";

const siteDir = inject("realSiteDir");
const xml = await readFile(path.join(siteDir, "podcast", "feed.xml"), "utf8");
const site = parseYaml(await readFile("_data/site.yaml", "utf8")) as { url: string; contactEmail: string; podcast: { guid: string } };
const base = site.url;
const feedsmith = parseRssFeed(xml);
const partytime = parseFeed(xml);
const extraDir = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-feed-"));

afterAll(async () => {
  await rm(extraDir, { recursive: true, force: true });
});

function localFile(url: string): string {
  return path.join(siteDir, ...url.replace(base, "").split("/").filter(Boolean));
}

describe("the podcast feed of the real site, read by two independent parsers", () => {
  it("is accepted by podcast-partytime (Podcast Index) and feedsmith", () => {
    expect(partytime).not.toBeNull();
    expect(feedsmith.items?.length).toBeGreaterThanOrEqual(6);
    expect(partytime?.items.length).toBe(feedsmith.items?.length);
  });

  it("carries every channel field", () => {
    expect(partytime).toMatchObject({
      title: "De podcast van de Toolkit Het Bouwdepot",
      link: `${base}/podcast/`,
      language: "nl",
      explicit: false,
      itunesType: "episodic",
      itunesImage: `${base}/podcast/artwork.png`,
      itunesCategory: ["Government"],
      owner: { email: site.contactEmail },
      pubsub: { self: `${base}/podcast/feed.xml` },
      image: { url: `${base}/podcast/artwork.png` },
    });
    expect(partytime?.guid).toBe(site.podcast.guid);
    expect(partytime?.locked).toBe(true);
    expect(partytime?.podcastOwner).toBe(site.contactEmail);
    expect(feedsmith.podcast?.locked).toEqual({ value: true, owner: site.contactEmail });
    expect(partytime?.medium).toBe("podcast");
    expect(feedsmith.copyright).toBeTruthy();
    expect(feedsmith.itunes?.author).toBeTruthy();
  });

  it("stores the channel GUID as the UUIDv5 of the first feed URL", () => {
    expect(site.podcast.guid).toBe(podcastGuid("https://toolkit.bouwdepot.example/podcast/feed.xml"));
  });

  it("gives every item its GUID, link, date, enclosure with the file's size, duration within a second, season and number", async () => {
    for (const item of partytime?.items ?? []) {
      const file = localFile(item.enclosure.url);
      expect(item.enclosure.type).toBe("audio/mpeg");
      expect(item.enclosure.length, file).toBe((await stat(file)).size);
      const facts = readAudioFacts(await readFile(file));
      expect(Math.abs((item.duration ?? 0) - (facts?.duration ?? 0)), file).toBeLessThanOrEqual(1);
      expect(item.guid).toMatch(/^[0-9a-f-]{36}$/);
      expect(item.link).toMatch(new RegExp(`^${base}/podcast/[a-z0-9-]+/$`));
      expect(item.pubDate).toBeInstanceOf(Date);
      expect(item.itunesSeason).toBe(item.podcastSeason?.number);
      expect(item.podcastSeason?.name).toMatch(/^Toolkit \d+\.\d+$/);
      expect(item.itunesEpisode).toBe(item.podcastEpisode?.number);
      expect(item.itunesEpisodeType).toBe("full");
      expect(item.title).not.toMatch(/^\d/);
      expect(item.podcastPeople?.[0]).toMatchObject({ name: "Redactie" });
    }
    expect(xml.match(/<itunes:duration>\d+<\/itunes:duration>/g)?.length).toBe(partytime?.items.length);
  });

  it("links a valid transcript and JSON chapters for every item, within the audio's duration", async () => {
    for (const item of feedsmith.items ?? []) {
      const transcriptUrl = item.podcast?.transcripts?.[0]?.url ?? "";
      expect(item.podcast?.transcripts?.[0]?.type).toBe("text/vtt");
      const vtt = parseVtt(await readFile(localFile(transcriptUrl), "utf8"));
      expect(vtt.ok, transcriptUrl).toBe(true);
      const chapters = JSON.parse(await readFile(localFile(item.podcast?.chapters?.url ?? ""), "utf8")) as {
        version: string;
        chapters: { startTime: number }[];
      };
      expect(chapters.version).toBe("1.2.0");
      expect(chapters.chapters.length).toBeGreaterThan(1);
      expect(item.psc?.chapters?.length).toBe(chapters.chapters.length);
      const duration = item.itunes?.duration ?? 0;
      for (const chapter of chapters.chapters) expect(chapter.startTime).toBeLessThan(duration);
      if (vtt.ok) expect(vtt.cues[vtt.cues.length - 1]?.end ?? 0).toBeLessThanOrEqual(duration + 1);
    }
  });

  it("allows only p, ul, ol, li and a in item descriptions", () => {
    for (const item of feedsmith.items ?? []) {
      const tags = [...(item.description ?? "").matchAll(/<\/?([a-z0-9]+)/gi)].map((match) => match[1]?.toLowerCase());
      expect(tags.filter((tag) => !["p", "ul", "ol", "li", "a"].includes(tag ?? ""))).toEqual([]);
    }
  });

  it("tells listeners of a correction in a paragraph of the item's description, never as a bare word", () => {
    const item = (feedsmith.items ?? []).find((entry) => entry.link === `${base}/podcast/onderzoek-in-eindhoven/`);
    expect(item?.description).toContain("<p>Gecorrigeerd op 29 november 2026. De aflevering noemde de terugverdientijd uit de MKBA een uitkomst.");
    for (const entry of feedsmith.items ?? []) expect(entry.description ?? "", entry.link).not.toMatch(/(^|>)\s*Gecorrigeerd\s*(<|$)/);
  });

  it("dates every item differently, in the order the episodes appeared, as content/episode-dates.txt records", async () => {
    const times = (partytime?.items ?? []).map((item) => item.pubDate?.getTime() ?? 0);
    expect(new Set(times).size).toBe(times.length);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const listed = (await readFile("content/episode-dates.txt", "utf8")).split("\n").filter((line) => /^\d/.test(line));
    const guids = listed.map((line) => line.split(" ")[2]);
    expect((partytime?.items ?? []).map((item) => item.guid).reverse()).toEqual(guids);
    expect(xml).toContain("<pubDate>Mon, 23 Nov 2026 11:00:00 GMT</pubDate>");
  });

  it("writes itunes:summary as plain text and an episode type on every item", () => {
    const items = xml.split("<item>").slice(1);
    expect(items).toHaveLength(partytime?.items.length ?? -1);
    for (const item of items) {
      expect(/<itunes:summary>([\s\S]*?)<\/itunes:summary>/.exec(item)?.[1]).not.toMatch(/&lt;|<p>/);
      expect(item).toMatch(/<itunes:episodeType>(full|trailer|bonus)<\/itunes:episodeType>/);
    }
  });

  it("sets lastBuildDate to the newest episode and is byte-identical across builds", async () => {
    const newest = Math.max(...(partytime?.items ?? []).map((item) => item.pubDate?.getTime() ?? 0));
    expect(partytime?.lastBuildDate?.getTime()).toBe(newest);
    await buildSite({ root: process.cwd(), mode: "production", outDir: path.join(extraDir, "_site") });
    expect(await readFile(path.join(extraDir, "_site", "podcast", "feed.xml"), "utf8")).toBe(xml);
  });
});

describe("podcast pages", () => {
  it("shows each episode with player, duration, chapter links, full transcript, related pages and subscribe block", async () => {
    for (const item of partytime?.items ?? []) {
      const url = item.link?.replace(base, "") ?? "";
      const html = await readPage(siteDir, url);
      const audioPath = item.enclosure.url.replace(base, "");
      expect(html).toMatch(new RegExp(`<audio class="episode__player"[^>]* controls preload="metadata" src="${audioPath}">`));
      expect(html).toMatch(/<span>Duur \d+:\d\d<\/span>/);
      expect(html).toMatch(/<a href="#t-\d+" data-start="0"><span class="chapters__time" data-pagefind-ignore>0:00<\/span>/);
      const vtt = parseVtt(await readFile(path.join(siteDir, ...url.split("/").filter(Boolean), "transcript.vtt"), "utf8"));
      for (const cue of vtt.ok ? vtt.cues : [])
        expect(html, url).toContain(cue.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
      expect(html).toContain('<h2 class="utrecht-heading-2" id="in-de-toolkit">In de toolkit</h2>');
      expect(html).toContain(`value="${base}/podcast/feed.xml" readonly`);
      expect(html).toContain("De stem is een computerstem");
    }
  });

  it("says a corrected episode is corrected under its title and lists its corrections at the end, out of search", async () => {
    const html = await readPage(siteDir, "/podcast/onderzoek-in-eindhoven/");
    const line = html.indexOf('<p class="correction-line" data-pagefind-ignore><a href="#correcties">Gecorrigeerd op 7 december 2026 · 2 correcties</a></p>');
    const section = html.indexOf('<section class="corrections" aria-labelledby="correcties" data-pagefind-ignore>');
    expect(line).toBeGreaterThan(html.indexOf("<h1"));
    expect(line).toBeLessThan(html.indexOf("utrecht-paragraph--lead"));
    expect(section).toBeGreaterThan(html.indexOf('id="transcript"'));
    expect(html.slice(section)).toContain("<li>29 november 2026. De aflevering noemde de terugverdientijd");
    expect(html.slice(section)).toContain("<li>7 december 2026. De beschrijving en de titel van het laatste hoofdstuk");
    const uncorrected = await readPage(siteDir, "/podcast/bouwbudget-en-anbi-stichting/");
    expect(uncorrected).not.toContain('class="correction-line"');
    expect(uncorrected).not.toContain('id="correcties"');
  });

  it("lists episodes by season on /podcast/, each season named after and linking to its release", async () => {
    const html = await readPage(siteDir, "/podcast/");
    expect(html).toContain('<h2 class="utrecht-heading-2" id="seizoen-2">Seizoen 2: <a href="/toolkit/2.0/">Toolkit 2.0</a></h2>');
    expect(html).toContain('<h2 class="utrecht-heading-2" id="seizoen-1">Seizoen 1: <a href="/toolkit/1.0/">Toolkit 1.0</a></h2>');
    expect(html.indexOf("seizoen-2")).toBeLessThan(html.indexOf("seizoen-1"));
  });

  it("lists related episodes on the toolkit pages they are about", async () => {
    const html = await readPage(siteDir, "/toolkit/1.0/aanpak/wat-is-het-bouwdepot/");
    expect(html).toContain('<h2 class="utrecht-heading-2" id="podcast-afleveringen">In de podcast</h2>');
    expect(html).toContain('<a href="/podcast/wat-is-het-bouwdepot/">');
  });
});
