import type { BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { axeViolations, browserSession } from "../helpers/browser.ts";

const realUrl = inject("realSiteUrl");
const previewUrl = inject("previewSiteUrl");
const conceptUrl = inject("realPreviewSiteUrl");
const session = browserSession();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** The number of the block on screen and how many blocks there are, from the visible slide. */
async function shown(page: Page): Promise<{ visible: number; title: string }> {
  const visible = await page.locator(".presentation__slide:visible").count();
  const title = (await page.locator(".presentation__slide:visible .presentation__title").textContent()) ?? "";
  return { visible, title };
}

describe("presentation mode", () => {
  it("moves through every block of a module by keyboard, one block a screen, without trainer notes or site navigation", async () => {
    const page = session.page();
    await page.goto(`${conceptUrl}/toolkit/3.0/training/bouwplan-begeleiden/presenteren/`);
    const titles = await page.locator(".presentation__title").allTextContents();
    expect(titles).toHaveLength(7);
    for (const [index, title] of titles.entries()) {
      expect(await shown(page)).toEqual({ visible: 1, title });
      expect(await page.locator("#presentatie-positie").textContent()).toBe(`Blok ${index + 1} van 7`);
      await page.keyboard.press(index % 2 === 0 ? "ArrowRight" : "Space");
    }
    await page.keyboard.press("ArrowLeft");
    expect((await shown(page)).title).toBe(titles[5]);
    expect(await page.locator("nav, .site-header, .site-footer, .release-nav, .trainer-notitie").count()).toBe(0);
    const text = (await page.locator("body").textContent()) ?? "";
    expect(text).not.toContain("Wat je doet en zegt");
    expect(text).not.toContain("turven daarna in de groep");
    expect(session.errors).toEqual([]);
  });

  it("shows what participants see but never a trainer note, also inside an exercise", async () => {
    const page = session.page();
    await page.goto(`${previewUrl}/toolkit/3.0/training/module-a/presenteren/`);
    const text = (await page.locator("body").textContent()) ?? "";
    expect(text).toContain("KERNPUNT-OP-HET-SCHERM");
    expect(text).toContain("ROUTE-VAN-HET-GELD");
    expect(text).toContain("TOESLAGVRAAG");
    for (const secret of ["GEHEIME-TRAINERNOTITIE", "BLOKNOTITIE", "ROLLENKAART-JONGERE"]) expect(text).not.toContain(secret);
  });

  it("keeps its countdown when paused, and passes axe", async () => {
    const page = session.page();
    await page.goto(`${realUrl}/toolkit/2.0/training/geld-en-regels/presenteren/`);
    const clock = page.locator("#presentatie-klok");
    expect(await clock.textContent()).toBe("15:00");
    await page.keyboard.press("k");
    await page.waitForFunction(() => document.querySelector("#presentatie-klok")?.textContent === "14:58", null, { timeout: 5000 });
    await page.locator("#presentatie-klok-knop").click();
    const paused = await clock.textContent();
    expect(await page.locator("#presentatie-klok-knop").textContent()).toBe("Klok verder laten lopen");
    await page.waitForTimeout(2200);
    expect(await clock.textContent()).toBe(paused);
    await page.keyboard.press("ArrowRight");
    expect(await clock.textContent()).toBe("30:00");
    await page.keyboard.press("ArrowLeft");
    expect(await clock.textContent()).toBe(paused);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("is followed by the trainer view in a second page of the same browser", async () => {
    context = await session.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const trainer = await context.newPage();
    await trainer.goto(`${conceptUrl}/toolkit/3.0/training/geld-en-regels/trainer/`);
    expect(await trainer.locator(".trainer-follow-hint").textContent()).toContain("dezelfde browser");
    const screen = await context.newPage();
    await screen.goto(`${conceptUrl}/toolkit/3.0/training/geld-en-regels/presenteren/#blok-3`);
    await trainer.waitForFunction(() => document.querySelector('.trainer-block[aria-current="step"]')?.id === "blok-3", null, { timeout: 5000 });
    await screen.keyboard.press("ArrowRight");
    await trainer.waitForFunction(() => document.querySelector('.trainer-block[aria-current="step"]')?.id === "blok-4", null, { timeout: 5000 });
    expect(await trainer.locator("#trainer-follow").textContent()).toMatch(/^Op het scherm: blok 4 van 9, Pauze \(de klok staat stil, nog 15:00\)\.$/);
    await screen.keyboard.press("k");
    await trainer.waitForFunction(() => document.querySelector("#trainer-follow")?.textContent?.includes("de klok loopt") === true, null, { timeout: 5000 });
  });

  it("works offline after the release is saved", async () => {
    context = await session.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${realUrl}/toolkit/2.0/`);
    await page.locator("#offline-bewaar").click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>("#offline")?.dataset.state === "bewaard", null, { timeout: 60_000 });
    await context.setOffline(true);
    await page.goto(`${realUrl}/toolkit/2.0/training/woorden-en-beelden/presenteren/`);
    expect(await page.locator("#presentatie-positie").textContent()).toBe("Blok 1 van 7");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#presentatie-positie").textContent()).toBe("Blok 2 van 7");
  });

  it("is linked from the module page, the trainer view and the planner", async () => {
    const page = session.page();
    const target = "/toolkit/2.0/training/geld-en-regels/presenteren/";
    for (const path of [
      "/toolkit/2.0/training/geld-en-regels/",
      "/toolkit/2.0/training/geld-en-regels/trainer/",
      "/toolkit/2.0/training/planner/?modules=geld-en-regels",
    ]) {
      await page.goto(`${realUrl}${path}`);
      expect(await page.locator(`a[href="${target}"]`).count()).toBeGreaterThan(0);
    }
  });
});

describe("the trainer view", () => {
  it("has its own permanent URL, a print button and per block what the trainer does and says", async () => {
    const page = session.page();
    await page.goto(`${conceptUrl}/toolkit/3.0/training/bouwplan-begeleiden/trainer/`);
    expect(await page.locator(".page-about__url").textContent()).toMatch(/\/toolkit\/3\.0\/training\/bouwplan-begeleiden\/trainer\/$/);
    expect(await page.locator("#trainer-print").isVisible()).toBe(true);
    const blocks = page.locator(".trainer-block");
    expect(await blocks.count()).toBe(7);
    expect(await page.locator(".trainer-block--inhoud .trainer-block__notes, .trainer-block--oefening .trainer-block__notes").count()).toBe(6);
    expect(await page.locator(".trainer-block__roles dt").allTextContents()).toEqual(["De jongere", "De begeleider", "De observator"]);
    for (const sheet of ["hand-out", "oefeningen", "casuskaarten", "presenteren"]) {
      expect(await page.locator(`a[href^="/toolkit/3.0/training/bouwplan-begeleiden/${sheet}/"]`).count()).toBeGreaterThan(0);
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});
