import type { ContentError } from "./content-error.ts";
import type { SiteContent } from "./model.ts";

/** The outcome of the language lint: errors block `npm run check`, warnings are advice. */
export interface LintResult {
  /** Words the house style forbids. */
  errors: ContentError[];
  /** Sentences longer than B1 readers manage easily. */
  warnings: ContentError[];
}

/** Labels the toolkit argues against; proper names that contain them are allowed. */
const FORBIDDEN_LABELS = /\b(zwerfjongeren?|probleemjongeren?|hangjongeren?)\b/gi;
const ALLOWED_NAMES = /Stichting Zwerfjongeren Nederland|Zwerfjongeren Nederland|zwerfjongeren\.nl/g;
/** B1 aims at about 15 words a sentence; beyond this many the lint warns. */
export const MAX_SENTENCE_WORDS = 25;

/** Checks the Dutch house style of every page: no stigmatising labels, no very long sentences. */
export function lintLanguage(content: SiteContent): LintResult {
  const texts = [
    ...content.pages.map((page) => ({ file: page.file, text: `${page.data.title}. ${page.data.summary} ${plainText(page.trainerHtml)}` })),
    ...content.sitePages.map((page) => ({ file: page.file, text: `${page.data.title}. ${page.data.summary} ${plainText(page.html)}` })),
    ...content.releases.map((release) => ({ file: release.file, text: `${release.summary} ${plainText(release.notesHtml)}` })),
  ];
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  for (const { file, text } of texts) {
    for (const match of text.replace(ALLOWED_NAMES, "").matchAll(FORBIDDEN_LABELS)) {
      errors.push({ file, field: "tekst", expected: "'jongeren' in plaats van een label (zie de schrijfwijzer in DESIGN)", found: `het woord "${match[0]}"` });
    }
    for (const sentence of sentences(text)) {
      const words = sentence.split(/\s+/).filter(Boolean).length;
      if (words > MAX_SENTENCE_WORDS) {
        warnings.push({ file, field: "tekst", expected: `zinnen van hoogstens ongeveer ${MAX_SENTENCE_WORDS} woorden (B1)`, found: `een zin van ${words} woorden: "${sentence.slice(0, 60)}…"` });
      }
    }
  }
  return { errors, warnings };
}

/** Strips tags and decodes the few entities markdown-it writes, leaving readable text. */
export function plainText(html: string): string {
  return html
    .replace(/<\/(p|li|h\d|td|th|dd|dt)>/g, ".\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;/g, "'");
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:;])\s+|\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
