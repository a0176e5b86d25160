import { bodyLines, contentsEntries, footerLines, overlappingLines, paperPages } from "./pdf-paper.ts";

/**
 * What a reader of the paper would find wrong in a PDF, one line per problem: two text boxes over each other, a
 * contents entry whose page does not hold its heading, a page after the title page with fewer than three lines, or a
 * page without its running line and "Pagina n van m". Empty when the paper is right. A document without contents (the
 * summary) is checked with `contents: false`, and its running line stands on its first page too.
 */
export function paperProblems(pdf: string, runningLine: string, options: { contents?: boolean } = {}): string[] {
  const contents = options.contents ?? true;
  const pages = paperPages(pdf);
  const problems: string[] = [];
  for (const page of pages) {
    for (const [a, b] of overlappingLines(page)) problems.push(`pagina ${page.number}: "${a.text}" staat over "${b.text}"`);
    if (page.number > 1 && bodyLines(page).length < 3) problems.push(`pagina ${page.number}: ${bodyLines(page).length} regel(s)`);
    const footer = footerLines(page).map((line) => line.text);
    if (!footer.includes(`Pagina ${page.number} van ${pages.length}`)) problems.push(`pagina ${page.number}: geen paginanummer, wel ${JSON.stringify(footer)}`);
    if ((page.number > 1 || !contents) && !footer.includes(runningLine))
      problems.push(`pagina ${page.number}: geen regel "${runningLine}", wel ${JSON.stringify(footer)}`);
  }
  if (!contents) return problems;
  const entries = contentsEntries(pages);
  if (entries.length < 5) problems.push(`inhoudsopgave: ${entries.length} regels`);
  for (const entry of entries) {
    const page = pages[entry.page - 1];
    const heading = page && bodyLines(page).find((line) => line.text === entry.title || entry.title.startsWith(`${line.text} `));
    if (!heading) problems.push(`inhoud: "${entry.title}" staat niet op pagina ${entry.page}`);
  }
  return problems;
}
