import { defineConfig } from "vitest/config";

/** Tests: unit/ and content/ run without a build; build/ share one build of the real site made in global setup. */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // A production build also lays each release PDF out twice with Chromium (page numbers of the contents); two cores.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
