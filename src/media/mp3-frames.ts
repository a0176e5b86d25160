/**
 * Counts the MPEG audio frames of an MP3 file, for its exact sample count and duration.
 *
 * What is counted: every complete frame between the ID3v2 tag at the start and an APEv2 or ID3v1 tag at the end,
 * found by following each frame to the next header; junk before the first frame (or between frames) is skipped,
 * a truncated last frame is dropped. A Xing/Info or VBRI header in the first frame is metadata, not audio.
 * When that header carries a LAME tag, its encoder delay and padding are subtracted too: what remains is the
 * length of the audio the encoder was given, as gapless decoders (FFmpeg, mpg123) play it. Without a LAME tag
 * the delay and padding are unknown and the duration is that of all decoded frames, slightly longer.
 */

/** The facts of an MP3 file's audio, from walking its frames. */
export interface Mp3Frames {
  /** MPEG version: 1, 2 or 2.5. */
  version: 1 | 2 | 2.5;
  /** MPEG audio layer: 1, 2 or 3. */
  layer: 1 | 2 | 3;
  /** Samples per second. */
  sampleRate: number;
  /** Samples (per channel) in one frame. */
  samplesPerFrame: number;
  /** Audio frames, not counting a Xing/Info or VBRI header frame. */
  frames: number;
  /** Samples the encoder added at the start, from the LAME tag; 0 without one. */
  encoderDelay: number;
  /** Samples the encoder added at the end, from the LAME tag; 0 without one. */
  encoderPadding: number;
  /** Samples of audio: frames × samplesPerFrame − encoderDelay − encoderPadding. */
  samples: number;
  /** Duration in seconds: samples / sampleRate. */
  duration: number;
  /** Average bitrate of the audio frames in bits per second. */
  bitrate: number;
}

interface FrameHeader {
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  sampleRate: number;
  samplesPerFrame: number;
  mono: boolean;
  /** Frame length in bytes, header included. */
  size: number;
}

