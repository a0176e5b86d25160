import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import mammoth from "mammoth";
import { afterAll, describe, expect, inject, it } from "vitest";
import { axeViolations, browserSession } from "../helpers/browser.ts";
import { packageProblems } from "../helpers/office-package.ts";

const run = promisify(execFile);
const baseUrl = inject("realSiteUrl");
const url = `${baseUrl}/toolkit/2.0/startnotitie/`;
const site = "https://toolkit.bouwdepot.example";
const session = browserSession();
const errors = session.errors;
const work = await mkdtemp(path.join(os.tmpdir(), "wtn-startnotitie-"));

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The choices the test makes: an option of the toolkit in two randvoorwaarden, own text in a third. */
const CHOICES = {
  doelgroep: "Jongeren van 18 tot 21 jaar",
  "bedrag-en-duur": "Elke maand € 1.050, een jaar lang",
};
const OWN_CHOICE = "Stichting Bouwgeld Voorbeeldstad";

/** Fills the form as a policy officer would: name, numbers, date, reasons, two options, one own choice. */
async function fillForm(): Promise<void> {
  const page = session.page();
  await page.goto(url);
  await page.fill("#s-gemeente", "Voorbeeldstad");
  await page.fill("#s-jongeren", "12");
  await page.fill("#s-start", "2027-03-01");
  await page.fill("#s-begeleiding", "3000");
  await page.fill("#s-aanleiding", "Jongeren in Voorbeeldstad staan er vaak alleen voor.");
  await page.check("#k-doelgroep-tot-21-jaar");
  await page.check("#k-bedrag-en-duur-bedrag-uit-de-bronnen");
  await page.check("#k-anbi-stichting-anders");
  await page.fill('[name="anders-anbi-stichting"]', OWN_CHOICE);
}

/** Downloads the file behind a link and returns its bytes. */
async function download(selector: string, name: string): Promise<Uint8Array> {
  const page = session.page();
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const target = path.join(work, name);
  await file.saveAs(target);
  return new Uint8Array(await readFile(target));
}

/** The document as LibreOffice reads it: converted headless to plain text, in a profile of its own. */
async function officeText(file: string): Promise<string> {
  const out = path.join(work, `txt-${path.extname(file).slice(1)}`);
  await run(
    "soffice",
    [`-env:UserInstallation=file://${path.join(work, `lo-${path.extname(file).slice(1)}`)}`, "--headless", "--convert-to", "txt:Text", "--outdir", out, file],
    { timeout: 180_000 },
  );
  return (await readFile(path.join(out, `${path.basename(file, path.extname(file))}.txt`), "utf8")).replace(/\u00a0/g, " ");
}

/** What every take-away must hold: the name, every choice, the total, the release and the page addresses. */
function expectContent(text: string): void {
  const total = 12 * 1050 * 12 + 12 * 3000;
  expect(text).toContain("Voorbeeldstad");
  for (const choice of [...Object.values(CHOICES), OWN_CHOICE]) expect(text).toContain(choice);
  expect(text).toContain(`€ ${total.toLocaleString("nl-NL")}`);
  expect(text).toContain("release 2.0");
  expect(text).toContain(`Is er sindsdien iets veranderd? Zie ${site}/toolkit/vergelijk/2.0/actueel/`);
  expect(text).toContain(`${site}/toolkit/2.0/randvoorwaarden/doelgroep/`);
  expect(text).toContain(`${site}/toolkit/2.0/rekenhulp/`);
}

