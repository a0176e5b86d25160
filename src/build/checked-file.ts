import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../files/sha256.ts";

/**
 * One derived file in a cache folder (`<key>.<extension>`) with the SHA-256 of its bytes beside it (`<key>.sha256`):
 * it is reused only while its bytes still have that hash, so a damaged or half-written file is made again.
 */
export async function readCheckedFile(dir: string, key: string, extension: string): Promise<Uint8Array | undefined> {
  const [bytes, recorded] = await Promise.all([
    readFile(path.join(dir, `${key}.${extension}`)).catch(() => undefined),
    readFile(path.join(dir, `${key}.sha256`), "utf8").catch(() => undefined),
  ]);
  if (!bytes || recorded === undefined) return undefined;
  return sha256(bytes) === recorded.trim() ? bytes : undefined;
}

/** Writes a derived file and its hash for readCheckedFile; the file goes in under a temporary name first. */
export async function writeCheckedFile(dir: string, key: string, extension: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, `${key}.${extension}`);
  await writeFile(`${target}.tmp`, bytes);
  await rename(`${target}.tmp`, target);
  await writeFile(path.join(dir, `${key}.sha256`), `${sha256(bytes)}\n`);
}

/** The names readCheckedFile reads for a key, for pruning the cache folder. */
export function checkedFileNames(key: string, extension: string): string[] {
  return [`${key}.${extension}`, `${key}.sha256`];
}
