// Regenerates the audio, transcript and chapter times of the sample episodes from their narration scripts.
// Needs Debian's espeak-ng and lame (apt-get install espeak-ng lame); the site build does not.
// Usage: npx tsx scripts/make-sample-episodes.ts [<nnn>-<slug> …]   (default: every script in scripts/sample-episodes/)
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readAudioFacts } from "../src/media/audio.ts";
import { parseNarration } from "../src/podcast/narration.ts";
import { formatTimestamp } from "../src/media/vtt.ts";
import { pcmSeconds, readWav, silence, writeWav, type Pcm } from "../src/media/wav.ts";

const SCRIPTS = path.join("scripts", "sample-episodes");
const SENTENCE_GAP = 0.35;
const CHAPTER_GAP = 0.9;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) throw new Error(`${command} failed: ${result.error?.message ?? result.stderr}`);
}

async function speak(sentence: string, tmp: string): Promise<Pcm> {
  const file = path.join(tmp, "zin.wav");
  run("espeak-ng", ["-v", "nl", "-s", "150", "-w", file, sentence]);
  return readWav(await readFile(file));
}

async function makeEpisode(name: string, tmp: string): Promise<void> {
  const chapters = parseNarration(await readFile(path.join(SCRIPTS, `${name}.txt`), "utf8"));
  const parts: Uint8Array[] = [];
  const cues: string[] = [];
  const marks: { start: number; title: string }[] = [];
  let format: Omit<Pcm, "data"> | undefined;
  let clock = 0;
  for (const [chapterIndex, chapter] of chapters.entries()) {
    if (chapterIndex > 0 && format) {
      parts.push(silence(format, CHAPTER_GAP).data);
      clock += CHAPTER_GAP;
    }
    marks.push({ start: Math.round(clock * 10) / 10, title: chapter.title });
    for (const sentence of chapter.sentences) {
      const pcm = await speak(sentence, tmp);
      format ??= { sampleRate: pcm.sampleRate, channels: pcm.channels, bitsPerSample: pcm.bitsPerSample };
      const seconds = pcmSeconds(pcm);
      cues.push(`${formatTimestamp(clock)} --> ${formatTimestamp(clock + seconds)}\n<v Redactie>${sentence.replace(/&/g, "&amp;").replace(/</g, "&lt;")}`);
      parts.push(pcm.data, silence(pcm, SENTENCE_GAP).data);
      clock += seconds + SENTENCE_GAP;
    }
  }
  if (!format) throw new Error(`${name}: the script has no sentences`);
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  const wavFile = path.join(tmp, "aflevering.wav");
  await writeFile(wavFile, writeWav({ ...format, data }));
  const episodeDir = path.join("content", "podcast", name);
  const mp3File = path.join(episodeDir, "aflevering.mp3");
  run("lame", ["--quiet", "-m", "m", "--cbr", "-b", "32", "--noreplaygain", wavFile, mp3File]);
  await writeFile(path.join(episodeDir, "transcript.vtt"), `WEBVTT\n\n${cues.join("\n\n")}\n`);
  const indexFile = path.join(episodeDir, "index.md");
  const index = await readFile(indexFile, "utf8");
  const block = `chapters:\n${marks.map((mark) => `  - start: ${mark.start}\n    title: ${JSON.stringify(mark.title)}`).join("\n")}\n`;
  await writeFile(indexFile, index.replace(/^chapters:.*\n(?:[ -].*\n)*/m, block));
  const facts = readAudioFacts(await readFile(mp3File));
  console.log(`${name}: ${cues.length} zinnen, ${marks.length} hoofdstukken, ${facts?.duration.toFixed(1)} s audio`);
}

const names =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : (await readdir(SCRIPTS))
        .filter((file) => file.endsWith(".txt"))
        .map((file) => file.slice(0, -4))
        .sort();
const tmp = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-audio-"));
try {
  for (const name of names) await makeEpisode(name, tmp);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
