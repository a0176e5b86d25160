import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../helpers/browser.ts";

const baseUrl = inject("realSiteUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

describe("an episode page in Chromium via nginx", () => {
  it("loads the audio's duration and seeks when a chapter is clicked", async () => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${baseUrl}/podcast/wat-is-het-bouwdepot/`);
    const duration = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const audio = document.querySelector("audio") as HTMLAudioElement;
          if (Number.isFinite(audio.duration) && audio.duration > 0) resolve(audio.duration);
          audio.addEventListener("loadedmetadata", () => resolve(audio.duration));
          audio.load();
        }),
    );
    const label = (await page.locator(".page-meta").textContent()) ?? "";
    const [minutes = "0", seconds = "0"] = /Duur (\d+):(\d\d)/.exec(label)?.slice(1) ?? [];
    // Chromium estimates a CBR MP3's length from its size (LAME header and padding included), src/podcast/mp3-frames.ts counts frames.
    expect(Math.abs(duration - (Number(minutes) * 60 + Number(seconds)))).toBeLessThanOrEqual(2);

    const chapter = page.locator(".chapters a").nth(2);
    const start = Number(await chapter.getAttribute("data-start"));
    expect(start).toBeGreaterThan(0);
    await chapter.click();
    const position = await page.evaluate(() => (document.querySelector("audio") as HTMLAudioElement).currentTime);
    expect(Math.abs(position - start)).toBeLessThan(1.5);
    expect(errors).toEqual([]);
  });

  it("lets a chapter link jump to its place in the transcript without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${baseUrl}/podcast/wat-is-het-bouwdepot/`);
    const target = await plain.locator(".chapters a").nth(1).getAttribute("href");
    await plain.locator(".chapters a").nth(1).click();
    expect(new URL(plain.url()).hash).toBe(target);
    expect(await plain.locator(target ?? "#none").isVisible()).toBe(true);
    await context.close();
  });
});
