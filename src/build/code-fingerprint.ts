import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../files/list-files.ts";

/** The runtime as far as it shapes output: Node's version and its ICU and Unicode data (Intl, localeCompare). */
export function runtimeVersion(): string {
  return `node ${process.version} icu ${process.versions.icu ?? "-"} unicode ${process.versions.unicode ?? "-"}`;
}

/**
 * Fingerprint of everything besides content that shapes the output: every file under src/ (code, templates,
 * styles), the Eleventy configuration, package.json, the lockfile (library versions, Eleventy's among them) and the
 * runtime. Part of every cache key of derived work, rendered pages included.
 */
export async function codeFingerprint(projectDir: string, runtime = runtimeVersion()): Promise<string> {
  const hash = createHash("sha256").update(`${runtime}\0`);
  const files = [...(await listFiles(path.join(projectDir, "src"))).map((file) => `src/${file}`), ".eleventy.js", "package.json", "package-lock.json"];
  const contents = await Promise.all(files.map((file) => readFile(path.join(projectDir, file)).catch(() => Buffer.from("\0missing"))));
  files.forEach((file, index) =>
    hash
      .update(`${file}\0`)
      .update(contents[index] ?? "")
      .update("\0"),
  );
  return hash.digest("hex");
}
