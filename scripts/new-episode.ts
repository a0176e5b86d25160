import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadSiteContent } from "../src/content/load-site-content.ts";
import { planEpisode } from "../src/podcast/plan-episode.ts";

const title = process.argv.slice(2).join(" ");
const loaded = await loadSiteContent(process.cwd());
const content = loaded.ok ? loaded.content : loaded.partial;
if (!content) {
  console.error("_data/site.yaml bevat fouten; herstel die eerst (npm run check).");
  process.exit(1);
}
const plan = planEpisode(
  title,
  content.releases,
  content.episodes.map((episode) => ({ dir: episode.dir, release: episode.data.release, episode: episode.data.episode })),
  randomUUID(),
  new Date().toISOString().slice(0, 10),
);
if (!plan.ok) {
  console.error(plan.reason);
  process.exit(1);
}
const dir = path.join("content", "podcast", plan.dir);
await mkdir(dir, { recursive: false });
await writeFile(path.join(dir, "index.md"), plan.indexMd);
await writeFile(path.join(dir, "transcript.vtt"), plan.transcript);
console.log(`Aflevering ${plan.episode} van release ${plan.release} klaargezet in ${dir}/.`);
console.log(
  "Vul index.md aan (samenvatting, hoofdstukken, related, sources), zet de audio erbij als aflevering.mp3 en schrijf transcript.vtt. Controleer met npm run check.",
);
