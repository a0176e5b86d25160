import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../output/list-files.ts";

/**
 * Fingerprint of everything besides content that shapes the output: our source code, templates and styles under
 * src/, and the locked library versions. Any change there makes every page render afresh.
 */
export async function codeFingerprint(projectDir: string): Promise<string> {
  const hash = createHash("sha1");
  const files = (await listFiles(path.join(projectDir, "src"))).map((file) => path.join("src", file));
  for (const file of [...files, "package-lock.json"]) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(projectDir, file)).catch(() => Buffer.from("missing")));
  }
  return hash.digest("base64");
}
