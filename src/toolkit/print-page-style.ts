import type { PrintEditionView } from "./print-edition.ts";

/**
 * The running line of a print edition's paper pages: the site, the release by name and year, and its state
 * ("stand 7 december 2026"), or for a concept the day it was made. Never "huidige release": paper outlives that.
 */
export function printRunningLine(view: Pick<PrintEditionView, "release" | "state">, siteTitle: string, buildDateLabel: string, part?: string): string {
  const state = view.state ? `stand ${view.state.dateLabel}` : `gemaakt op ${buildDateLabel}`;
  return [siteTitle, view.release.lastingLabel, ...(part ? [part] : []), state].join(" · ");
}

/**
 * The print edition's own stylesheet: its running line in the bottom-left margin box of every page but the title
 * page (or of every page, with `onFirstPage`, for a document without a title page such as the summary). Chromium lays margin boxes out in the page margin, so the line never stands over text; CSS cannot take the
 * line from the document (no string-set), hence one small file per release instead of an inline style.
 */
export function printPageStyle(runningLine: string, options: { onFirstPage?: boolean } = {}): string {
  const quoted = `"${runningLine.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, " ")}"`;
  const first = options.onFirstPage ? "" : `  @page :first {\n    @bottom-left {\n      content: none;\n    }\n  }\n`;
  return `@charset "UTF-8";\n@media print {\n  @page {\n    @bottom-left {\n      content: ${quoted};\n    }\n  }\n${first}}\n`;
}
