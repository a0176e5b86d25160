import { defineConfig } from "vitest/config";

/** Tests: unit/ and content/ run without a build; build/ share one build of the real site made in global setup. */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 120_000, // a production build also renders PDFs with Chromium; two cores
    hookTimeout: 120_000,
  },
});
