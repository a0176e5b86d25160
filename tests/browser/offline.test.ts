import type { BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { browserSession } from "../helpers/browser.ts";

const baseUrl = inject("realSiteUrl");
const session = browserSession();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A fresh browser profile, so that no earlier test left a service worker or saved release behind. */
async function freshPage(): Promise<Page> {
  context = await session.browser().newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

async function saveRelease(page: Page, version: string): Promise<void> {
  await page.goto(`${baseUrl}/toolkit/${version}/`);
  const button = page.locator("#offline-bewaar");
  await button.waitFor({ state: "visible" });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/")) === undefined)).toBe(true);
  expect(await button.textContent()).toMatch(new RegExp(`^Bewaar release ${version.replace(".", "\\.")} voor offline gebruik \\(\\d+(,\\d)? MB\\)$`));
  expect(await page.locator("#offline").getAttribute("data-state")).toBe("niet-bewaard");
  expect(await page.locator("#offline-status").textContent()).toBe("Niet bewaard op dit apparaat.");
  await button.click();
  await waitForState(page, "bewaard");
  expect(await page.locator("#offline-status").textContent()).toMatch(/^Bewaard op dit apparaat\./);
  expect(await button.isVisible()).toBe(false);
  expect(await page.locator("#offline-verwijder").isVisible()).toBe(true);
}

/** Waits until the kit shows `state` (its `data-state`). */
async function waitForState(page: Page, state: string): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector<HTMLElement>("#offline")?.dataset.state === wanted, state, { timeout: 60_000 });
}

describe("the offline kit", () => {
  it("saves a release, which can then be read, searched and printed without a network; other pages show the offline page", async () => {
    const page = await freshPage();
    await saveRelease(page, "2.0");
    await context?.setOffline(true);
    await page.goto(`${baseUrl}/toolkit/2.0/randvoorwaarden/anbi-stichting/`);
    expect(await page.locator("h1").textContent()).toBe("Het bouwbudget is een gift via een ANBI-stichting");
    await page.goto(`${baseUrl}/toolkit/2.0/training/planner/?modules=geld-en-regels`);
    expect(await page.locator("h1").textContent()).toBe("Sessieplanner");
    await page.goto(`${baseUrl}/toolkit/2.0/afdrukken/`);
    expect(await page.locator("h1").textContent()).toBe("Release 2.0");
    await page.goto(`${baseUrl}/toolkit/2.0/aanpak/wie-doet-mee/`);
    await page.locator("#zoekveld").focus();
    await page.locator("#zoekveld").pressSequentially("schenking");
    await page.waitForFunction(() => document.querySelector(".search-panel__status")?.textContent?.includes('"schenking"') === true, null, { timeout: 30_000 });
    expect(await page.locator(".search-panel .search-result").count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/toolkit/1.0/`);
    expect(await page.locator("h1").textContent()).toBe("Je bent offline");
  });

  it("removes a saved release again", async () => {
    const page = await freshPage();
    await saveRelease(page, "2.0");
    await page.locator("#offline-verwijder").click();
    await waitForState(page, "verwijderd");
    expect(await page.locator("#offline-status").textContent()).toBe("Verwijderd: release 2.0 is niet meer bewaard op dit apparaat.");
    expect(await page.locator("#offline-bewaar").isVisible()).toBe(true);
    expect(await page.locator("#offline-verwijder").isVisible()).toBe(false);
    expect(await page.evaluate(() => caches.keys())).not.toContain("bouwdepot-release-2.0");
    await context?.setOffline(true);
    await page.goto(`${baseUrl}/toolkit/2.0/randvoorwaarden/anbi-stichting/`).catch(() => undefined);
    expect(
      await page
        .locator("h1")
        .textContent()
        .catch(() => null),
    ).not.toBe("Het bouwbudget is een gift via een ANBI-stichting");
  });

  it("brings a saved copy up to date when the release changed since", async () => {
    const page = await freshPage();
    await saveRelease(page, "2.0");
    await page.evaluate(async () => {
      const cache = await caches.open("bouwdepot-release-2.0");
      await cache.put("/__offline/2.0/revision", new Response("oud"));
    });
    const states: string[] = [];
    await page.exposeFunction("recordState", (state: string) => states.push(state));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const state = document.querySelector<HTMLElement>("#offline")?.dataset.state;
        if (state) void (window as unknown as { recordState: (state: string) => Promise<void> }).recordState(state);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
    });
    await page.reload();
    await waitForState(page, "bewaard");
    expect(states[0]).toBe("bijwerken");
    const revision = await page.evaluate(async () => (await caches.match("/__offline/2.0/revision"))?.text());
    const manifest = (await (await fetch(`${baseUrl}/toolkit/2.0/offline.json`)).json()) as { revision: string };
    expect(revision).toBe(manifest.revision);
  });
});
