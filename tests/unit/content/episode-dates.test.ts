import { describe, expect, it } from "vitest";
import type { ContentError } from "../../../src/content/content-error.ts";
import { formatEpisodeDates, parseEpisodeDates, stampEpisodes, type EpisodeDate } from "../../../src/content/episode-dates.ts";
import { amsterdamTime } from "../../../src/format/amsterdam-time.ts";

const guid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const episode = (n: number, season: number, day: string) => ({ guid: guid(n), folder: `00${n}-a`, day, season, episode: n });

describe("publication times of episodes", () => {
  it("gives episodes of one day 12:00 plus a minute each, by season then episode, after those already listed", () => {
    const listed: EpisodeDate[] = [{ guid: guid(1), folder: "001-a", day: "2026-11-23", time: "12:00" }];
    const stamped = stampEpisodes(listed, [episode(3, 2, "2026-11-23"), episode(2, 1, "2026-11-23"), episode(1, 1, "2026-11-23"), episode(4, 2, "2026-12-01")]);
    expect(stamped.map((date) => [date.guid, date.day, date.time])).toEqual([
      [guid(2), "2026-11-23", "12:01"],
      [guid(3), "2026-11-23", "12:02"],
      [guid(4), "2026-12-01", "12:00"],
    ]);
  });

  it("reads what it writes, in order of appearance", () => {
    const dates = stampEpisodes([], [episode(2, 1, "2026-11-23"), episode(1, 1, "2026-11-23")]);
    const errors: ContentError[] = [];
    const text = formatEpisodeDates(dates);
    expect(parseEpisodeDates({ path: "content/episode-dates.txt", bytes: new TextEncoder().encode(text) }, errors)).toEqual(dates);
    expect(errors).toEqual([]);
    expect(text.split("\n").filter((line) => !line.startsWith("#") && line !== "")).toEqual([
      `2026-11-23 12:00 ${guid(1)} 001-a`,
      `2026-11-23 12:01 ${guid(2)} 002-a`,
    ]);
  });

  it("refuses a GUID listed twice, naming the line", () => {
    const errors: ContentError[] = [];
    const text = `2026-11-23 12:00 ${guid(1)} 001-a\n2026-11-24 12:00 ${guid(1)} 001-a\n`;
    parseEpisodeDates({ path: "content/episode-dates.txt", bytes: new TextEncoder().encode(text) }, errors);
    expect(errors).toEqual([
      { file: "content/episode-dates.txt", field: "regel 2", expected: "elke aflevering één keer", found: `GUID ${guid(1)} nog een keer` },
    ]);
  });

  it("reads times on the clock in the Netherlands, in winter and in summer", () => {
    expect(amsterdamTime("2026-11-23", "12:00").toISOString()).toBe("2026-11-23T11:00:00.000Z");
    expect(amsterdamTime("2026-07-01", "12:05").toISOString()).toBe("2026-07-01T10:05:00.000Z");
  });
});
