import { buildSite } from "../src/build.ts";
import { ContentErrors } from "../src/content/content-error.ts";

const mode = process.argv.includes("--preview") ? "preview" : "production";
try {
  const report = await buildSite({ root: process.cwd(), mode });
  console.log(`Site gebouwd (${mode}): ${report.files} bestanden in _site/; ${report.rendered} pagina's opnieuw gemaakt, ${report.reused} ongewijzigd overgenomen.`);
  if (report.placeholders.length > 0 && mode === "production") {
    console.warn(`Let op: _data/site.yaml bevat nog voorbeeldwaarden:\n${report.placeholders.map((line) => `  - ${line}`).join("\n")}`);
  }
} catch (error) {
  console.error(error instanceof ContentErrors ? error.message : `Bouwen mislukt: ${error instanceof Error ? error.message : String(error)}`);
  console.error("_site/ is niet veranderd.");
  process.exitCode = 1;
}
