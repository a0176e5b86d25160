import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFiles, type FileCache } from "../../../src/content/loader.ts";

describe("readContentFiles with a cache (the dev server)", () => {
  it("keeps the bytes of unchanged files, rereads changed ones and sees new and deleted files", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-loader-"));
    await mkdir(path.join(root, "content", "pages"), { recursive: true });
    const file = (name: string): string => path.join(root, "content", "pages", name);
    await writeFile(file("a.md"), "een");
    await writeFile(file("b.md"), "twee");
    const cache: FileCache = new Map();
    const bytesOf = (files: Awaited<ReturnType<typeof readContentFiles>>, name: string): Uint8Array | null | undefined => files.find((entry) => entry.path === `content/pages/${name}`)?.bytes;
    const first = await readContentFiles(root, cache);
    await writeFile(file("b.md"), "drie");
    await writeFile(file("c.md"), "vier");
    const second = await readContentFiles(root, cache, new Set([file("b.md"), file("c.md")]));
    expect(bytesOf(second, "a.md")).toBe(bytesOf(first, "a.md"));
    expect(new TextDecoder().decode(bytesOf(second, "b.md") ?? undefined)).toBe("drie");
    expect(new TextDecoder().decode(bytesOf(second, "c.md") ?? undefined)).toBe("vier");
    const { rm } = await import("node:fs/promises");
    await rm(file("a.md"));
    const third = await readContentFiles(root, cache, new Set());
    expect(bytesOf(third, "a.md")).toBeUndefined();
    expect(bytesOf(third, "b.md")).toBe(bytesOf(second, "b.md"));
  });
});
