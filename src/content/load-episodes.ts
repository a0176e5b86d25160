import { dutchDate } from "../format/dutch-date.ts";
import path from "node:path";
import { readAudioFacts } from "../media/audio.ts";
import { imageSize } from "../media/image-size.ts";
import { parseVtt } from "../media/vtt.ts";
import { compareVersions } from "./versions.ts";
import type { ContentError } from "./content-error.ts";
import { decodeContentFile, parseMarkdownFile, validateFrontmatter } from "./content-file.ts";
import type { RawFile } from "./loader.ts";
import { termKey } from "./glossary.ts";
import { renderMarkdown } from "./markdown.ts";
import type { CitedSource, ContentAsset, UndatedEpisode } from "./model.ts";
import { episodeSchema, type EpisodeData } from "./schemas/episode.ts";
import { checkFileType } from "./file-type-error.ts";

/** What the episode loader needs from the rest of the content. */
export interface EpisodeContext {
  /** Every valid release with its podcast season. */
  releases: readonly { version: string; podcastSeason: number }[];
  /** Every release folder, also those whose release.md is invalid (their episodes are skipped without a second error). */
  releaseFolders: ReadonlySet<string>;
  /** Page URLs by release and id, for related pages and id links in show notes. */
  urlsByRelease: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** File name of the channel artwork in content/podcast/, from _data/site.yaml. */
  artwork: string | undefined;
  /** Resolves a page's sources; records errors for unknown ones. */
  citations: (file: string, refs: readonly string[]) => CitedSource[];
}

/** Episodes and the channel artwork, validated against their audio, transcripts and releases. */
export interface LoadedPodcast {
  /** Valid episodes, newest release first, then by number. */
  episodes: UndatedEpisode[];
  /** The channel artwork as a published file, when valid. */
  artwork: ContentAsset | undefined;
}

const EPISODE_DIR = /^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Seconds a transcript cue or chapter may run past the measured audio duration (MP3 frame rounding). */
const TOLERANCE = 0.5;
const FEED_TAGS = new Set(["p", "ul", "ol", "li", "a"]);

/** Validates every file under content/podcast/: episodes with audio facts from the file, transcripts, chapters, artwork. */
export function loadEpisodes(files: readonly RawFile[], context: EpisodeContext, errors: ContentError[]): LoadedPodcast {
  const byDir = new Map<string, Map<string, RawFile>>();
  let artwork: ContentAsset | undefined;
  for (const file of files) {
    const parts = file.path.split("/");
    if (parts.length === 3 && parts[2] === context.artwork) {
      artwork = checkArtwork(file, errors);
    } else if (parts.length === 4 && EPISODE_DIR.test(parts[2] ?? "")) {
      const dir = byDir.get(parts[2] ?? "") ?? new Map<string, RawFile>();
      dir.set(parts[3] ?? "", file);
      byDir.set(parts[2] ?? "", dir);
    } else {
      errors.push({
        file: file.path,
        field: "bestand",
        expected: "content/podcast/<nnn>-<naam>/ met index.md, transcript.vtt en een mp3, of de artwork uit _data/site.yaml",
        found: "een bestand op een plek die de site niet kent",
      });
    }
  }
  if (context.artwork && !artwork && !errors.some((error) => error.file === `content/podcast/${context.artwork}`)) {
    errors.push({
      file: `content/podcast/${context.artwork}`,
      field: "bestand",
      expected: "de artwork van de podcast (genoemd in _data/site.yaml)",
      found: "geen bestand",
    });
  }
  const loaded = [...byDir].map(([dir, dirFiles]) => loadEpisode(dir, dirFiles, context, errors));
  const episodes = loaded.filter((episode): episode is UndatedEpisode => episode !== undefined);
  checkDuplicates(episodes, errors);
  return { episodes: episodes.sort(byReleaseAndNumber), artwork };
}

function byReleaseAndNumber(a: UndatedEpisode, b: UndatedEpisode): number {
  return compareVersions(b.data.release, a.data.release) || b.data.episode - a.data.episode;
}

