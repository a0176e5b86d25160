import { describe, expect, it } from "vitest";
import { formatTimestamp, parseTimestamp, parseVtt } from "../../../src/media/vtt.ts";

describe("parseVtt", () => {
  it("reads cues with speakers, short and long timestamps, notes and settings", () => {
    const result = parseVtt(
      "WEBVTT - transcript\n\nNOTE gemaakt door de redactie\n\n1\n00:01.000 --> 00:03.500 align:start\n<v Redactie>Welkom &amp; fijn dat je luistert.\n\n00:00:04.000 --> 00:00:06.000\nZonder spreker\nover twee regels.\n",
    );
    expect(result).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 3.5, speaker: "Redactie", text: "Welkom & fijn dat je luistert." },
        { start: 4, end: 6, speaker: null, text: "Zonder spreker\nover twee regels." },
      ],
    });
  });

  it("rejects a file without the WEBVTT header", () => {
    expect(parseVtt("00:00.000 --> 00:01.000\nHoi\n")).toEqual({ ok: false, problems: [{ line: 1, message: 'het bestand begint niet met "WEBVTT"' }] });
  });

  it("rejects broken timings, cues out of order, backwards cues and empty cues, with their lines", () => {
    const result = parseVtt(
      "WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n\n00:03.000 --> 00:02.000\nC\n\n00:07 --> 00:08\nD\n\n00:09.000 --> 00:10.000\n",
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { line: 6, message: "een cue die eerder begint dan de cue ervoor" },
      { line: 9, message: "een cue die eindigt voordat hij begint" },
      { line: 12, message: "een cue zonder geldige tijd (zoals 00:00:01.000 --> 00:00:04.000)" },
      { line: 15, message: "een cue zonder tekst" },
    ]);
  });

  it("round-trips timestamps", () => {
    expect(formatTimestamp(3723.456)).toBe("01:02:03.456");
    expect(parseTimestamp("01:02:03.456")).toBeCloseTo(3723.456, 6);
  });
});
