/** Width, height and format of a PNG or JPEG image, read from its header. */
export interface ImageSize {
  /** Pixels wide. */
  width: number;
  /** Pixels high. */
  height: number;
  /** The format found. */
  format: "png" | "jpeg";
}

/** Reads the pixel size of a PNG (IHDR) or JPEG (SOF marker); undefined for anything else. */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng = bytes.length >= 24 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => bytes[index] === byte);
  if (isPng) return { width: view.getUint32(16), height: view.getUint32(20), format: "png" };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    const length = view.getUint16(offset + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5), format: "jpeg" };
    offset += 2 + length;
  }
  return undefined;
}
