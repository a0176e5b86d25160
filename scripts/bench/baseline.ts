/** Files of the baseline site: the same number of pages as plain Markdown through bare Eleventy with one layout. */
export function baselineSite(pages: number): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "eleventy.config.mjs",
    'export const config = { dir: { input: "pages", includes: "../layouts", output: "_site" }, markdownTemplateEngine: false };\n',
  );
  files.set(
    "layouts/page.njk",
    '<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body>\n<header><a href="/">Baseline</a></header>\n<main data-pagefind-body>\n<h1>{{ title }}</h1>\n{{ content | safe }}\n</main>\n</body>\n</html>\n',
  );
  const words = "gemeente jongere bouwbudget bouwplan begeleider vertrouwen randvoorwaarde uitkering woning huurschuld stichting onderzoek".split(" ");
  for (let index = 0; index < pages; index += 1) {
    const text = Array.from({ length: 180 }, (_, word) => words[(index + word * 7) % words.length]).join(" ");
    files.set(`pages/pagina-${index}.md`, `---\nlayout: page.njk\ntitle: Pagina ${index}\n---\n## Kop\n\n${text}.\n\n## Tweede kop\n\n${text}.\n`);
  }
  return files;
}