describe("the startnotitie", () => {
  it("fills in, keeps its state in the fragment only, and sends nothing after load", async () => {
    const page = session.page();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await fillForm();
    await page.waitForLoadState("networkidle");
    requests.length = 0; // fillForm loads the page again
    await page.fill("#s-gemeente", "Voorbeeldstad");
    await page.fill("#t-doelgroep", "Onze eigen toelichting.");
    await download("#download-odt", "na-laden.odt");
    await download("#download-docx", "na-laden.docx");
    await download("#bewaar-bestand", "na-laden.json");
    const address = new URL(page.url());
    expect(address.search).toBe("");
    expect(address.hash).toContain("gemeente=Voorbeeldstad");
    // After load only the module that writes the files, from this site, once (the favicon aside).
    // The browser fetches the favicon when it likes; it is a static file of this site and carries nothing.
    const own = requests.filter((request) => !request.startsWith("blob:") && !/\/assets\/favicon-[0-9a-f]+\.svg$/.test(request));
    expect(own.map((request) => request.replace(baseUrl, "").replace(/-[0-9a-f]+\.js$/, ".js"))).toEqual(["/assets/startnotitie-office.js"]);
    for (const request of requests) expect(request).not.toContain("Voorbeeldstad");
    expect(errors).toEqual([]);
  });

  it("downloads ODT and DOCX that are well-formed and that a second reader and LibreOffice read with everything in them", async () => {
    await fillForm();
    const odt = await download("#download-odt", "voorbeeldstad.odt");
    const docx = await download("#download-docx", "voorbeeldstad.docx");
    expect(packageProblems(odt, "odt")).toEqual([]);
    expect(packageProblems(docx, "docx")).toEqual([]);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value.replace(/\u00a0/g, " ");
    expect(html).toContain("<h1>Startnotitie Het Bouwdepot – gemeente Voorbeeldstad</h1>");
    expect(html).toContain("<h2>Keuzes per randvoorwaarde</h2>");
    expect(html).toContain("<table>");
    expect(html).toMatch(/<ol><li>In te stemmen met de start van Het Bouwdepot/);
    expectContent(html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&"));
    expectContent(await officeText(path.join(work, "voorbeeldstad.odt")));
    expectContent(await officeText(path.join(work, "voorbeeldstad.docx")));
    expect(errors).toEqual([]);
  });

  it("saves a file and opens it again, and a file from release 1.0 opens in release 2.0 saying what changed", async () => {
    await fillForm();
    await download("#bewaar-bestand", "bewaard.json");
    const saved = JSON.parse(await readFile(path.join(work, "bewaard.json"), "utf8")) as {
      release: string;
      conditions: Record<string, { fingerprint: string }>;
    };
    expect(saved.release).toBe("2.0");
    const page = session.page();
    await page.goto(url);
    await page.setInputFiles("#open-bestand", path.join(work, "bewaard.json"));
    await expect.poll(() => page.inputValue("#s-gemeente")).toBe("Voorbeeldstad");
    expect(await page.inputValue('[name="anders-anbi-stichting"]')).toBe(OWN_CHOICE);
    const older = { ...saved, release: "1.0", conditions: { ...saved.conditions, doelgroep: { ...saved.conditions.doelgroep, fingerprint: "ouder" } } };
    delete (older.conditions as Record<string, unknown>)["beeld-en-taal"];
    await writeFile(path.join(work, "release-1.0.json"), JSON.stringify(older));
    await page.setInputFiles("#open-bestand", path.join(work, "release-1.0.json"));
    const notices = page.locator("#startnotitie-meldingen");
    await expect.poll(() => notices.textContent()).toContain("Dit bestand is bewaard bij release 1.0.");
    const text = (await notices.textContent()) ?? "";
    expect(text).toContain("Veranderd sinds het bestand werd bewaard: „Het Bouwdepot is er voor een duidelijke groep jongeren”");
    expect(text).toContain("Nieuw in release 2.0: „Woorden en beelden zonder stempel”");
    expect(text).toContain(`${site}/toolkit/vergelijk/1.0/2.0/`);
    expect(errors).toEqual([]);
  });

  it("passes axe at 320 and 1280 pixels wide, filled in", async () => {
    await fillForm();
    const page = session.page();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it("on a phone, jumps from the top of the form to the document and its downloads without losing what was filled in", async () => {
    await fillForm();
    const page = session.page();
    await page.setViewportSize({ width: 375, height: 740 });
    const jump = page.locator("#naar-document");
    expect((await jump.boundingBox())?.y ?? Infinity).toBeLessThan(740 * 2);
    const before = page.url();
    await jump.click();
    const heading = await page.locator("#document-titel").boundingBox();
    expect(heading?.y ?? -2).toBeGreaterThan(-1);
    expect(heading?.y ?? Infinity).toBeLessThan(740);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("document-titel");
    expect(page.url()).toBe(before);
    expect(await page.inputValue("#s-gemeente")).toBe("Voorbeeldstad");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await jump.isVisible()).toBe(false);
  });

  it("quotes what each randvoorwaarde asks without the page's words about itself, and the research page's cautions", async () => {
    await fillForm();
    const text = (await session.page().locator("#startnotitie-document").textContent()) ?? "";
    expect(text).not.toMatch(/hier lees je|deze randvoorwaarde|deze pagina/i);
    expect(text).toContain("Let op: ");
  });

  it("explains itself without JavaScript and offers the empty documents made at build time", async () => {
    const context = await session.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.locator("#startnotitie-nojs").isVisible()).toBe(true);
    expect(await page.locator("#startnotitie").isVisible()).toBe(false);
    const links = await page.locator("#startnotitie-nojs a[download]").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    expect(links).toEqual([
      "/toolkit/2.0/startnotitie/startnotitie-het-bouwdepot-2.0-leeg.odt",
      "/toolkit/2.0/startnotitie/startnotitie-het-bouwdepot-2.0-leeg.docx",
    ]);
    for (const link of links) {
      const response = await page.request.get(`${baseUrl}${link}`);
      expect(response.status()).toBe(200);
      expect(packageProblems(new Uint8Array(await response.body()), link.endsWith(".odt") ? "odt" : "docx")).toEqual([]);
    }
    await context.close();
  });

  it("prints the document only, without the form", async () => {
    await fillForm();
    const page = session.page();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#startnotitie-form").isVisible()).toBe(false);
    expect(await page.locator("#startnotitie-document").isVisible()).toBe(true);
    expect(await page.locator(".release-nav").isVisible()).toBe(false);
  });
});
