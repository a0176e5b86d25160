import { writeFile } from "node:fs/promises";
import { buildSite } from "../src/build/build-site.ts";
import { recordEpisodeDates } from "../src/build/record-episode-dates.ts";
import { keepDocuments } from "../src/build/kept-documents.ts";
import { recordSiteUrls } from "../src/build/record-site-urls.ts";
import { ContentErrors } from "../src/content/content-error.ts";

// Options: --preview (concept releases too), --no-cache (a cold build), --out=<dir> (instead of _site/),
// --timings=<file> (milliseconds per step as JSON, for npm run bench: loading the modules, the build's steps, recording).
// BOUWDEPOT_RUNTIME replaces the runtime string in cache keys (tests prove that a new Node version ranks again).
// Milliseconds from the process's start until its modules are loaded (performance.now() counts from the start).
const imported = performance.now();
const mode = process.argv.includes("--preview") ? "preview" : "production";
const outDir = process.argv.find((arg) => arg.startsWith("--out="))?.slice(6);
const timingsFile = process.argv.find((arg) => arg.startsWith("--timings="))?.slice(10);
try {
  const report = await buildSite({
    root: process.cwd(),
    mode,
    cache: !process.argv.includes("--no-cache"),
    ...(outDir ? { outDir } : {}),
    ...(process.env.BOUWDEPOT_RUNTIME ? { runtime: process.env.BOUWDEPOT_RUNTIME } : {}),
  });
  const built = performance.now();
  const { pages, related, search, links, diffs, pdfs, summaries } = report.reuse;
  console.log(`Site gebouwd (${mode}): ${report.files} pagina's in ${outDir ?? "_site/"}.`);
  console.log(
    `Hergebruikt uit .cache/ na controle: ${pages.reused} van ${pages.reused + pages.rendered} pagina's, ${related.reused} van ${related.reused + related.ranked} "Zie ook"-rangschikkingen, ${search.reused} van ${search.reused + search.built} zoekindexen, ${links.reused} van ${links.reused + links.scanned} linkscans, ${diffs.reused} van ${diffs.reused + diffs.computed} tekstvergelijkingen.`,
  );
  console.log(
    pdfs.skipped
      ? `Geen PDF's gemaakt: ${pdfs.skipped}. De startpagina van elke release linkt de afdrukversie.`
      : `PDF's: ${pdfs.reused.length} hergebruikt uit .cache/ na controle, ${pdfs.made.length} nieuw gemaakt; samenvattingen: ${summaries.reused.length} hergebruikt, ${summaries.made.length} nieuw gemaakt; bewaarde documenten van ${report.documents.kept.length} release(s) ongewijzigd geserveerd.`,
  );
  if (mode === "production" && !outDir) {
    const added = await recordSiteUrls(process.cwd(), report.published);
    if (added.length > 0) console.log(`${added.length} nieuwe adressen (afleveringen of sitepagina's) in content/ledger.txt; commit dit bestand mee.`);
    const dated = await recordEpisodeDates(process.cwd(), report.episodeDates);
    if (dated.length > 0) console.log(`${dated.length} nieuwe aflevering(en) met hun tijd in content/episode-dates.txt; commit dit bestand mee.`);
    const kept = await keepDocuments(process.cwd(), report.documents.fresh);
    const kinds = { pdf: "PDF", zip: "archiefkopie", samenvatting: "samenvatting" } as const;
    for (const state of report.documents.fresh)
      console.log(
        `Stand van release ${state.version} (${state.date}, ${state.reason}): ${state.files.map((file) => kinds[file.kind]).join(", ")} bewaard in bewaard/${state.version}/.`,
      );
    if (kept.length > 0) console.log(`Commit bewaard/ mee: ${kept.join(", ")}.`);
  }
  if (timingsFile)
    await writeFile(timingsFile, `${JSON.stringify({ imports: Math.round(imported), ...report.timings, record: Math.round(performance.now() - built) })}\n`);
  if (report.removedStale.length > 0) console.log(`Opgeruimd: ${report.removedStale.length} map(pen) van afgebroken builds.`);
  if (report.placeholders.length > 0 && mode === "production") {
    console.warn(`Let op: _data/site.yaml bevat nog voorbeeldwaarden:\n${report.placeholders.map((line) => `  - ${line}`).join("\n")}`);
  }
} catch (error) {
  console.error(error instanceof ContentErrors ? error.message : `Bouwen mislukt: ${error instanceof Error ? error.message : String(error)}`);
  console.error("_site/ is niet veranderd.");
  process.exitCode = 1;
}
