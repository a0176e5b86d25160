import { createHash } from "node:crypto";

/** The hex SHA-256 of some bytes: how every cache, lock and archive copy names what it was made from. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
