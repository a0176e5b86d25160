import type { ContentError } from "./content-error.ts";
import { lintLanguage } from "./language-lint.ts";
import type { LoadResult } from "./load-content.ts";

/**
 * What `npm run check` rejects: every content error, or, when the content loads, the language lint's errors (a
 * label such as "zwerfjongere", a title over 70 characters, sentences far too long). The editing room refuses a save
 * by the same rule.
 */
export function checkProblems(result: LoadResult): ContentError[] {
  return result.ok ? lintLanguage(result.content).errors : result.errors;
}
