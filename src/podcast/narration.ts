import { splitSentences } from "../content/sentences.ts";

/** A chapter of a narration script with its sentences, each spoken as one transcript cue. */
export interface NarrationChapter {
  /** Chapter title. */
  title: string;
  /** Sentences in speaking order. */
  sentences: string[];
}

/** Parses a narration script: `# Title` lines start chapters, other lines are spoken text split into sentences. */
export function parseNarration(text: string): NarrationChapter[] {
  const chapters: NarrationChapter[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("# ")) {
      chapters.push({ title: line.slice(2).trim(), sentences: [] });
      continue;
    }
    const current = chapters[chapters.length - 1];
    if (!current) throw new Error(`text before the first chapter heading: "${line.slice(0, 40)}"`);
    current.sentences.push(...splitSentences(line));
  }
  return chapters;
}
