import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatContentErrors } from "../src/content/content-error.ts";
import { loadSiteContent } from "../src/content/load-site-content.ts";
import { planRelease } from "../src/toolkit/plan-release.ts";

const version = process.argv[2] ?? "";
const root = process.cwd();
const loaded = await loadSiteContent(root);
if (!loaded.ok) {
  console.error(`${formatContentErrors(loaded.errors)}\nHerstel eerst de inhoud; daarna kun je een release maken.`);
  process.exit(1);
}
const plan = planRelease(version, loaded.content.releases, new Date().toISOString().slice(0, 10));
if (!plan.ok) {
  console.error(`Geen nieuwe release gemaakt: ${plan.reason}\nGebruik: npm run release -- <versie>`);
  process.exit(1);
}
const toolkitDir = path.join(root, "content", "toolkit");
await cp(path.join(toolkitDir, plan.from), path.join(toolkitDir, plan.version), {
  recursive: true,
  errorOnExist: true,
  force: false,
  filter: (source) => path.basename(source) !== "release.md",
});
await writeFile(path.join(toolkitDir, plan.version, "release.md"), plan.releaseMd);
console.log(`Conceptrelease ${plan.version} gemaakt in content/toolkit/${plan.version}/ (kopie van ${plan.from}).`);
console.log("Pas de pagina's en release.md aan. Publiceren = in release.md 'status: released' zetten.");
