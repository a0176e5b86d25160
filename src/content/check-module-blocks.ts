import type { ContentError } from "./content-error.ts";
import type { ToolkitPage } from "./model.ts";

/**
 * Checks the programme blocks of training modules. In a concept release every block but a break needs what the trainer
 * does and says (`trainer`) and every exercise its instructions for participants (`::: oefening`); published releases
 * are locked, so they are not held to this. In every release a block's `case` names a `::: casus` of the module and
 * only exercises have role cards.
 */
export function checkModuleBlocks(pages: readonly ToolkitPage[], conceptVersions: ReadonlySet<string>, errors: ContentError[]): void {
  for (const page of pages) {
    if (page.section !== "training") continue;
    const concept = conceptVersions.has(page.version);
    const explained = new Set(page.exercises.map((exercise) => exercise.title));
    const cases = new Set(page.cases.flatMap((item) => (item.title === null ? [] : [item.title])));
    page.data.programme.forEach((block, index) => {
      const field = `programme[${index + 1}]`;
      if (concept && block.kind !== "pauze" && block.trainer === undefined) {
        errors.push({
          file: page.file,
          field: `${field}.trainer`,
          expected: `wat de trainer doet en zegt in het blok "${block.title}"`,
          found: "geen instructies voor de trainer",
        });
      }
      if (concept && block.kind === "oefening" && !explained.has(block.title)) {
        errors.push({
          file: page.file,
          field,
          expected: `een blok '::: oefening ${block.title}' in de tekst, met de uitleg voor deelnemers`,
          found: "een oefening zonder uitleg voor deelnemers",
        });
      }
      if (block.case !== undefined && !cases.has(block.case)) {
        const known = [...cases].map((title) => `"${title}"`).join(", ");
        errors.push({
          file: page.file,
          field: `${field}.case`,
          expected: `de titel van een '::: casus' van deze module (${known || "de module heeft er geen"})`,
          found: `"${block.case}"`,
        });
      }
      if (block.roles !== undefined && block.kind !== "oefening") {
        errors.push({
          file: page.file,
          field: `${field}.roles`,
          expected: "rollenkaarten alleen bij een blok met kind: oefening",
          found: `rollenkaarten bij een blok van soort ${block.kind}`,
        });
      }
    });
  }
}
