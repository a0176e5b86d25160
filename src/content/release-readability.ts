import type { PageReadability } from "./language-lint.ts";
import type { Release, SiteContent, ToolkitPage } from "./model.ts";
import { runningText } from "./running-text.ts";
import { countWords, splitSentences } from "./sentences.ts";
import { inlineExplanations, type InlineExplanation } from "./term-explanations.ts";

/** Natural B1 text averages between these numbers of words a sentence. */
export const B1_AVERAGE = { min: 10, max: 15 } as const;

/** A paragraph shorter than this many words may repeat (a standard line such as "Zie ook …"). */
const MIN_REPEATED_PARAGRAPH = 12;
/** A sentence shorter than this many words may repeat. */
const MIN_REPEATED_SENTENCE = 8;

/** What the report says about one release (or about the site pages). */
export interface ReleaseReadability {
  /** The release version, or null for the site pages. */
  version: string | null;
  /** Pages averaging fewer than 10 words a sentence (chopped text), with their average. */
  tooShort: PageReadability[];
  /** Pages averaging more than 15 words a sentence, with their average. */
  tooLong: PageReadability[];
  /** Paragraphs that stand on more than one page of the release, with those pages' files. */
  repeated: { text: string; files: string[] }[];
  /** Sentences that stand on more than one page of the release (an explanation given again), most pages first. */
  repeatedSentences: { text: string; files: string[] }[];
  /** Sentences that explain a term of the release's glossary again instead of linking to it. */
  explainedTerms: InlineExplanation[];
  /** Programme blocks of kind `oefening` that have no `::: oefening` block with instructions for participants. */
  exercisesWithoutInstructions: { file: string; title: string }[];
}

/**
 * Per release: the pages whose average sentence lies outside natural B1 (10–15 words), and the paragraphs (and list
 * items) of at least twelve words and the sentences of at least eight that occur on two or more of its pages: what a
 * writer can find without reading every page side by side; and the sentences that explain a term of the release's
 * glossary again.
 */
export function releaseReadability(content: SiteContent, pages: readonly PageReadability[]): ReleaseReadability[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const groups: { version: string | null; files: { file: string; html: string; id?: string }[]; glossary?: Release["glossary"] }[] = [
    ...content.releases.map((release) => ({
      version: release.version,
      glossary: release.glossary,
      files: [
        { file: release.file, html: release.notesHtml },
        ...content.pages.filter((page) => page.version === release.version).map((page) => ({ file: page.file, html: page.trainerHtml, id: page.data.id })),
      ],
    })),
    { version: null, files: content.sitePages.map((page) => ({ file: page.file, html: page.html })) },
  ];
  return groups.map(({ version, files, glossary = [] }) => {
    const stats = files.flatMap(({ file }) => byFile.get(file) ?? []).filter((page) => page.sentences > 0);
    return {
      version,
      tooShort: stats.filter((page) => page.average < B1_AVERAGE.min),
      tooLong: stats.filter((page) => page.average > B1_AVERAGE.max),
      repeated: repeatedUnits(files, (html) => runningText(html), MIN_REPEATED_PARAGRAPH),
      repeatedSentences: repeatedUnits(files, (html) => runningText(html).flatMap(splitSentences), MIN_REPEATED_SENTENCE),
      explainedTerms: inlineExplanations(glossary, files),
      exercisesWithoutInstructions: content.pages.filter((page) => page.version === version).flatMap(missingInstructions),
    };
  });
}

/** A module's exercise blocks without instructions; none for other pages. */
function missingInstructions(page: ToolkitPage): { file: string; title: string }[] {
  if (page.section !== "training") return [];
  const explained = new Set(page.exercises.map((exercise) => exercise.title));
  return page.data.programme
    .filter((block) => block.kind === "oefening" && !explained.has(block.title))
    .map((block) => ({ file: page.file, title: block.title }));
}

/** Units (paragraphs or sentences) of at least `minWords` words on more than one of the files, compared without case or spacing. */
function repeatedUnits(
  files: readonly { file: string; html: string }[],
  units: (html: string) => string[],
  minWords: number,
): { text: string; files: string[] }[] {
  const seen = new Map<string, { text: string; files: Set<string> }>();
  for (const { file, html } of files) {
    for (const text of units(html)) {
      if (countWords(text) < minWords) continue;
      const key = text.toLowerCase().replace(/\s+/g, " ").trim();
      const entry = seen.get(key) ?? { text, files: new Set<string>() };
      entry.files.add(file);
      seen.set(key, entry);
    }
  }
  return [...seen.values()]
    .filter((entry) => entry.files.size > 1)
    .map((entry) => ({ text: entry.text, files: [...entry.files].sort() }))
    .sort((a, b) => b.files.length - a.files.length);
}