// Bitrates in kbit/s for bitrate index 1–14, per MPEG version group and layer.
const BITRATES = {
  v1l1: [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  v1l2: [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  v1l3: [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2l1: [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  v2l23: [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 2.5: [11025, 12000, 8000] };
const VERSIONS = [2.5, undefined, 2, 1] as const;
const LAYERS = [undefined, 3, 2, 1] as const;
const LAME_ENCODERS = ["LAME", "Lavf", "Lavc"];

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function uint32(bytes: Uint8Array, offset: number, littleEndian = false): number {
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0, littleEndian);
}

/** The frame header at offset, or undefined when the four bytes there are not a valid one (free format included). */
function parseHeader(bytes: Uint8Array, offset: number, end: number): FrameHeader | undefined {
  if (offset + 4 > end || bytes[offset] !== 0xff) return undefined;
  const [b1 = 0, b2 = 0, b3 = 0] = bytes.subarray(offset + 1, offset + 4);
  if ((b1 & 0xe0) !== 0xe0) return undefined;
  const version = VERSIONS[(b1 >> 3) & 3];
  const layer = LAYERS[(b1 >> 1) & 3];
  const sampleRate = version && SAMPLE_RATES[version][(b2 >> 2) & 3];
  const bitrateKbps = version && layer && BITRATES[version === 1 ? (`v1l${layer}` as const) : layer === 1 ? "v2l1" : "v2l23"][(b2 >> 4) - 1];
  if (!version || !layer || !sampleRate || !bitrateKbps) return undefined;
  const samplesPerFrame = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
  const slot = layer === 1 ? 4 : 1;
  const padding = (b2 >> 1) & 1;
  const size = (Math.floor(((samplesPerFrame / 8 / slot) * bitrateKbps * 1000) / sampleRate) + padding) * slot;
  return { version, layer, sampleRate, samplesPerFrame, mono: b3 >> 6 === 3, size };
}

function consistent(a: FrameHeader, b: FrameHeader): boolean {
  return a.version === b.version && a.layer === b.layer && a.sampleRate === b.sampleRate;
}

/** The header at offset if a frame starts there: it ends exactly at end or the next header agrees with it (and with like). */
function syncAt(bytes: Uint8Array, offset: number, end: number, like: FrameHeader | undefined): FrameHeader | undefined {
  const header = parseHeader(bytes, offset, end);
  if (!header || (like && !consistent(header, like))) return undefined;
  if (offset + header.size === end) return header;
  const next = parseHeader(bytes, offset + header.size, end);
  return next && consistent(header, next) ? header : undefined;
}

/** Where the audio starts: after any ID3v2 tags (syncsafe size, plus 10 bytes when the footer flag is set). */
function audioStart(bytes: Uint8Array): number {
  let offset = 0;
  while (offset + 10 <= bytes.length && ascii(bytes, offset, 3) === "ID3") {
    const size = bytes.subarray(offset + 6, offset + 10).reduce((sum, byte) => (sum << 7) | (byte & 0x7f), 0);
    const footer = ((bytes[offset + 5] ?? 0) & 0x10) !== 0 ? 10 : 0;
    offset += 10 + size + footer;
  }
  return offset;
}

/** Where the audio ends: before an ID3v1 tag and an APEv2 tag (its size excludes its optional header). */
function audioEnd(bytes: Uint8Array, start: number): number {
  let end = bytes.length;
  if (end - 128 >= start && ascii(bytes, end - 128, 3) === "TAG") end -= 128;
  if (end - 32 >= start && ascii(bytes, end - 32, 8) === "APETAGEX") {
    const hasHeader = (uint32(bytes, end - 12, true) & 0x80000000) !== 0;
    end -= uint32(bytes, end - 20, true) + (hasHeader ? 32 : 0);
  }
  return Math.max(start, end);
}

/** For a first frame that is a Xing/Info or VBRI header (not audio): the LAME tag's delay and padding, if any. */
function vbrHeader(bytes: Uint8Array, offset: number, header: FrameHeader): { delay: number; padding: number } | undefined {
  if (header.layer !== 3) return undefined;
  const frameEnd = offset + header.size;
  if (offset + 40 <= frameEnd && ascii(bytes, offset + 36, 4) === "VBRI") return { delay: 0, padding: 0 };
  const sideInfo = header.version === 1 ? (header.mono ? 17 : 32) : header.mono ? 9 : 17;
  const xing = offset + 4 + sideInfo;
  if (xing + 8 > frameEnd || !["Xing", "Info"].includes(ascii(bytes, xing, 4))) return undefined;
  const flags = uint32(bytes, xing + 4);
  // Optional fields before the LAME tag: frame count, byte count, 100-byte table of contents, quality.
  const lame = xing + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  if (lame + 24 > frameEnd || !LAME_ENCODERS.includes(ascii(bytes, lame, 4))) return { delay: 0, padding: 0 };
  const [d0 = 0, d1 = 0, d2 = 0] = bytes.subarray(lame + 21, lame + 24);
  return { delay: (d0 << 4) | (d1 >> 4), padding: ((d1 & 0x0f) << 8) | d2 };
}

/** Walks the MPEG audio frames of an MP3 file; undefined when it holds no valid sequence of audio frames. */
export function readMp3Frames(bytes: Uint8Array): Mp3Frames | undefined {
  const start = audioStart(bytes);
  const end = audioEnd(bytes, start);
  let first: FrameHeader | undefined;
  let trim = { delay: 0, padding: 0 };
  let frames = 0;
  let audioBytes = 0;
  let offset = start;
  while (offset < end) {
    const chained = first ? parseHeader(bytes, offset, end) : undefined;
    const header = first && chained && consistent(chained, first) ? chained : syncAt(bytes, offset, end, first);
    if (!header) {
      offset += 1;
      continue;
    }
    if (offset + header.size > end) break;
    const tag = first ? undefined : vbrHeader(bytes, offset, header);
    first ??= header;
    if (tag) trim = tag;
    else {
      frames += 1;
      audioBytes += header.size;
    }
    offset += header.size;
  }
  if (!first || frames === 0) return undefined;
  const decoded = frames * first.samplesPerFrame;
  // A LAME tag whose delay and padding exceed the audio is wrong; then only the frames are known.
  const { delay, padding } = trim.delay + trim.padding < decoded ? trim : { delay: 0, padding: 0 };
  const samples = decoded - delay - padding;
  return {
    version: first.version,
    layer: first.layer,
    sampleRate: first.sampleRate,
    samplesPerFrame: first.samplesPerFrame,
    frames,
    encoderDelay: delay,
    encoderPadding: padding,
    samples,
    duration: samples / first.sampleRate,
    bitrate: Math.round((audioBytes * 8 * first.sampleRate) / decoded),
  };
}
