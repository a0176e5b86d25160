import { rm, rmdir } from "node:fs/promises";
import path from "node:path";

/** Removes `file` (relative to `dir`) and then each parent folder that it leaves empty, up to `dir` itself. */
export async function removeFile(dir: string, file: string): Promise<void> {
  await rm(path.join(dir, file), { force: true });
  for (let folder = path.dirname(file); folder !== "."; folder = path.dirname(folder)) {
    const emptied = await rmdir(path.join(dir, folder)).then(
      () => true,
      () => false,
    );
    if (!emptied) return;
  }
}
