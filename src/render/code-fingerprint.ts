import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../output/list-files.ts";

/**
 * Fingerprint of everything besides content that shapes the output: our source code, templates and styles under
 * src/, and the locked library versions. Any change there makes every page render afresh. `bySize` hashes each
 * file's size and modification time instead of its bytes: enough within one dev-server session, and faster.
 */
export async function codeFingerprint(projectDir: string, bySize = false): Promise<string> {
  const hash = createHash("sha1");
  const files = (await listFiles(path.join(projectDir, "src"))).map((file) => path.join("src", file));
  const parts = await Promise.all(
    [...files, "package-lock.json"].map(async (file) => {
      const absolute = path.join(projectDir, file);
      if (!bySize) return readFile(absolute).catch(() => Buffer.from("missing"));
      const facts = await stat(absolute).catch(() => undefined);
      return Buffer.from(facts ? `${facts.size}:${facts.mtimeMs}` : "missing");
    }),
  );
  parts.forEach((part, index) => hash.update(`${files[index] ?? "package-lock.json"}\0`).update(part));
  return hash.digest("base64");
}
