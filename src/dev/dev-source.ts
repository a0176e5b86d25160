import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { ViewSource } from "../render/view-source.ts";
import { RebuildStamp } from "./rebuild-stamp.ts";
import { devSession } from "./dev-session.ts";

/** The dev server's views (`npm start`): Eleventy watches content/ and _data/, and only changed views render again. */
export function devSource(eleventyConfig: UserConfig, root: string): ViewSource {
  const folders = ["content", "_data"].map((folder) => path.join(root, folder));
  for (const folder of folders) eleventyConfig.addWatchTarget(folder);
  const stamp = new RebuildStamp(root, folders);
  eleventyConfig.addWatchTarget(stamp.file);
  // Saves are seen after 10 ms of quiet instead of Eleventy's 150 ms.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 10, pollInterval: 5 } });
  const session = devSession({ root, cwd: process.cwd(), stamp: stamp.file }, (reason) => stamp.touch(reason));
  // Eleventy 3 names the files its watcher saw changed or added (relative to its working directory) before each
  // build after the first; the stamp adds the deleted ones.
  eleventyConfig.on("eleventy.beforeWatch", (queue: unknown) => {
    const deleted = stamp.takeDeleted();
    session.reported(isPathList(queue) ? [...queue, ...deleted] : undefined);
  });
  return {
    ...session,
    before(outputDir, background) {
      if (background) stamp.watchDeletions();
      session.before(outputDir, background);
    },
  };
}

/** True for the report Eleventy 3 gives: a list of paths. */
function isPathList(queue: unknown): queue is string[] {
  return Array.isArray(queue) && queue.every((entry) => typeof entry === "string");
}
