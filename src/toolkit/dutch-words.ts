/**
 * One token of Dutch running text: a word with what belongs to it ("zo'n", "18-jarigen", "€1.050", "60,9",
 * "#GemeenteDelers"), a run of white space, or one other character. Words are kept whole so that a diff marks whole
 * words, never "1.050" against "1.100" as "1." plus a change.
 */
const TOKEN = /[#€]?[\p{L}\p{N}]+(?:['’.,\-/][\p{L}\p{N}]+)*|\s+|[^\s]/gu;

/** Splits text into words, white space and signs; joined again they give the text back exactly. */
export function dutchTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
