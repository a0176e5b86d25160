import { defineConfig } from "vitest/config";

/** Tests: unit/ and content/ run without a build; build/ share one build of the real site made in global setup. */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
