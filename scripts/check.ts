import { formatContentError, formatContentErrors } from "../src/content/content-error.ts";
import { lintLanguage } from "../src/content/language-lint.ts";
import { loadSiteContent } from "../src/content/load-site-content.ts";

const result = await loadSiteContent(process.cwd());
if (!result.ok) {
  console.error(formatContentErrors(result.errors));
  process.exit(1);
}
const lint = lintLanguage(result.content);
if (lint.warnings.length > 0) {
  console.warn(`Schrijfadvies (geen fout):\n${lint.warnings.map((warning) => `  ${formatContentError(warning)}`).join("\n")}\n`);
}
if (lint.errors.length > 0) {
  console.error(formatContentErrors(lint.errors));
  process.exit(1);
}
const { releases, pages, sitePages } = result.content;
console.log(`Inhoud in orde: ${releases.length} releases, ${pages.length} toolkitpagina's, ${sitePages.length} sitepagina's.`);
