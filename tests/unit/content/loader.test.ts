import { execFileSync } from "node:child_process";
import { mkdtemp, mkdir, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inReadOrder, readContentFiles, readContentPaths } from "../../../src/content/loader.ts";

const mkfifo = (file: string): void => {
  execFileSync("mkfifo", [file]);
};

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

describe("readContentPaths", () => {
  it("reads a path as readContentFiles does, with the same refusals, and leaves out what it would not list", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-paths-"));
    const outside = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-outside-"));
    await mkdir(path.join(root, "content", "pages", ".hidden"), { recursive: true });
    await mkdir(path.join(root, "_data"), { recursive: true });
    await writeFile(path.join(root, "content", "pages", "a.md"), "een");
    await writeFile(path.join(root, "content", "pages", ".hidden", "b.md"), "verborgen");
    await writeFile(path.join(root, "_data", "site.yaml"), "title: x");
    await writeFile(path.join(root, "_data", "other.yaml"), "x: y");
    await writeFile(path.join(outside, "secret.md"), "geheim");
    await writeFile(path.join(outside, "sources.yaml"), "geheim");
    await symlink(path.join(outside, "secret.md"), path.join(root, "content", "pages", "link.md"));
    await symlink(path.join(outside, "sources.yaml"), path.join(root, "_data", "sources.yaml"));
    await symlink(outside, path.join(root, "content", "linked"));
    mkfifo(path.join(root, "content", "pages", "pipe.md"));
    const full = await readContentFiles(root);
    expect(full.map((file) => file.path)).toEqual(
      full.map((file) => file.path).sort((a, b) => inReadOrder({ path: a, bytes: null }, { path: b, bytes: null })),
    );
    expect(full.filter((file) => file.problem).length).toBe(4);
    const paths = await readContentPaths(
      root,
      full.map((file) => file.path),
    );
    expect([...(paths?.values() ?? [])]).toEqual(full);
    const absent = ["content/pages/gone.md", "content/gone/a.md", "content/pages/.hidden/b.md", "_data/other.yaml"];
    expect(await readContentPaths(root, absent)).toEqual(new Map(absent.map((file) => [file, null])));
    for (const unanswerable of ["content/pages", "content/linked/secret.md", "content/pages/a.md/x", "content/../x", "src/a.md", "content"])
      expect(await readContentPaths(root, [unanswerable]), unanswerable).toBeUndefined();
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });
});
