import { formatLock, lockFile, makeLock } from "../../src/content/locks.ts";
import { SECTIONS, type SectionSlug } from "../../src/content/sections.ts";
import { rekenhulpYaml, startnotitieYaml } from "./corpus-tools.ts";

/** How large the synthetic corpus is. */
export interface CorpusSize {
  /** Released releases. */
  releases: number;
  /** Toolkit pages per release, spread over the five sections. */
  pagesPerRelease: number;
  /** Podcast episodes, spread over the releases. */
  episodes: number;
}

/** The size issue 7 asks for: 10 releases × 400 pages and 300 episodes. */
export const FULL_SIZE: CorpusSize = { releases: 10, pagesPerRelease: 400, episodes: 300 };

/** A smoke run's size (--small): a few releases of few pages, enough to run every step. */
export const SMALL_SIZE: CorpusSize = { releases: 4, pagesPerRelease: 40, episodes: 12 };

/** The 2-release corpus of the same shape as `size` (issue 34): the same releases, pages per release and episodes per release, only fewer releases. */
export function twoReleaseSize(size: CorpusSize): CorpusSize {
  return { releases: 2, pagesPerRelease: size.pagesPerRelease, episodes: Math.round((size.episodes / size.releases) * 2) };
}

const WORDS = (
  "gemeente jongere bouwbudget bouwplan begeleider vertrouwen randvoorwaarde uitkering woning huurschuld stichting " +
  "onderzoek training module variant methodiek schuld inkomen school werk perspectief rust toeslag gift subsidie " +
  "wethouder ambtenaar zorgaanbieder netwerk doel afspraak maand jaar plan geld keuze begeleiding evaluatie wijk " +
  "opvang beleid regels ruimte aanpak pilot resultaat kosten baten leren fout gesprek toekomst buurt huis"
).split(" ");

/** A small deterministic pseudo-random generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const chosen = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)] ?? "toolkit");
  const text = chosen.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, 6 + Math.floor(next() * 8))).join(" ");
}

/** Each release after the first rewrites about one page in twenty, a different set each time, as real releases do. */
function changesIn(index: number, release: number): boolean {
  return release > 1 && (index * 7 + release * 13) % 20 === 0;
}

/** The last release up to `release` that rewrote the page: its text comes from that release's seed. */
function lastChange(index: number, release: number): number {
  for (let candidate = release; candidate > 1; candidate -= 1) if (changesIn(index, candidate)) return candidate;
  return 1;
}

function sectionOf(index: number): SectionSlug {
  return SECTIONS[index % SECTIONS.length] ?? "aanpak";
}

function pageId(index: number): string {
  return `${sectionOf(index)}-pagina-${String(index + 1).padStart(3, "0")}`;
}

function sectionFields(section: SectionSlug, index: number, preconditions: readonly string[]): string {
  switch (section) {
    case "randvoorwaarden":
      return `kind: ${index % 2 === 0 ? "verplicht" : "aanbevolen"}\nrationale: Omdat het bouwbudget rust geeft.\nlocalChoice: De gemeente kiest de begindatum.\n`;
    case "varianten":
      return `municipalities: [Voorbeeldgemeente ${index}]\nstart: "2021-0${1 + (index % 9)}"\nparticipants: ${10 + (index % 30)}\nmonthlyAmount: 1050\ndurationMonths: 12\nstatus: pilot\npartners: null\ndeviations:\n  - precondition: ${preconditions[index % preconditions.length]}\n    reason: Een andere begindatum.\n`;
    case "training":
      // Blocks with a draaiboek and key points, as real modules have: their trainer view and presentation mode show them.
      return [
        "audience: [Ambtenaren]",
        "objectives: [Je legt de aanpak uit.]",
        "materials: [Flip-over]",
        "programme:",
        "  - {title: Welkom, minutes: 15, kind: oefening, trainer: Laat iedereen zich voorstellen., points: [Wie ben je, Wat wil je leren]}",
        "  - {title: Uitleg, minutes: 45, kind: inhoud, trainer: Vertel hoe het bouwbudget werkt., points: [Het bouwbudget, De stichting, Het bouwplan]}",
        "  - {title: Pauze, minutes: 15, kind: pauze}",
        "  - {title: Oefenen, minutes: 60, kind: oefening, trainer: Laat groepjes een bouwplan maken., points: [Maak een bouwplan]}",
        "",
      ].join("\n");
    case "methodieken":
      return "origin: Een gemeente.\ntargetGroup: Jongeren.\ncoreElements: [Vertrouwen, Geld]\nresults: [Meer rust]\n";
    default:
      return "";
  }
}