function checkArtwork(file: RawFile, errors: ContentError[]): ContentAsset | undefined {
  const wrongType = file.bytes && checkFileType(file.path, file.bytes);
  if (wrongType) {
    errors.push(wrongType);
    return undefined;
  }
  const size = file.bytes ? imageSize(file.bytes) : undefined;
  if (!file.bytes || !size || size.width !== size.height || size.width < 1400 || size.width > 3000) {
    const found = size ? `een ${size.format.toUpperCase()} van ${size.width}×${size.height} pixels` : "geen leesbare PNG of JPEG";
    errors.push({ file: file.path, field: "bestand", expected: "een vierkante PNG of JPEG van 1400 tot 3000 pixels breed", found });
    return undefined;
  }
  return { file: file.path, url: `/podcast/${path.posix.basename(file.path)}`, version: null, bytes: file.bytes };
}

function loadEpisode(dir: string, files: Map<string, RawFile>, context: EpisodeContext, errors: ContentError[]): UndatedEpisode | undefined {
  const base = `content/podcast/${dir}`;
  const index = files.get("index.md");
  if (!index) {
    errors.push({ file: `${base}/index.md`, field: "bestand", expected: "een index.md in elke afleveringsmap", found: "geen index.md" });
    return undefined;
  }
  const parsed = parseMarkdownFile(index, errors);
  if (!parsed) return undefined;
  const data = validateFrontmatter(parsed, episodeSchema, errors);
  if (!data) return undefined;
  for (const name of files.keys()) {
    if (name !== "index.md" && name !== "transcript.vtt" && name !== data.audio) {
      errors.push({
        file: `${base}/${name}`,
        field: "bestand",
        expected: `alleen index.md, transcript.vtt en ${data.audio}`,
        found: "een bestand dat de aflevering niet gebruikt",
      });
    }
  }
  const release = context.releases.find((candidate) => candidate.version === data.release);
  if (!release) {
    if (!context.releaseFolders.has(data.release)) {
      errors.push({ file: index.path, field: "release", expected: "een release die bestaat (een map in content/toolkit/)", found: `"${data.release}"` });
    }
    return undefined;
  }
  const ids = context.urlsByRelease.get(data.release) ?? new Map<string, string>();
  data.related.forEach((id, position) => {
    if (!ids.has(id))
      errors.push({
        file: index.path,
        field: `related[${position + 1}]`,
        expected: `het id van een pagina in release ${data.release}`,
        found: `"${id}", dat daar niet bestaat`,
      });
  });
  const audioFile = files.get(data.audio);
  const wrongType = audioFile?.bytes && checkFileType(audioFile.path, audioFile.bytes);
  if (wrongType) {
    errors.push(wrongType);
    return undefined;
  }
  const audio = audioFile?.bytes ? readAudioFacts(audioFile.bytes) : undefined;
  if (!audioFile || !audio) {
    errors.push({
      file: `${base}/${data.audio}`,
      field: "bestand",
      expected: "een leesbaar MP3-bestand",
      found: audioFile ? "een bestand dat geen leesbare MP3 is" : "geen bestand",
    });
    return undefined;
  }
  checkChapters(index.path, data, audio.duration, errors);
  const transcript = loadTranscript(files.get("transcript.vtt"), `${base}/transcript.vtt`, audio.duration, errors);
  if (!transcript || !audioFile.bytes) return undefined;
  const slug = dir.replace(/^\d{3}-/, "");
  const showNotes = renderMarkdown(parsed.body, {
    resolveId: (id) => ids.get(id),
    resolveTerm: (id) => ids.get(termKey(id)),
    resolveImage: () => undefined,
    view: "reader",
    firstLine: parsed.bodyLine,
    exerciseMinutes: null,
  });
  errors.push(...showNotes.problems.map((problem) => ({ file: index.path, ...problem })));
  return {
    slug,
    dir,
    url: `/podcast/${slug}/`,
    file: index.path,
    data,
    season: release.podcastSeason,
    showNotesHtml: showNotes.html,
    feedHtml: feedSafeHtml(showNotes.html) + correctionParagraphs(data.corrections ?? []),
    cues: transcript.cues,
    transcript: transcript.text,
    audio: { ...audio, url: `/podcast/${slug}/${data.audio}`, bytes: audioFile.bytes },
    sources: context.citations(index.path, data.sources),
  };
}

