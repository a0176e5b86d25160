import { readMp3Frames } from "./mp3-frames.ts";

/** What the site needs to know about an audio file, read from the file itself. */
export interface AudioFacts {
  /** Size in bytes, for the RSS enclosure. */
  length: number;
  /** Duration in seconds, from counting the MPEG audio frames. */
  duration: number;
  /** MIME type. */
  type: "audio/mpeg";
}

/** Reads length and duration from MP3 bytes; undefined when they hold no valid sequence of MPEG audio frames. */
export function readAudioFacts(bytes: Uint8Array): AudioFacts | undefined {
  const frames = readMp3Frames(bytes);
  return frames && { length: bytes.length, duration: frames.duration, type: "audio/mpeg" };
}