/** A deterministic synthetic site in our own content format: path → text or bytes. Audio files are reused. */
export function syntheticCorpus(size: CorpusSize, audio: readonly { bytes: Uint8Array; duration: number }[]): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set(
    "_data/site.yaml",
    [
      "title: Toolkit (benchmark)",
      "description: Een synthetische site om te meten.",
      "url: https://bench.bouwdepot.example",
      "publisher: Benchmark",
      "contactEmail: bench@bouwdepot.example",
      "podcast:",
      "  title: Benchmarkpodcast",
      "  description: Synthetische afleveringen.",
      "  author: Redactie",
      "  category: Government",
      "  guid: 2a5b0c7e-4a3c-5b8e-9d1f-0123456789ab",
      "  artwork: artwork.png",
      "  copyright: Redactie",
      "",
    ].join("\n"),
  );
  files.set("_data/sources.yaml", "bron:\n  title: Synthetische bron\n  publisher: null\n  date: null\n  url: null\n");
  for (const slug of ["home", "over", "toegankelijkheid", "privacy", "colofon"])
    files.set(`content/pages/${slug}.md`, `---\ntitle: ${slug}\nsummary: Over ${slug}.\n---\nTekst over ${slug}.\n`);
  const preconditions = Array.from({ length: size.pagesPerRelease }, (_, index) => index)
    .filter((index) => sectionOf(index) === "randvoorwaarden")
    .map(pageId);
  for (let release = 1; release <= size.releases; release += 1) {
    const version = `${release}.0`;
    const next = random(release * 100_003);
    files.set(
      `content/toolkit/${version}/release.md`,
      `---\nversion: "${version}"\nreleased: "${2010 + release}"\nstatus: released\npodcastSeason: ${release}\nsummary: Release ${version} van de benchmark.\n---\n${paragraph(next, 3)}\n`,
    );
    for (let index = 0; index < size.pagesPerRelease; index += 1) {
      // A page is the same as in the release before unless it is one of the ~5 % that each release rewrites.
      const next = random(index * 1_000 + lastChange(index, release));
      const section = sectionOf(index);
      const id = pageId(index);
      const link = pageId((index + 7) % size.pagesPerRelease);
      const body = [
        paragraph(next, 2),
        `## ${sentence(next, 3).slice(0, -1)}`,
        `${paragraph(next, 4)} Lees ook [deze pagina](id:${link}).`,
        `## ${sentence(next, 2).slice(0, -1)}`,
        paragraph(next, 5),
        // A concept release is checked in full: each exercise in a module's programme needs its block for participants.
        section === "training"
          ? "::: trainer\nLet op de tijd.\n:::\n\n::: oefening Welkom\nStel je voor aan de groep.\n:::\n\n::: oefening Oefenen\nMaak in een groepje een bouwplan.\n:::"
          : "::: voorbeeld\nEen verzonnen situatie.\n:::",
      ].join("\n\n");
      files.set(
        `content/toolkit/${version}/${section}/${id}.md`,
        `---\nid: ${id}\ntitle: ${sentence(next, 4).slice(0, 60)}\nsummary: ${sentence(next, 10)}\nsources: [bron]\nbasis: bron\ntrefwoorden: [schuld]\n${sectionFields(section, index, preconditions)}---\n${body}\n`,
      );
    }
  }
  // Every release has its rekenhulp and startnotitie, as on the real site; these files lie outside the locked release
  // folders. The kept documents of every release are made after generation (scripts/bench/kept-corpus.ts).
  files.set("content/rekenhulp.yaml", rekenhulpYaml(size.releases, preconditions));
  files.set("content/startnotitie.yaml", startnotitieYaml(size.releases, preconditions));
  const artwork = new Uint8Array(33);
  artwork.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x05, 0x78, 0, 0, 0x05, 0x78]);
  files.set("content/podcast/artwork.png", artwork);
  for (let number = 1; number <= size.episodes; number += 1) {
    const release = 1 + ((number - 1) % size.releases);
    const episode = 1 + Math.floor((number - 1) / size.releases);
    const sound = audio[number % audio.length];
    if (!sound) throw new Error("syntheticCorpus needs at least one audio file");
    const dir = `content/podcast/${String(number).padStart(3, "0")}-aflevering-${number}`;
    const guid = `00000000-0000-4000-8000-${String(number).padStart(12, "0")}`;
    files.set(
      `${dir}/index.md`,
      `---\nguid: ${guid}\ntitle: Aflevering ${number}\nsummary: Synthetische aflevering.\npublished: "2026-01-${String(1 + (number % 28)).padStart(2, "0")}"\nrelease: "${release}.0"\nepisode: ${episode}\naudio: aflevering.mp3\nchapters:\n  - {start: 0, title: Begin}\n  - {start: 2, title: Verder}\nrelated: [${pageId(number % size.pagesPerRelease)}]\nsources: [bron]\n---\nShownotes van aflevering ${number}.\n`,
    );
    files.set(`${dir}/aflevering.mp3`, sound.bytes);
    files.set(
      `${dir}/transcript.vtt`,
      `WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Redactie>Welkom bij aflevering ${number}.\n\n00:00:02.000 --> 00:00:${String(Math.floor(sound.duration) - 1).padStart(2, "0")}.000\n<v Redactie>${sentence(random(number), 8)}\n`,
    );
  }
  // Every release is published, so each has its lock, as npm run release -- publish writes it.
  const raw = [...files].map(([file, data]) => ({ path: file, bytes: typeof data === "string" ? new TextEncoder().encode(data) : data }));
  for (let release = 1; release <= size.releases; release += 1) files.set(lockFile(`${release}.0`), formatLock(makeLock(raw, `${release}.0`)));
  return files;
}
