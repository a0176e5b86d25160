import nunjucks from "nunjucks";
import { describe, expect, it } from "vitest";
import { cacheNunjucksCompilation } from "../../../src/render/nunjucks-compile-cache.ts";

type TemplateClass = new (source: string, env: unknown, path: string | null, eager: boolean) => { render(context: object): string; rootRenderFunc: unknown };

describe("cacheNunjucksCompilation", () => {
  cacheNunjucksCompilation();
  const Template = nunjucks.Template as TemplateClass;
  const env = new (nunjucks as unknown as { Environment: new () => unknown }).Environment();

  it("compiles a source once and renders every instance with its own data", () => {
    const first = new Template("Hallo {{ naam }}", env, "groet.njk", false);
    const second = new Template("Hallo {{ naam }}", env, "groet.njk", false);
    expect(first.render({ naam: "Amsterdam" })).toBe("Hallo Amsterdam");
    expect(second.render({ naam: "Utrecht" })).toBe("Hallo Utrecht");
    expect(second.rootRenderFunc).toBe(first.rootRenderFunc);
  });

  it("compiles a changed source afresh", () => {
    const before = new Template("Oud {{ x }}", env, "wijzigt.njk", false);
    const after = new Template("Nieuw {{ x }}", env, "wijzigt.njk", false);
    expect(before.render({ x: 1 })).toBe("Oud 1");
    expect(after.render({ x: 2 })).toBe("Nieuw 2");
  });
});
