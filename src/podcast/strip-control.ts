/** Removes characters XML 1.0 cannot carry: C0 controls except tab, newline and carriage return, and non-characters. */
export function stripControlCharacters(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
  );
}

/** Text for a one-line XML field (titles, names): control characters removed, all whitespace runs one space. */
export function singleLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, " ").trim();
}
