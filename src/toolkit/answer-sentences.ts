import { splitSentences } from "../content/sentences.ts";

/** Sentences that say what a page is for rather than what is so: "Deze pagina …", "Hier lees je …", "Je leest …". */
const ABOUT_THE_PAGE = /^(deze (pagina|randvoorwaarde|trainingsmodule|module)\b|hier lees je\b|je leest\b|hieronder\b|welke\b|wat\b)|\blees je\b/i;

/** The sentences of a page's summary that answer the reader, without those that only describe the page itself. */
export function answerSentences(text: string): string[] {
  return splitSentences(text).filter((sentence) => !ABOUT_THE_PAGE.test(sentence));
}

/** A closing clause that turns from the subject to the page: ", en hier lees je …", ", en deze randvoorwaarde beschrijft …". */
const PAGE_CLAUSE = /,\s+en\s+(deze (pagina|randvoorwaarde|trainingsmodule|module)\b|hier lees je\b)[^.!?]*([.!?])$/i;

/**
 * A page's summary as a quotation in a document of the reader's own: its answering sentences, each without a closing
 * clause about the page itself; empty when nothing answers.
 */
export function answerText(text: string): string {
  return splitSentences(text)
    .map((sentence) => sentence.replace(PAGE_CLAUSE, "$3"))
    .filter((sentence) => !ABOUT_THE_PAGE.test(sentence))
    .join(" ");
}