function checkChapters(file: string, data: EpisodeData, duration: number, errors: ContentError[]): void {
  let previous = -1;
  data.chapters.forEach((chapter, index) => {
    const field = `chapters[${index + 1}].start`;
    if (chapter.start >= duration + TOLERANCE) {
      errors.push({ file, field, expected: `een begintijd binnen de audio (korter dan ${duration.toFixed(1)} seconden)`, found: `${chapter.start} seconden` });
    } else if (chapter.start <= previous) {
      errors.push({ file, field, expected: "hoofdstukken in volgorde van tijd", found: `${chapter.start} seconden, niet later dan het hoofdstuk ervoor` });
    }
    previous = chapter.start;
  });
}

function loadTranscript(
  file: RawFile | undefined,
  name: string,
  duration: number,
  errors: ContentError[],
): { cues: UndatedEpisode["cues"]; text: string } | undefined {
  const text = decodeContentFile(file, name, errors, "een transcript in WebVTT bij elke aflevering (WCAG 1.2.1)");
  if (text === undefined) return undefined;
  const parsed = parseVtt(text);
  if (!parsed.ok) {
    errors.push(...parsed.problems.map((problem) => ({ file: name, field: `regel ${problem.line}`, expected: "geldige WebVTT", found: problem.message })));
    return undefined;
  }
  const late = parsed.cues.find((cue) => cue.end > duration + TOLERANCE);
  if (late) {
    errors.push({
      file: name,
      field: "cue",
      expected: `tijden binnen de audio (${duration.toFixed(1)} seconden)`,
      found: `een cue tot ${late.end.toFixed(1)} seconden`,
    });
    return undefined;
  }
  return { cues: parsed.cues, text };
}

function checkDuplicates(episodes: readonly UndatedEpisode[], errors: ContentError[]): void {
  const seen = new Map<string, UndatedEpisode>();
  for (const episode of episodes) {
    const numberKey = `nummer ${episode.season}/${episode.data.episode}`;
    const twin = seen.get(numberKey);
    if (twin)
      errors.push({
        file: episode.file,
        field: "episode",
        expected: "een afleveringsnummer dat in dit seizoen nog vrij is",
        found: `${episode.data.episode}, ook gebruikt in ${twin.file}`,
      });
    else seen.set(numberKey, episode);
    const guidKey = `guid ${episode.data.guid}`;
    const guidTwin = seen.get(guidKey);
    if (guidTwin)
      errors.push({ file: episode.file, field: "guid", expected: "een GUID die geen andere aflevering heeft", found: `dezelfde GUID als ${guidTwin.file}` });
    else seen.set(guidKey, episode);
  }
}

/** An episode's corrections as feed paragraphs, "Gecorrigeerd op 29 november 2026: …", so apps tell listeners too. */
function correctionParagraphs(corrections: readonly { date: string; text: string }[]): string {
  return corrections.map((correction) => `\n<p>Gecorrigeerd op ${dutchDate(correction.date)}. ${escapeText(correction.text)}</p>`).join("");
}

/** Text made safe inside HTML. */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Show notes as podcast apps accept them: only p, ul, ol, li and a; other tags removed, their text kept. */
function feedSafeHtml(html: string): string {
  return html
    .replace(/<\/?([a-z0-9]+)(\s[^>]*)?>/gi, (tag, name: string) => {
      const lower = name.toLowerCase();
      if (!FEED_TAGS.has(lower)) return "";
      if (lower !== "a" || tag.startsWith("</")) return tag.startsWith("</") ? `</${lower}>` : `<${lower}>`;
      const href = /\shref="([^"]*)"/.exec(tag)?.[1];
      return href ? `<a href="${href}">` : "<a>";
    })
    .trim();
}
