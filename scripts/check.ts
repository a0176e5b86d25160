import { checkProblems } from "../src/content/check-problems.ts";
import { formatContentError, formatContentErrors } from "../src/content/content-error.ts";
import { lintLanguage, type PageReadability } from "../src/content/language-lint.ts";
import { B1_AVERAGE, releaseReadability } from "../src/content/release-readability.ts";
import { loadSiteContent } from "../src/content/load-site-content.ts";
import { MAX_PAGES_PER_CLAIM, repeatedClaims } from "../src/content/repeated-claims.ts";
import { unexplainedChanges } from "../src/toolkit/release-notes.ts";
import { buildToolkitView } from "../src/toolkit/toolkit-view.ts";

const report = process.argv.includes("--report");
const result = await loadSiteContent(process.cwd());
if (!result.ok) {
  console.error(formatContentErrors(result.errors));
  process.exit(1);
}
const lint = lintLanguage(result.content);
if (report) {
  const rows = [...lint.pages].sort((a, b) => b.average - a.average);
  console.log("Zinslengte per pagina (gemiddeld en langste zin, in woorden):");
  for (const page of rows) console.log(`  ${page.average.toFixed(1).padStart(5)}  ${String(page.longest.words).padStart(3)}  ${page.file}`);
  console.log("");
  for (const release of releaseReadability(result.content, lint.pages)) {
    console.log(release.version ? `Release ${release.version}:` : "Sitepagina's:");
    const pages = (list: readonly PageReadability[]): string => list.map((page) => `\n    ${page.average.toFixed(1).padStart(5)}  ${page.file}`).join("");
    console.log(`  Gemiddeld minder dan ${B1_AVERAGE.min} woorden per zin (te kort, hakkerig): ${release.tooShort.length}${pages(release.tooShort)}`);
    console.log(`  Gemiddeld meer dan ${B1_AVERAGE.max} woorden per zin (te lang): ${release.tooLong.length}${pages(release.tooLong)}`);
    console.log(`  Alinea's die op meer dan één pagina staan: ${release.repeated.length}`);
    for (const repeat of release.repeated) console.log(`    "${repeat.text.slice(0, 90)}…"\n      op: ${repeat.files.join(", ")}`);
    console.log(`  Zinnen die op meer dan één pagina staan: ${release.repeatedSentences.length}`);
    for (const repeat of release.repeatedSentences) console.log(`    ${repeat.files.length}× "${repeat.text.slice(0, 100)}"`);
    if (release.version !== null) {
      console.log(`  Begrippen uit begrippen.yaml die opnieuw worden uitgelegd (link liever naar de begrippenlijst): ${release.explainedTerms.length}`);
      for (const found of release.explainedTerms) console.log(`    ${found.file}: "${found.term}" in "${found.sentence.slice(0, 100)}"`);
      console.log(`  Oefenblokken zonder uitleg voor deelnemers (::: oefening): ${release.exercisesWithoutInstructions.length}`);
      for (const block of release.exercisesWithoutInstructions) console.log(`    ${block.file}: "${block.title}"`);
      const claims = repeatedClaims(result.content.releases, result.content.pages).filter((claim) => claim.version === release.version);
      console.log(
        `  Getallen en bronvermeldingen op meer dan ${MAX_PAGES_PER_CLAIM} pagina's${result.content.releases.find((candidate) => candidate.version === release.version)?.status === "concept" ? " (fout in een conceptrelease)" : " (gemeld, geen fout: de release is vastgelegd)"}: ${claims.length}`,
      );
      for (const claim of claims) console.log(`    ${claim.files.length}× "${claim.text}"`);
    }
    console.log("");
  }
}
const toolkit = buildToolkitView(result.content, "preview");
const unexplained = toolkit.releaseHomes.flatMap(({ release, changes }) =>
  release.role === "concept" && changes
    ? unexplainedChanges(changes).map(
        (entry) =>
          `  content/toolkit/${release.version}/release.md: changes — "${entry.title}" (${entry.url}) is nieuw of veranderd sinds release ${changes.since}, maar heeft geen uitleg. Schrijf onder changes: waarom, met de bron.`,
      )
    : [],
);
if (unexplained.length > 0) console.warn(`Uitleg ontbreekt (geen fout):\n${unexplained.join("\n")}\n`);
if (lint.warnings.length > 0) {
  console.warn(`Schrijfadvies (geen fout):\n${lint.warnings.map((warning) => `  ${formatContentError(warning)}`).join("\n")}\n`);
}
const locked = repeatedClaims(result.content.releases, result.content.pages).filter((claim) => !claim.concept);
if (locked.length > 0 && !report) {
  const versions = [...new Set(locked.map((claim) => claim.version))].join(", ");
  console.warn(
    `Gemeld (geen fout): ${locked.length} getallen of bronvermeldingen staan op meer dan ${MAX_PAGES_PER_CLAIM} pagina's van vastgelegde releases (${versions}). Zie npm run lint:content.\n`,
  );
}
const problems = checkProblems(result);
if (problems.length > 0) {
  console.error(formatContentErrors(problems));
  process.exit(1);
}
const { releases, pages, sitePages } = result.content;
console.log(`Inhoud in orde: ${releases.length} releases, ${pages.length} toolkitpagina's, ${sitePages.length} sitepagina's.`);
