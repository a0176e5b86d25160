/** A full stop, question mark or exclamation mark, possibly followed by closing quotes or a parenthesis. */
const SENTENCE_END = /[.!?][”"’')]*$/;

/** True when the text already ends a sentence, so that joining it to the next needs no full stop. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** The text as one whole sentence: trimmed, with exactly one end mark (a full stop when it had none). */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === "" || endsSentence(trimmed) ? trimmed : `${trimmed}.`;
}
