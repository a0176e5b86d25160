import type { RawFile } from "../../src/content/loader.ts";
import { formatLock, lockFile, makeLock } from "../../src/content/locks.ts";

/** Header bytes of a 1400×1400 PNG: enough for the artwork check, which reads only the size. */
export function pngHeader(width = 1400, height = 1400): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** A minimal valid site in memory: two releases with one page per section, plus the required site pages. */
export function memorySite(): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set("content/podcast/artwork.png", pngHeader());
  files.set(
    "_data/site.yaml",
    "title: Test\ndescription: Test.\nurl: https://test.example\npublisher: Test\ncontactEmail: a@test.example\npodcast:\n  title: P\n  description: P.\n  author: A\n  category: Government\n  guid: 2a5b0c7e-4a3c-5b8e-9d1f-0123456789ab\n  artwork: artwork.png\n  copyright: C\n",
  );
  files.set("_data/sources.yaml", "bron-a:\n  title: Bron A\n  publisher: null\n  date: null\n  url: null\n");
  for (const slug of ["home", "toegankelijkheid", "privacy", "colofon"])
    files.set(`content/pages/${slug}.md`, `---\ntitle: ${slug}\nsummary: Over ${slug}.\n---\nTekst.\n`);
  for (const [version, status, season] of [
    ["1.0", "released", 1],
    ["2.0", "released", 2],
  ] as const) {
    files.set(
      `content/toolkit/${version}/release.md`,
      `---\nversion: "${version}"\nreleased: "2021"\nstatus: ${status}\npodcastSeason: ${season}\nsummary: Release ${version}.\n---\nNotities.\n`,
    );
    files.set(`content/toolkit/${version}/aanpak/kern.md`, page("kern", "Zie [voorwaarde](id:voorwaarde)."));
    files.set(
      `content/toolkit/${version}/randvoorwaarden/voorwaarde.md`,
      page("voorwaarde", "Tekst.", "kind: verplicht\nrationale: Reden.\nlocalChoice: Keuze.\n"),
    );
    files.set(
      `content/toolkit/${version}/varianten/stad.md`,
      page(
        "stad",
        "Tekst.",
        "municipalities: [Stad]\nstart: null\nparticipants: null\nmonthlyAmount: null\ndurationMonths: null\nstatus: pilot\npartners: null\ndeviations:\n  - precondition: voorwaarde\n    reason: Anders.\n",
      ),
    );
    files.set(
      `content/toolkit/${version}/training/module.md`,
      page(
        "module",
        "Tekst.",
        "audience: [ambtenaren]\nobjectives: [leren]\nmaterials: []\nprogramme:\n  - {title: Start, minutes: 30, kind: inhoud, trainer: Vertel wat de module brengt.}\n",
      ),
    );
    files.set(
      `content/toolkit/${version}/methodieken/methode.md`,
      page("methode", "Tekst.", "origin: Ergens.\ntargetGroup: Iedereen.\ncoreElements: [een]\nresults: []\n"),
    );
  }
  return files;
}

/** A toolkit page's Markdown with common frontmatter, extra fields and a body. */
export function page(id: string, body: string, extra = ""): string {
  return `---\nid: ${id}\ntitle: Pagina ${id}\nsummary: Over ${id}.\nsources: [bron-a]\nbasis: bron\n${extra}---\n${body}\n`;
}

/** Turns a map of path → text (or bytes) into loader input, with a lock for each released release as it stands (as publish would write it). */
export function toRawFiles(files: Map<string, string | Uint8Array>): RawFile[] {
  const raw = [...files].map(([path, value]) => ({ path, bytes: typeof value === "string" ? new TextEncoder().encode(value) : value }));
  const released = [...files].flatMap(([path, value]) => {
    const version = /^content\/toolkit\/([^/]+)\/release\.md$/.exec(path)?.[1];
    return version && typeof value === "string" && /^status: released$/m.test(value) && !files.has(lockFile(version)) ? [version] : [];
  });
  return [...raw, ...released.map((version) => ({ path: lockFile(version), bytes: new TextEncoder().encode(formatLock(makeLock(raw, version))) }))];
}
