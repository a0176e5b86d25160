import type { RawFile } from "../../src/content/loader.ts";

/** A minimal valid site in memory: two releases with one page per section, plus the required site pages. */
export function memorySite(): Map<string, string> {
  const files = new Map<string, string>();
  files.set("_data/site.yaml", "title: Test\ndescription: Test.\nurl: https://test.example\npublisher: Test\ncontactEmail: a@test.example\n");
  files.set("_data/sources.yaml", "bron-a:\n  title: Bron A\n  publisher: null\n  date: null\n  url: null\n");
  for (const slug of ["home", "toegankelijkheid", "privacy", "colofon"]) files.set(`content/pages/${slug}.md`, `---\ntitle: ${slug}\nsummary: Over ${slug}.\n---\nTekst.\n`);
  for (const [version, status, season] of [["1.0", "released", 1], ["2.0", "released", 2]] as const) {
    files.set(`content/toolkit/${version}/release.md`, `---\nversion: "${version}"\nreleased: "2021"\nstatus: ${status}\npodcastSeason: ${season}\nsummary: Release ${version}.\n---\nNotities.\n`);
    files.set(`content/toolkit/${version}/aanpak/kern.md`, page("kern", "Zie [voorwaarde](id:voorwaarde)."));
    files.set(`content/toolkit/${version}/randvoorwaarden/voorwaarde.md`, page("voorwaarde", "Tekst.", "kind: verplicht\nrationale: Reden.\nlocalChoice: Keuze.\n"));
    files.set(
      `content/toolkit/${version}/varianten/stad.md`,
      page("stad", "Tekst.", "municipalities: [Stad]\nstart: null\nparticipants: null\nmonthlyAmount: null\ndurationMonths: null\nstatus: pilot\npartners: null\ndeviations:\n  - precondition: voorwaarde\n    reason: Anders.\n"),
    );
    files.set(`content/toolkit/${version}/training/module.md`, page("module", "Tekst.", "audience: [ambtenaren]\nobjectives: [leren]\nmaterials: []\nprogramme:\n  - {title: Start, minutes: 30, kind: inhoud}\n"));
    files.set(`content/toolkit/${version}/methodieken/methode.md`, page("methode", "Tekst.", "origin: Ergens.\ntargetGroup: Iedereen.\ncoreElements: [een]\nresults: []\n"));
  }
  return files;
}

/** A toolkit page's Markdown with common frontmatter, extra fields and a body. */
export function page(id: string, body: string, extra = ""): string {
  return `---\nid: ${id}\ntitle: Pagina ${id}\nsummary: Over ${id}.\nsources: [bron-a]\nbasis: bron\n${extra}---\n${body}\n`;
}

/** Turns a map of path → text (or bytes) into loader input. */
export function toRawFiles(files: Map<string, string | Uint8Array>): RawFile[] {
  return [...files].map(([path, value]) => ({ path, bytes: typeof value === "string" ? new TextEncoder().encode(value) : value }));
}
