import { parseBuffer } from "music-metadata";

/** What the site needs to know about an audio file, read from the file itself. */
export interface AudioFacts {
  /** Size in bytes, for the RSS enclosure. */
  length: number;
  /** Duration in seconds. */
  duration: number;
  /** MIME type. */
  type: "audio/mpeg";
}

/** Reads length and duration from MP3 bytes with music-metadata; undefined when the bytes are not readable audio. */
export async function readAudioFacts(bytes: Uint8Array): Promise<AudioFacts | undefined> {
  try {
    const metadata = await parseBuffer(bytes, { mimeType: "audio/mpeg", size: bytes.length }, { duration: true, skipCovers: true });
    const duration = metadata.format.duration;
    if (duration === undefined || !Number.isFinite(duration) || duration <= 0) return undefined;
    return { length: bytes.length, duration, type: "audio/mpeg" };
  } catch {
    return undefined;
  }
}
