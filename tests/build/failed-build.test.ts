import { spawn } from "node:child_process";
import { appendFile, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture } from "../helpers/build-fixture.ts";
import { runScript, nodeArgs } from "../helpers/run-script.ts";
import { treeFingerprint } from "../helpers/site-files.ts";

describe("npm run build with bad content", () => {
  it("exits 1, names the file first and leaves the previous _site/ byte-identical", async () => {
    const root = await copyFixture("two-releases");
    const first = runScript("build", root);
    expect(first.status, first.stderr).toBe(0);
    const before = await treeFingerprint(path.join(root, "_site"));

    await writeFile(path.join(root, "content/toolkit/2.0/aanpak/gedeeld.md"), "---\nid: gedeeld\ntitle: ''\n---\nTekst\n");
    const failed = runScript("build", root);
    expect(failed.status).toBe(1);
    expect(failed.stderr.split("\n")[0]).toMatch(/^content\/toolkit\/2\.0\/aanpak\/gedeeld\.md: /);
    expect(failed.stderr).toContain("content/toolkit/2.0/aanpak/gedeeld.md: title — verwacht: tekst die niet leeg is; gevonden: lege tekst");
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(await treeFingerprint(path.join(root, "_site"))).toBe(before);
  });

  it("stops on a broken internal link found after rendering, naming the content file", async () => {
    const root = await copyFixture("two-releases");
    expect(runScript("build", root).status).toBe(0);
    const before = await treeFingerprint(path.join(root, "_site"));
    await appendFile(path.join(root, "content/pages/over.md"), "\nZie ook [de oude lijst](/toolkit/9.9/).\n");
    const failed = runScript("build", root);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      'content/pages/over.md: link "/toolkit/9.9/" — verwacht: een adres dat op deze site bestaat; gevonden: geen pagina of bestand op dat adres',
    );
    expect(await treeFingerprint(path.join(root, "_site"))).toBe(before);
  });
});

describe("a build killed with kill -9", () => {
  it("leaves a staging folder that the next build removes, while a running build's folder stays", async () => {
    const root = await copyFixture("two-releases");
    const killed = spawn(process.execPath, nodeArgs("build"), { cwd: root, env: { ...process.env, NODE_OPTIONS: "" } });
    const staging = `.site-build-${killed.pid}-`;
    while (!(await readdir(root)).some((name) => name.startsWith(staging))) await new Promise((resolve) => setTimeout(resolve, 20));
    killed.kill("SIGKILL");
    await new Promise((resolve) => killed.on("close", resolve));
    const running = `.site-build-${process.pid}-nog-bezig`;
    await mkdir(path.join(root, running));

    const next = runScript("build", root);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toContain("Opgeruimd: 1 map(pen) van afgebroken builds.");
    expect((await readdir(root)).filter((name) => name.startsWith(".site-build-"))).toEqual([running]);
  });
});

describe("npm run check", () => {
  it("validates without building and reports the same errors", async () => {
    const root = await copyFixture("two-releases");
    const good = runScript("check", root);
    expect(good.status).toBe(0);
    expect(good.stderr).toContain(
      'content/toolkit/3.0/release.md: changes — "Gedeelde pagina 3.0" (/toolkit/3.0/aanpak/gedeeld/) is nieuw of veranderd sinds release 2.0, maar heeft geen uitleg.',
    );
    await writeFile(path.join(root, "content/toolkit/1.0/methodieken/methode-a.md"), "geen frontmatter\n");
    const failed = runScript("check", root);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^content\/toolkit\/1\.0\/methodieken\/methode-a\.md: frontmatter — /m);
  });
});
