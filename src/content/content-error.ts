/** One problem in one content file, phrased for editors: where, which field, what was expected, what was found. */
export interface ContentError {
  /** Path of the file relative to the site root, with forward slashes. */
  file: string;
  /** The field (dotted path) or part of the file the problem is in. */
  field: string;
  /** What the file should contain there, in Dutch. */
  expected: string;
  /** What the file contains there, in Dutch. */
  found: string;
}

/** Formats one error as a single line that starts with the file's path. */
export function formatContentError(error: ContentError): string {
  return `${error.file}: ${error.field} — verwacht: ${error.expected}; gevonden: ${error.found}`;
}

/** Formats every error of a run, sorted by file, one per line. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const lines = [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field)).map(formatContentError);
  const noun = errors.length === 1 ? "fout" : "fouten";
  return `${lines.join("\n")}\n\n${errors.length} ${noun} in de inhoud. Herstel ${errors.length === 1 ? "deze" : "ze"} en probeer het opnieuw.`;
}

/** Thrown when content is invalid; carries every error found in the run. */
export class ContentErrors extends Error {
  /** The errors, each tied to a file. */
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(formatContentErrors(errors));
    this.name = "ContentErrors";
    this.errors = errors;
  }
}
