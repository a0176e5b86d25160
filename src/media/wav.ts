/** Raw PCM audio from a WAV file. */
export interface Pcm {
  /** Samples per second. */
  sampleRate: number;
  /** Number of channels. */
  channels: number;
  /** Bits per sample. */
  bitsPerSample: number;
  /** The sample bytes (the WAV data chunk). */
  data: Uint8Array;
}

/** Reads the format and data chunk of a PCM WAV file. */
export function readWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (text(0) !== "RIFF" || text(8) !== "WAVE") throw new Error("not a WAV file");
  let offset = 12;
  let format: Omit<Pcm, "data"> | undefined;
  while (offset + 8 <= bytes.length) {
    const id = text(offset);
    const declared = view.getUint32(offset + 4, true);
    const size = id === "data" && (declared === 0 || declared === 0xffffffff) ? bytes.length - offset - 8 : declared;
    if (id === "fmt ")
      format = { channels: view.getUint16(offset + 10, true), sampleRate: view.getUint32(offset + 12, true), bitsPerSample: view.getUint16(offset + 22, true) };
    if (id === "data" && format) return { ...format, data: bytes.subarray(offset + 8, offset + 8 + size) };
    offset += 8 + size + (size % 2);
  }
  throw new Error("WAV file without fmt and data chunks");
}

/** Writes PCM audio as a WAV file. */
export function writeWav(pcm: Pcm): Uint8Array {
  const bytes = new Uint8Array(44 + pcm.data.length);
  const view = new DataView(bytes.buffer);
  const write = (offset: number, value: string): void =>
    bytes.set(
      [...value].map((char) => char.charCodeAt(0)),
      offset,
    );
  const blockAlign = (pcm.channels * pcm.bitsPerSample) / 8;
  write(0, "RIFF");
  view.setUint32(4, 36 + pcm.data.length, true);
  write(8, "WAVE");
  write(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, pcm.channels, true);
  view.setUint32(24, pcm.sampleRate, true);
  view.setUint32(28, pcm.sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, pcm.bitsPerSample, true);
  write(36, "data");
  view.setUint32(40, pcm.data.length, true);
  bytes.set(pcm.data, 44);
  return bytes;
}

/** Duration of PCM audio in seconds. */
export function pcmSeconds(pcm: Pcm): number {
  return pcm.data.length / ((pcm.sampleRate * pcm.channels * pcm.bitsPerSample) / 8);
}

/** Silence of the given length in the same format. */
export function silence(like: Omit<Pcm, "data">, seconds: number): Pcm {
  const blockAlign = (like.channels * like.bitsPerSample) / 8;
  return { ...like, data: new Uint8Array(Math.round(seconds * like.sampleRate) * blockAlign) };
}
