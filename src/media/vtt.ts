/** One cue of a WebVTT transcript. */
export interface Cue {
  /** Start in seconds. */
  start: number;
  /** End in seconds. */
  end: number;
  /** Speaker from a `<v Name>` voice tag, or null. */
  speaker: string | null;
  /** The spoken text, tags removed. */
  text: string;
}

/** A problem in a WebVTT file, with the line it is on. */
export interface VttProblem {
  /** Line number, counting from 1. */
  line: number;
  /** What is wrong, in Dutch. */
  message: string;
}

/** The parsed transcript, or the problems that make it invalid WebVTT. */
export type VttResult = { ok: true; cues: Cue[] } | { ok: false; problems: VttProblem[] };

const TIMING = /^((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})[ \t]+-->[ \t]+((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})(?:[ \t].*)?$/;

/** Seconds for a WebVTT timestamp such as "01:02.500" or "1:01:02.500". */
export function parseTimestamp(value: string): number {
  const parts = value.split(":").map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Formats seconds as a WebVTT timestamp "HH:MM:SS.mmm". */
export function formatTimestamp(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  const hours = Math.floor(millis / 3_600_000);
  const minutes = Math.floor((millis % 3_600_000) / 60_000);
  const rest = (millis % 60_000) / 1000;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}:${rest.toFixed(3).padStart(6, "0")}`;
}

/** Parses a WebVTT file strictly enough for podcast apps: header, cue timings in order, voice tags. */
export function parseVtt(text: string): VttResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const problems: VttProblem[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? "")) {
    return { ok: false, problems: [{ line: 1, message: 'het bestand begint niet met "WEBVTT"' }] };
  }
  const cues: Cue[] = [];
  let index = 1;
  while (index < lines.length) {
    if ((lines[index] ?? "").trim() === "") {
      index += 1;
      continue;
    }
    const blockStart = index;
    const block: string[] = [];
    while (index < lines.length && (lines[index] ?? "").trim() !== "") block.push(lines[index++] ?? "");
    if (/^(NOTE|STYLE|REGION)\b/.test(block[0] ?? "")) continue;
    const timingAt = block.findIndex((line) => line.includes("-->"));
    const timing = TIMING.exec(block[timingAt] ?? "");
    if (timingAt < 0 || timingAt > 1 || !timing) {
      problems.push({ line: blockStart + Math.max(timingAt, 0) + 1, message: "een cue zonder geldige tijd (zoals 00:00:01.000 --> 00:00:04.000)" });
      continue;
    }
    const start = parseTimestamp(timing[1] ?? "");
    const end = parseTimestamp(timing[2] ?? "");
    const line = blockStart + timingAt + 1;
    if (end <= start) problems.push({ line, message: "een cue die eindigt voordat hij begint" });
    const previous = cues[cues.length - 1];
    if (previous && start < previous.start) problems.push({ line, message: "een cue die eerder begint dan de cue ervoor" });
    const payload = block.slice(timingAt + 1).join("\n");
    if (payload.trim() === "") problems.push({ line, message: "een cue zonder tekst" });
    const speaker = /<v(?:\.[\w.-]+)?[ \t]+([^>]+)>/.exec(payload)?.[1]?.trim() ?? null;
    cues.push({ start, end, speaker, text: decodeEntities(payload.replace(/<[^>]*>/g, "")).trim() });
  }
  if (cues.length === 0 && problems.length === 0) problems.push({ line: 1, message: "geen enkele cue" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cues };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&lrm;/g, "\u200e")
    .replace(/&rlm;/g, "\u200f")
    .replace(/&amp;/g, "&");
}
