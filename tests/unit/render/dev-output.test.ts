import { describe, expect, it } from "vitest";
import { devOutput } from "../../../src/render/dev-output.ts";

describe("devOutput", () => {
  it("reuses a page only while its file holds what that fingerprint rendered", async () => {
    const { hooks } = devOutput();
    expect(await hooks.reuse("versie-1")).toBe(false);
    hooks.written("/pagina/", "<p>1</p>", "versie-1");
    expect(await hooks.reuse("versie-1")).toBe(true);
    hooks.written("/pagina/", "<p>2</p>", "versie-2");
    expect(await hooks.reuse("versie-2")).toBe(true);
    expect(await hooks.reuse("versie-1")).toBe(false);
  });
});
