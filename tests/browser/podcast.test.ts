import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser } from "../helpers/browser.ts";

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

  it("highlights the sentence being played and seeks from a timestamp button, without moving focus", async () => {
    await page.goto(`${baseUrl}/podcast/onderzoek-in-eindhoven/`);
    const lines = page.locator(".transcript__lines p");
    const fifth = Number(await lines.nth(4).getAttribute("data-start"));
    const sixth = Number(await lines.nth(5).getAttribute("data-start"));
    await page.evaluate(
      (time) => {
        const audio = document.querySelector("audio") as HTMLAudioElement;
        audio.currentTime = time;
      },
      (fifth + sixth) / 2,
    );
    await page.waitForSelector(".transcript__line--current");
    expect(await page.locator(".transcript__line--current").count()).toBe(1);
    expect(await page.locator(".transcript__line--current").getAttribute("data-start")).toBe(String(fifth));
    expect(await page.locator('.transcript__lines [aria-current="true"]').getAttribute("data-start")).toBe(String(fifth));

    const button = lines.nth(8).locator("button.transcript__time");
    expect(await button.getAttribute("aria-label")).toMatch(/^Speel af vanaf \d+:\d\d$/);
    await button.focus();
    await button.press("Enter");
    const target = Number(await lines.nth(8).getAttribute("data-start"));
    await page.waitForFunction((time) => Math.abs((document.querySelector("audio") as HTMLAudioElement).currentTime - time) < 1.5, target);
    await page.waitForFunction((time) => document.querySelector(".transcript__line--current")?.getAttribute("data-start") === String(time), target);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("transcript__time"))).toBe(true);
  });

  it("keeps the transcript readable without JavaScript: times as text, every sentence there", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${baseUrl}/podcast/onderzoek-in-eindhoven/`);
    expect(await plain.locator(".transcript__lines button").count()).toBe(0);
    expect(await plain.locator(".transcript__lines span.transcript__time").count()).toBe(await plain.locator(".transcript__lines p").count());
    await context.close();
  });
});

describe("subscribing and listening on a phone (375 × 740)", () => {
  it("shows the subscribe block in the first screen of /podcast/, with app links that carry the feed address", async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(`${baseUrl}/podcast/`);
    const heading = await phone.locator("#abonneren").boundingBox();
    const firstApp = await phone.locator(".subscribe__app").first().boundingBox();
    expect(heading?.y ?? 9999).toBeLessThan(740);
    expect(firstApp?.y ?? 9999).toBeLessThan(740);
    const feed = await phone.locator("#feed-url").inputValue();
    const hrefs = await phone.locator(".subscribe__app").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs) expect(href.includes(feed.replace(/^https?:\/\//, "")) || href.includes(encodeURIComponent(feed)), href).toBe(true);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.close();
  });

  it("plays an episode in place on /podcast/", async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(`${baseUrl}/podcast/`);
    const players = phone.locator(".episode-list audio");
    expect(await players.count()).toBe(await phone.locator(".episode-list > li").count());
    expect(await players.first().getAttribute("preload")).toBe("none");
    const duration = await players.first().evaluate(
      (audio: HTMLAudioElement) =>
        new Promise<number>((resolve) => {
          audio.addEventListener("loadedmetadata", () => resolve(audio.duration), { once: true });
          audio.load();
        }),
    );
    expect(duration).toBeGreaterThan(10);
    await phone.close();
  });

  it("offers subscribing on an episode page and passes axe there with the transcript followed", async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(`${baseUrl}/podcast/onderzoek-in-eindhoven/`);
    await phone.locator(".subscribe--compact summary").click();
    expect(await phone.locator(".subscribe--compact .subscribe__app").first().isVisible()).toBe(true);
    await phone.evaluate(() => {
      (document.querySelector("audio") as HTMLAudioElement).currentTime = 20;
    });
    await phone.waitForSelector(".transcript__line--current");
    expect(await axeViolations(phone)).toEqual([]);
    await phone.close();
  });
});
