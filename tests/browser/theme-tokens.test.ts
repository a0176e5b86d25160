import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAssets, TOKENS_ENV } from "../../src/assets/build-assets.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildFixture } from "../helpers/build-fixture.ts";
import { startNginx, type NginxServer } from "../helpers/nginx.ts";
import { listFiles } from "../helpers/site-files.ts";
import type { Browser } from "playwright-core";

const CSS_DIR = path.join(process.cwd(), "src", "assets", "css");
const OTHER_THEME = path.join(process.cwd(), "tests", "fixtures", "tokens", "other-theme.css");

/** CSS named and system colours: a value holding one of these words is a colour literal. */
const NAMED_COLOURS = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue
  chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey
  darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray
  darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen
  fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
  lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
  limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
  mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
  olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
  powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver
  skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field
  fieldtext highlight highlighttext selecteditem selecteditemtext mark marktext graytext accentcolor accentcolortext`.split(/\s+/),
);

/** The colour literals in a stylesheet's declaration values: hex, rgb(), hsl() and the like, and colour names. */
function colourLiterals(css: string): string[] {
  const blocks = [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? "");
  const values = blocks.flatMap((block) => block.split(";").map((declaration) => declaration.slice(declaration.indexOf(":") + 1)));
  return values.flatMap((value) => [
    ...(value.match(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi) ?? []),
    ...(value.toLowerCase().match(/[a-z-]+/g) ?? []).filter((word) => NAMED_COLOURS.has(word)),
  ]);
}

describe("the token file", () => {
  it("is the only stylesheet of ours that holds a colour", async () => {
    const sheets = (await readdir(CSS_DIR)).filter((file) => file.endsWith(".css") && file !== "tokens.css");
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    const found = await Promise.all(sheets.map(async (file) => ({ file, literals: colourLiterals(await readFile(path.join(CSS_DIR, file), "utf8")) })));
    expect(found.filter((sheet) => sheet.literals.length > 0)).toEqual([]);
    expect(colourLiterals(await readFile(path.join(CSS_DIR, "tokens.css"), "utf8")).length).toBeGreaterThan(10);
  });

  it("comes with a rule for every NL Design System class the templates and the Markdown renderer use", async () => {
    const sources = await Promise.all(
      [
        ...(await listFiles("src/site")).map((file) => `src/site/${file}`),
        ...(await listFiles("src/layouts")).map((file) => `src/layouts/${file}`),
        "src/content/markdown.ts",
      ].map((file) => readFile(file, "utf8")),
    );
    const used = new Set(sources.flatMap((source) => source.match(/\butrecht-[a-z0-9_-]*[a-z0-9]/g) ?? []));
    const css = new TextDecoder().decode((await buildAssets()).css.contents);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => !css.includes(`.${name}`))).toEqual([]);
  });

  it("finds colour literals where there are some", () => {
    expect(colourLiterals("a { color: #fff; background: rgb(0 0 0); border: 1px solid Black; white-space: nowrap; fill: currentColor }")).toEqual([
      "#fff",
      "rgb(",
      "black",
    ]);
  });
});

describe("a site built with another token file", () => {
  let browser: Browser;
  let server: NginxServer;
  let plannerUrl: string;

  beforeAll(async () => {
    const before = process.env[TOKENS_ENV];
    process.env[TOKENS_ENV] = OTHER_THEME;
    try {
      const dir = await buildFixture("two-releases", "production");
      plannerUrl = `/${(await listFiles(dir)).find((file) => /^toolkit\/[^/]+\/training\/planner\/index\.html$/.test(file))?.replace(/index\.html$/, "")}`;
      server = await startNginx(dir);
    } finally {
      if (before === undefined) delete process.env[TOKENS_ENV];
      else process.env[TOKENS_ENV] = before;
    }
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the header, buttons, links and table headers in that file's colours", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.baseUrl}${plannerUrl}`);
    const colours: Record<string, string> = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`no ${selector}`);
        return getComputedStyle(element);
      };
      return {
        header: style(".site-header").backgroundColor,
        button: style("#planner-print").backgroundColor,
        buttonBorder: style("#planner-print").borderTopColor,
        link: style(".main p a[href]").color,
      };
    });
    await page.goto(`${server.baseUrl}/toolkit/`);
    colours.tableHeader = await page.evaluate(() => getComputedStyle(document.querySelector(".utrecht-table thead") ?? document.body).backgroundColor);
    expect(colours).toEqual({
      header: "rgb(11, 61, 46)",
      button: "rgb(90, 24, 154)",
      buttonBorder: "rgb(90, 24, 154)",
      link: "rgb(90, 24, 154)",
      tableHeader: "rgb(224, 242, 241)",
    });
    await page.close();
  });
});
