/** Ends a text as a sentence: adds a full stop unless it already ends in one, a question or exclamation mark or "…". */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.?!…]["'”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
