import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMp3Frames } from "../../../src/media/mp3-frames.ts";
import { writeWav } from "../../../src/media/wav.ts";
import { AUDIO_FIXTURES } from "../../fixtures/audio/fixtures.ts";

/** Concatenates byte arrays. */
function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** A frame of `size` bytes: the four header bytes, then silence (zeros) or the given body. */
function frame(header: number[], size: number, body: number[] = []): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([...header, ...body]);
  return bytes;
}

function repeat(count: number, make: () => Uint8Array): Uint8Array {
  return concat(...Array.from({ length: count }, make));
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

// Frame sizes worked out by hand from the spec: Layer III MPEG 2 is 72 × bitrate / sample rate (+1 when padded),
// MPEG 1 is 144 × …; Layer II is 144 × …; Layer I is (12 × … + padding) × 4 bytes.
/** MPEG 2 Layer III, 32 kbit/s, 22,050 Hz, mono: 72 × 32000 / 22050 = 104.49 → 104 bytes, 576 samples. */
const MPEG2_L3 = [0xff, 0xf3, 0x40, 0xc4];
/** The same with the padding bit: 105 bytes. */
const MPEG2_L3_PADDED = [0xff, 0xf3, 0x42, 0xc4];
/** MPEG 2 Layer III, 64 kbit/s, 22,050 Hz, mono: 72 × 64000 / 22050 = 208.98 → 208 bytes (room for a LAME tag). */
const MPEG2_L3_64K = [0xff, 0xf3, 0x80, 0xc4];
/** MPEG 2.5 Layer III, 8 kbit/s, 8,000 Hz, mono: 72 × 8000 / 8000 = 72 bytes, 576 samples. */
const MPEG25_L3 = [0xff, 0xe3, 0x18, 0xc4];
/** MPEG 1 Layer III, 128 kbit/s, 44,100 Hz, joint stereo: 144 × 128000 / 44100 = 417.96 → 417 bytes, 1,152 samples. */
const MPEG1_L3 = [0xff, 0xfb, 0x90, 0x64];

/** A Xing (or Info) frame in MPEG 2 Layer III mono, 9 bytes of side information after the header, with all four optional fields and a LAME tag. */
function xingFrame(id: "Xing" | "Info", lame?: { delay: number; padding: number }): Uint8Array {
  const fields = [0, 0, 0, 0x0f, ...new Array<number>(4 + 4 + 100 + 4).fill(0)];
  const tag = lame
    ? [...ascii("LAME3.100"), ...new Array<number>(12).fill(0), lame.delay >> 4, ((lame.delay & 0x0f) << 4) | (lame.padding >> 8), lame.padding & 0xff]
    : [];
  return frame(MPEG2_L3_64K, 208, [...new Array<number>(9).fill(0), ...ascii(id), ...fields, ...tag]);
}

/** An ID3v2.4 tag around body, its size syncsafe; with a footer when asked. */
function id3v2(body: Uint8Array, footer = false): Uint8Array {
  const size = [(body.length >> 21) & 0x7f, (body.length >> 14) & 0x7f, (body.length >> 7) & 0x7f, body.length & 0x7f];
  return concat([...ascii("ID3"), 4, 0, footer ? 0x10 : 0, ...size], body, footer ? [...ascii("3DI"), 4, 0, 0x10, ...size] : []);
}

describe("readMp3Frames on files lame made from a known number of samples", () => {
  for (const fixture of AUDIO_FIXTURES) {
    it(`${fixture.file}: ${fixture.frames} frames of ${fixture.samples} samples at ${fixture.sampleRate} Hz`, async () => {
      const facts = readMp3Frames(await readFile(path.join("tests", "fixtures", "audio", fixture.file)));
      const samplesPerFrame = fixture.sampleRate === 44100 ? 1152 : 576;
      expect(facts).toMatchObject({
        version: { 44100: 1, 22050: 2, 8000: 2.5 }[fixture.sampleRate],
        layer: 3,
        sampleRate: fixture.sampleRate,
        samplesPerFrame,
        frames: fixture.frames,
      });
      if (fixture.tag) {
        // The LAME tag gives lame's delay (576) and its padding: exactly the samples lame was given are left.
        expect(facts).toMatchObject({ encoderDelay: 576, samples: fixture.samples, duration: fixture.samples / fixture.sampleRate });
        expect(facts?.encoderPadding).toBe(fixture.frames * samplesPerFrame - 576 - fixture.samples);
      } else {
        // Without the tag every decoded sample counts, delay and padding included: more than a frame too long.
        expect(facts).toMatchObject({ encoderDelay: 0, encoderPadding: 0, samples: fixture.frames * samplesPerFrame });
        expect(facts?.duration).toBe((fixture.frames * samplesPerFrame) / fixture.sampleRate);
      }
    });
  }
});

describe("readMp3Frames on hand-built bytes", () => {
  it("reads the size of Layer I and II frames and their samples per frame, in MPEG 1 and 2", () => {
    // MPEG 1 Layer I, 32 kbit/s, 32,000 Hz: (12 × 32000 / 32000) × 4 = 48 bytes, 52 with padding.
    const layer1 = concat(frame([0xff, 0xff, 0x18, 0xc0], 48), frame([0xff, 0xff, 0x1a, 0xc0], 52), frame([0xff, 0xff, 0x18, 0xc0], 48));
    expect(readMp3Frames(layer1)).toMatchObject({ version: 1, layer: 1, sampleRate: 32000, samplesPerFrame: 384, frames: 3, samples: 1152 });
    // MPEG 1 Layer II, 128 kbit/s, 48,000 Hz: 144 × 128000 / 48000 = 384 bytes.
    expect(readMp3Frames(repeat(4, () => frame([0xff, 0xfd, 0x84, 0xc0], 384)))).toMatchObject({
      version: 1,
      layer: 2,
      sampleRate: 48000,
      samplesPerFrame: 1152,
      frames: 4,
      bitrate: 128000,
    });
    // MPEG 2 Layer I, 32 kbit/s, 22,050 Hz: floor(12 × 32000 / 22050) × 4 = 68 bytes.
    expect(readMp3Frames(repeat(2, () => frame([0xff, 0xf7, 0x10, 0xc0], 68)))).toMatchObject({
      version: 2,
      layer: 1,
      sampleRate: 22050,
      samplesPerFrame: 384,
      frames: 2,
    });
    // MPEG 2 Layer II, 8 kbit/s, 16,000 Hz: 144 × 8000 / 16000 = 72 bytes, 1,152 samples.
    expect(readMp3Frames(repeat(2, () => frame([0xff, 0xf5, 0x18, 0xc0], 72)))).toMatchObject({
      version: 2,
      layer: 2,
      sampleRate: 16000,
      samplesPerFrame: 1152,
      frames: 2,
    });
  });

  it("follows padded and unpadded frames and MPEG 1 and 2.5 Layer III", () => {
    const audio = concat(frame(MPEG2_L3, 104), frame(MPEG2_L3_PADDED, 105), frame(MPEG2_L3, 104));
    expect(readMp3Frames(audio)).toEqual({
      version: 2,
      layer: 3,
      sampleRate: 22050,
      samplesPerFrame: 576,
      frames: 3,
      encoderDelay: 0,
      encoderPadding: 0,
      samples: 1728,
      duration: 1728 / 22050,
      bitrate: Math.round((313 * 8 * 22050) / 1728),
    });
    expect(readMp3Frames(repeat(3, () => frame(MPEG1_L3, 417)))).toMatchObject({ version: 1, sampleRate: 44100, samplesPerFrame: 1152, frames: 3 });
    expect(readMp3Frames(repeat(3, () => frame(MPEG25_L3, 72)))).toMatchObject({
      version: 2.5,
      sampleRate: 8000,
      samplesPerFrame: 576,
      frames: 3,
      bitrate: 8000,
    });
  });

  it("skips ID3v2 tags by their syncsafe size, with and without a footer, even when they hold frame-like bytes", () => {
    const audio = repeat(5, () => frame(MPEG2_L3, 104));
    // 2 × 104 = 208 bytes of frames inside the tag: syncsafe 00 00 01 50; read as a plain number (336) it would cut into the audio.
    const fakeFrames = repeat(2, () => frame(MPEG2_L3, 104));
    expect(readMp3Frames(concat(id3v2(fakeFrames), audio))?.frames).toBe(5);
    // A second tag after one with a footer: found only when the footer's 10 bytes are skipped too.
    expect(readMp3Frames(concat(id3v2(new Uint8Array(20), true), id3v2(fakeFrames), audio))?.frames).toBe(5);
  });

  it("stops at an APEv2 and an ID3v1 tag at the end, even when they hold frame-like bytes", () => {
    const audio = repeat(4, () => frame(MPEG25_L3, 72));
    const id3v1 = concat(ascii("TAG"), new Uint8Array(125 - 72), frame(MPEG25_L3, 72));
    const apeFooter = (size: number, flags: number) => [
      ...ascii("APETAGEX"),
      0xd0,
      0x07,
      0,
      0,
      size,
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      flags,
      ...new Array<number>(8).fill(0),
    ];
    // An APEv2 tag with a header; the size in header and footer counts the items and the footer, not the header.
    const items = repeat(2, () => frame(MPEG25_L3, 72));
    const ape = concat(apeFooter(items.length + 32, 0xa0), items, apeFooter(items.length + 32, 0x80));
    expect(readMp3Frames(concat(audio, id3v1))?.frames).toBe(4);
    expect(readMp3Frames(concat(audio, ape))?.frames).toBe(4);
    expect(readMp3Frames(concat(audio, ape, id3v1))?.frames).toBe(4);
    // A lone frame counts when it ends where the audio ends, which is before the APE tag's header.
    expect(readMp3Frames(concat(frame(MPEG25_L3, 72), ape))?.frames).toBe(1);
  });

  it("does not count a Xing or Info frame as audio, and subtracts the LAME tag's delay and padding", () => {
    const audio = repeat(10, () => frame(MPEG2_L3, 104));
    expect(readMp3Frames(concat(xingFrame("Xing", { delay: 576, padding: 651 }), audio))).toMatchObject({
      frames: 10,
      encoderDelay: 576,
      encoderPadding: 651,
      samples: 10 * 576 - 576 - 651,
      duration: 4533 / 22050,
    });
    expect(readMp3Frames(concat(xingFrame("Info"), audio))).toMatchObject({ frames: 10, encoderDelay: 0, encoderPadding: 0, samples: 5760 });
    // The 12-bit fields at their largest; more than the audio, so the tag is not believed.
    expect(readMp3Frames(concat(xingFrame("Info", { delay: 4095, padding: 4095 }), audio))).toMatchObject({
      frames: 10,
      encoderDelay: 0,
      encoderPadding: 0,
      samples: 5760,
    });
    // A Xing header later in the file is only audio.
    expect(readMp3Frames(concat(audio, xingFrame("Xing"), audio))?.frames).toBe(21);
  });

  it("does not count a VBRI frame as audio", () => {
    const vbri = frame(MPEG2_L3_64K, 208, [...new Array<number>(32).fill(0), ...ascii("VBRI")]);
    expect(
      readMp3Frames(
        concat(
          vbri,
          repeat(3, () => frame(MPEG2_L3, 104)),
        ),
      )?.frames,
    ).toBe(3);
  });

  it("drops a truncated last frame", () => {
    const audio = repeat(3, () => frame(MPEG2_L3, 104));
    expect(readMp3Frames(concat(audio, frame(MPEG2_L3, 104).subarray(0, 60)))?.frames).toBe(3);
    expect(readMp3Frames(concat(audio, MPEG2_L3.slice(0, 2)))?.frames).toBe(3);
  });

  it("skips junk before the first frame, also junk with a valid header that no frame follows", () => {
    // A valid MPEG 1 header whose frame would end 417 bytes on, inside the silent audio: no header there, so junk.
    const junk = concat([0x00, 0xff, 0x12], MPEG1_L3, new Uint8Array(30).fill(0xff), [0x20]);
    expect(
      readMp3Frames(
        concat(
          junk,
          repeat(6, () => frame(MPEG2_L3, 104)),
        ),
      ),
    ).toMatchObject({ version: 2, frames: 6 });
    // The same header followed by a frame of another MPEG version is junk too.
    expect(
      readMp3Frames(
        concat(
          frame(MPEG1_L3, 417),
          repeat(6, () => frame(MPEG2_L3, 104)),
        ),
      ),
    ).toMatchObject({ version: 2, frames: 6 });
  });

  it("skips junk between frames and frames of another version there", () => {
    const audio = repeat(3, () => frame(MPEG2_L3, 104));
    expect(readMp3Frames(concat(audio, new Uint8Array(50), audio))?.frames).toBe(6);
    expect(
      readMp3Frames(
        concat(
          audio,
          repeat(2, () => frame(MPEG1_L3, 417)),
          audio,
        ),
      ),
    ).toMatchObject({ version: 2, frames: 6 });
  });

  it("finds no audio in what is not an MP3", () => {
    expect(readMp3Frames(new Uint8Array(0))).toBeUndefined();
    expect(readMp3Frames(new TextEncoder().encode("geen audio"))).toBeUndefined();
    expect(readMp3Frames(writeWav({ sampleRate: 22050, channels: 1, bitsPerSample: 16, data: new Uint8Array(4410) }))).toBeUndefined();
    expect(readMp3Frames(concat(xingFrame("Info", { delay: 576, padding: 651 })))).toBeUndefined();
    // A header with bitrate index 0 (free format), 15 (bad) or sample rate index 3 (reserved).
    for (const byte2 of [0x00, 0xf0, 0x4c]) expect(readMp3Frames(repeat(3, () => frame([0xff, 0xf3, byte2, 0xc4], 104)))).toBeUndefined();
  });
});

describe("readMp3Frames on the real episode 1", () => {
  it("counts 5,940 frames of 576 samples at 22,050 Hz, with no Xing frame or LAME tag", async () => {
    // lame leaves the Info frame out at 32 kbit/s (it does not fit in a 104-byte frame), so the delay and padding are unknown.
    const facts = readMp3Frames(await readFile("content/podcast/001-wat-is-het-bouwdepot/aflevering.mp3"));
    expect(facts).toMatchObject({
      version: 2,
      layer: 3,
      sampleRate: 22050,
      samplesPerFrame: 576,
      frames: 5940,
      encoderDelay: 0,
      encoderPadding: 0,
      samples: 5940 * 576,
      bitrate: 32000,
    });
    expect(facts?.duration).toBeCloseTo(155.1673, 4);
  });
});
