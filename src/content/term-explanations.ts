import { runningText } from "./running-text.ts";
import { splitSentences } from "./sentences.ts";

/** A sentence that explains a glossary term again instead of linking to the glossary. */
export interface InlineExplanation {
  /** The page's file. */
  file: string;
  /** The term, as the glossary names it. */
  term: string;
  /** The sentence. */
  sentence: string;
}

/**
 * The sentences of the files that explain one of the terms (by its name or an alias) the way a definition does:
 * "X is een/de/het …", "X betekent …", "X staat voor …", "X (…)" or "… (X)", "X, een/de/het …" and "wat X is".
 * The page that treats a term in full (its `page` in the glossary) may explain it. A heuristic for
 * `npm run lint:content`: it finds the usual forms, and says where to look, not what is wrong.
 */
export function inlineExplanations(
  terms: readonly { term: string; aliases: readonly string[]; page: string | null }[],
  files: readonly { file: string; html: string; id?: string }[],
): InlineExplanation[] {
  const patterns = terms.map((term) => ({ term: term.term, page: term.page, pattern: definitionPattern([term.term, ...term.aliases]) }));
  return files.flatMap(({ file, html, id }) =>
    runningText(html)
      .flatMap(splitSentences)
      .flatMap((sentence) => patterns.filter(({ page, pattern }) => page !== id && pattern.test(sentence)).map(({ term }) => ({ file, term, sentence }))),
  );
}

function definitionPattern(names: readonly string[]): RegExp {
  const name = `(?:${names.map((candidate) => candidate.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
  const word = (inner: string): string => `(?<![\\p{L}\\p{N}-])${inner}(?![\\p{L}\\p{N}-])`;
  const forms = [
    `${word(name)},? (?:is|zijn) (?:een|de|het)\\b`,
    `${word(name)} (?:betekent|staat voor|houdt in)\\b`,
    `${word(name)} \\(`,
    `\\(${name}\\)`,
    `${word(name)}, (?:een|de|het) `,
    `\\b(?:wat|hoe) (?:een |de |het )?${word(name)} (?:is|zijn|werkt|werken)\\b`,
  ];
  return new RegExp(forms.join("|"), "iu");
}
