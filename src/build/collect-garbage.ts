import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// V8 collects lazily: after Eleventy renders thousands of pages, hundreds of megabytes of garbage stay in the heap
// while the build waits on Chromium and Pagefind, and that is the build's peak memory. The same way
// jest-leak-detector does, the collector is exposed for this process (a flag V8 reads when a context is created).
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** Runs a full garbage collection now, between build steps, so that the next step starts from the live heap only. */
export function collectGarbage(): void {
  collect();
}
