import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { urlToFile } from "../content/urls.ts";

/** Writes files given by URL into the output folder. */
export async function writeFiles(outputDir: string, files: readonly { url: string; bytes: Uint8Array }[]): Promise<void> {
  await Promise.all(
    files.map(async ({ url, bytes }) => {
      const target = path.join(outputDir, urlToFile(url));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }),
  );
}
