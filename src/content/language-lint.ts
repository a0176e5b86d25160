import type { ContentError } from "./content-error.ts";
import type { SiteContent } from "./model.ts";
import { runningText } from "./running-text.ts";
import { countWords, splitSentences } from "./sentences.ts";

/** Sentence statistics of one page's running text. */
export interface PageReadability {
  /** The page's file. */
  file: string;
  /** Number of sentences counted. */
  sentences: number;
  /** Average words per sentence (0 without sentences). */
  average: number;
  /** The longest sentence and its length in words. */
  longest: { words: number; text: string };
}

/** The outcome of the language lint: errors block `npm run check`, warnings are advice. */
export interface LintResult {
  /** Per page: average and longest sentence. */
  pages: PageReadability[];
  /** Pages averaging too many words a sentence, titles too long, forbidden labels. */
  errors: ContentError[];
  /** Single sentences much longer than B1 readers manage easily. */
  warnings: ContentError[];
}

/** A page fails the lint above this average sentence length (B1 aims for about 15). */
const MAX_AVERAGE_WORDS = 20;
/** A single sentence above this length gets a writing advice. */
const LONG_SENTENCE_WORDS = 25;
/** Longest allowed title. */
const MAX_TITLE_LENGTH = 70;

/** Labels the toolkit argues against; proper names that contain them are allowed. */
const FORBIDDEN_LABELS = /\b(zwerfjongeren?|probleemjongeren?|hangjongeren?)\b/gi;
const ALLOWED_NAMES = /Stichting Zwerfjongeren Nederland|Zwerfjongeren Nederland|zwerfjongeren\.nl/g;

interface LintSubject {
  file: string;
  title: string;
  summary: string;
  html: string;
}

/** Checks the Dutch house style of every page: sentence length per page, title length, no stigmatising labels. */
export function lintLanguage(content: SiteContent): LintResult {
  const subjects: LintSubject[] = [
    ...content.pages.map((page) => ({ file: page.file, title: page.data.title, summary: page.data.summary, html: page.trainerHtml })),
    ...content.sitePages.map((page) => ({ file: page.file, title: page.data.title, summary: page.data.summary, html: page.html })),
    ...content.releases.map((release) => ({ file: release.file, title: `Release ${release.version}`, summary: release.summary, html: release.notesHtml })),
  ];
  const result: LintResult = { pages: [], errors: [], warnings: [] };
  for (const subject of subjects) lintSubject(subject, result);
  return result;
}

function lintSubject(subject: LintSubject, result: LintResult): void {
  const { file } = subject;
  if (subject.title.length > MAX_TITLE_LENGTH) {
    result.errors.push({ file, field: "title", expected: `een titel van hoogstens ${MAX_TITLE_LENGTH} tekens`, found: `${subject.title.length} tekens` });
  }
  const units = [subject.summary, ...runningText(subject.html)];
  for (const match of `${subject.title}\n${units.join("\n")}`.replace(ALLOWED_NAMES, "").matchAll(FORBIDDEN_LABELS)) {
    result.errors.push({ file, field: "tekst", expected: "'jongeren' in plaats van een label (zie de schrijfwijzer)", found: `het woord "${match[0]}"` });
  }
  const sentences = units.flatMap(splitSentences).map((text) => ({ text, words: countWords(text) }));
  const total = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const longest = sentences.reduce((max, sentence) => (sentence.words > max.words ? sentence : max), { text: "", words: 0 });
  const average = sentences.length === 0 ? 0 : total / sentences.length;
  result.pages.push({ file, sentences: sentences.length, average, longest });
  if (average > MAX_AVERAGE_WORDS) {
    result.errors.push({
      file,
      field: "tekst",
      expected: `gemiddeld hoogstens ${MAX_AVERAGE_WORDS} woorden per zin (streef naar 15)`,
      found: `gemiddeld ${average.toFixed(1)} woorden per zin`,
    });
  }
  for (const sentence of sentences.filter((candidate) => candidate.words > LONG_SENTENCE_WORDS)) {
    result.warnings.push({
      file,
      field: "tekst",
      expected: `zinnen van hoogstens ongeveer ${LONG_SENTENCE_WORDS} woorden`,
      found: `een zin van ${sentence.words} woorden: "${sentence.text.slice(0, 60)}…"`,
    });
  }
}
