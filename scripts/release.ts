import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { publishRelease, PublishRefused } from "../src/build/publish-release.ts";
import { ContentErrors, formatContentErrors } from "../src/content/content-error.ts";
import { EPISODE_DATES_FILE } from "../src/content/episode-dates.ts";
import { LEDGER_FILE } from "../src/content/ledger.ts";
import { lockFile } from "../src/content/locks.ts";
import { loadSiteContent } from "../src/content/load-site-content.ts";
import { planRelease } from "../src/toolkit/plan-release.ts";

// npm run release -- <version>          starts a new concept release, copied from the current one.
// npm run release -- publish <version>  publishes a release: status and date, lock, ledger. The only way to publish.
const root = process.cwd();
const today = new Date().toISOString().slice(0, 10);
if (process.argv[2] === "publish") await publish(process.argv.slice(3));
else await startConcept(process.argv[2] ?? "");

async function publish(versions: string[]): Promise<void> {
  try {
    const report = await publishRelease(root, versions, today);
    for (const release of report.releases) {
      console.log(
        release.newlyReleased
          ? `Release ${release.version} gepubliceerd op ${today}: status en datum staan in content/toolkit/${release.version}/release.md.`
          : `Release ${release.version} was al gepubliceerd; status en datum bleven zoals ze waren.`,
      );
      console.log(`Slot geschreven: ${lockFile(release.version)} (${release.lockedFiles} bestanden). Deze bestanden veranderen nu niet meer.`);
    }
    console.log(`${report.addedUrls.length} nieuwe adressen in ${LEDGER_FILE}.`);
    console.log(`${EPISODE_DATES_FILE} noemt de tijd van elke aflevering die nu verschijnt.`);
    if (report.keptFiles.length > 0) console.log(`PDF en archiefkopie van de publicatie bewaard: ${report.keptFiles.join(", ")}.`);
    console.log("Commit de release.md, het slot, het adressenregister, de lijst met afleveringstijden en bewaard/ samen.");
  } catch (error) {
    if (error instanceof ContentErrors) console.error(`${error.message}\nNiets gepubliceerd: herstel eerst de inhoud.`);
    else if (error instanceof PublishRefused) console.error(`Niets gepubliceerd: ${error.message}\nGebruik: npm run release -- publish <versie>`);
    else console.error(`Niets gepubliceerd: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

async function startConcept(version: string): Promise<void> {
  const loaded = await loadSiteContent(root);
  if (!loaded.ok) {
    console.error(`${formatContentErrors(loaded.errors)}\nHerstel eerst de inhoud; daarna kun je een release maken.`);
    process.exit(1);
  }
  const plan = planRelease(version, loaded.content.releases, today);
  if (!plan.ok) {
    console.error(`Geen nieuwe release gemaakt: ${plan.reason}\nGebruik: npm run release -- <versie>, of npm run release -- publish <versie>`);
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
  console.log(`Pas de pagina's en release.md aan. Publiceren doe je met: npm run release -- publish ${plan.version}`);
}
