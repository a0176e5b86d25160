import { stripControlCharacters } from "./strip-control.ts";

/** A chapter mark. */
export interface Chapter {
  /** Start in seconds. */
  start: number;
  /** Title. */
  title: string;
}

/** The JSON chapters file (Podcasting 2.0 "JSON Chapters" format, version 1.2.0) for one episode. */
export function chaptersJson(title: string, chapters: readonly Chapter[]): string {
  const document = {
    version: "1.2.0",
    title: stripControlCharacters(title),
    chapters: chapters.map((chapter) => ({ startTime: chapter.start, title: stripControlCharacters(chapter.title) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Formats seconds as "H:MM:SS" or "M:SS" for readers and Podlove simple chapters ("00:01:05.000"). */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
