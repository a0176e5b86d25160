import { splitSentences } from "../content/sentences.ts";

/** Sentences that say what a page is for rather than what is so: "Deze pagina …", "Hier lees je …", "Je leest …". */
const ABOUT_THE_PAGE = /^(deze (pagina|randvoorwaarde|trainingsmodule|module)\b|hier lees je\b|je leest\b|hieronder\b|welke\b|wat\b)|\blees je\b/i;

/** The sentences of a page's summary that answer the reader, without those that only describe the page itself. */
export function answerSentences(text: string): string[] {
  return splitSentences(text).filter((sentence) => !ABOUT_THE_PAGE.test(sentence));
}
