import { mkdtemp, mkdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFiles } from "../../../src/content/loader.ts";

describe("readContentFiles", () => {
  it("rereads changed files, also when size and modification time stay the same, and sees new and deleted files", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-loader-"));
    await mkdir(path.join(root, "content", "pages"), { recursive: true });
    const file = (name: string): string => path.join(root, "content", "pages", name);
    await writeFile(file("a.md"), "een");
    await writeFile(file("b.md"), "twee");
    const text = (files: Awaited<ReturnType<typeof readContentFiles>>, name: string): string | undefined => {
      const bytes = files.find((entry) => entry.path === `content/pages/${name}`)?.bytes;
      return bytes ? new TextDecoder().decode(bytes) : undefined;
    };
    const first = await readContentFiles(root);
    expect(text(first, "a.md")).toBe("een");
    const before = await stat(file("b.md"));
    await writeFile(file("b.md"), "drie");
    await utimes(file("b.md"), before.atime, before.mtime);
    await writeFile(file("c.md"), "vier");
    const second = await readContentFiles(root);
    expect(text(second, "a.md")).toBe("een");
    expect(text(second, "b.md")).toBe("drie");
    expect(text(second, "c.md")).toBe("vier");
    await rm(file("a.md"));
    const third = await readContentFiles(root);
    expect(text(third, "a.md")).toBeUndefined();
    expect(text(third, "b.md")).toBe("drie");
  });
});
