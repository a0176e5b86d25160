// npm run bench: generates a synthetic corpus (10 releases × 400 pages, 300 episodes) with the kept documents of its
// published releases (made once, by one production build), then builds it with the production pipeline interleaved
// (baseline, ours cold, ours warm; again …) with bare Eleventy + the Pagefind CLI on the same number of pages; then
// the making of one new state's documents against Chromium alone, the dev loop on it and on a 2-release corpus of the
// same shape, the search payload in Chromium via nginx, and the feed. Each ratio goal is the median of the per-pair
// ratios, so a noisy moment on this shared machine hits both sides of a pair. Prints every goal of issue 34 beside its
// figure, and the step table of the cold and warm builds with each step's floor (scripts/bench/floors.ts). Needs GNU
// time, Chromium and nginx (as the browser tests). Figures go to stdout. Options: --small (a smoke run on small corpora), --pairs=N (default 5).
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { baselineSite } from "./bench/baseline.ts";
import { FULL_SIZE, SMALL_SIZE, syntheticCorpus, twoReleaseSize, type CorpusSize } from "./bench/corpus.ts";
import { keepCorpusDocuments } from "./bench/kept-corpus.ts";
import { copySeconds, readSeconds, stepFloors } from "./bench/floors.ts";
import { median, pairRatios, timed, type RatioSummary, type RunCost } from "./bench/measure.ts";
import { measureNewState, type NewStateCost } from "./bench/new-state.ts";
import { formatStepTable, stepRows, withStart, type StepSeconds } from "./bench/step-table.ts";
import { publishedUrls } from "../src/build/published-urls.ts";
import { GENERATION_FILE, type Generation } from "../src/dev/generation-file.ts";
import { formatLedger, LEDGER_FILE } from "../src/content/ledger.ts";
import { lockFile } from "../src/content/locks.ts";
import { loadSiteContent } from "../src/content/load-site-content.ts";
import { listFiles } from "../src/files/list-files.ts";
import { buildFeed } from "../src/podcast/feed.ts";
import { buildPodcastView } from "../src/podcast/podcast-view.ts";
import { buildToolkitView } from "../src/toolkit/toolkit-view.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { startNginx } from "../tests/helpers/nginx.ts";
import { searchCost } from "../tests/helpers/search-cost.ts";

const project = process.cwd();
const small = process.argv.includes("--small");
const pairs = Number(process.argv.find((arg) => arg.startsWith("--pairs="))?.slice(8) ?? 5);
const size = small ? SMALL_SIZE : FULL_SIZE;
const twoSize = twoReleaseSize(size);
const node = process.execPath;
const tsx = path.join(project, "node_modules", "tsx", "dist", "loader.mjs");
const eleventyCli = path.join(project, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const pagefindCli = path.join(project, "node_modules", ".bin", "pagefind");
const missed: string[] = [];

async function writeTree(root: string, files: Map<string, string | Uint8Array>): Promise<void> {
  for (const [file, data] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), data);
  }
}

/** Prints one figure with its goal beside it, and remembers a missed goal. */
function report(name: string, value: string, goal?: { text: string; met: boolean }): void {
  if (goal && !goal.met) missed.push(name);
  console.log(`${name}: ${value}${goal ? ` — doel ${goal.text}: ${goal.met ? "gehaald" : "NIET gehaald"}` : ""}`);
}

const ratioText = (ratio: RatioSummary): string => `${ratio.median.toFixed(2)}× (min ${ratio.min.toFixed(2)}, max ${ratio.max.toFixed(2)})`;
const spread = (values: readonly number[], unit: string, digits = 1): string =>
  `mediaan ${median(values).toFixed(digits)} ${unit} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

// Inside the project, because Eleventy's watcher does not follow folders outside its working directory.
await mkdir(path.join(project, "bench-work"), { recursive: true });
const work = await mkdtemp(path.join(project, "bench-work", "run-"));
try {
  const audio = await Promise.all(
    [1, 2].map(async (n) => ({ bytes: await readFile(path.join(project, "scripts", "bench-audio", `audio-${n}.mp3`)), duration: 5.6 })),
  );
  const timingsFile = path.join(work, "timings.json");
  /** One production build of the corpus in `dir`, with its wall time, peak memory and seconds per step (`start`: the rest). */
  const build = (dir: string) => async (): Promise<RunCost & { steps: StepSeconds }> => {
    const cost = await timed(node, ["--import", tsx, path.join(project, "scripts", "build.ts"), `--timings=${timingsFile}`], { cwd: dir });
    return { ...cost, steps: withStart(JSON.parse(await readFile(timingsFile, "utf8")) as Record<string, number>, cost.seconds) };
  };
  /** Writes a corpus of `corpusSize` into `dir` and keeps its documents, as publishing does; the build that kept them is the first. */
  const generate = async (dir: string, corpusSize: CorpusSize): Promise<void> => {
    await writeTree(dir, syntheticCorpus(corpusSize, audio));
    const versions = Array.from({ length: corpusSize.releases }, (_, index) => `${index + 1}.0`);
    const kept = await keepCorpusDocuments(dir, versions, build(dir));
    console.log(
      `Corpus: ${corpusSize.releases} releases × ${corpusSize.pagesPerRelease} pagina's, ${corpusSize.episodes} afleveringen, ${kept.files} bewaarde documenten (${(kept.bytes / 1e6).toFixed(1)} MB, eenmalig gemaakt)`,
    );
  };
  const corpus = path.join(work, "corpus");
  const ours = build(corpus);
  // One build first, that makes and keeps the documents of every release and warms the file cache for both sides.
  await generate(corpus, size);
  console.log(`${pairs} paren (baseline, koud, warm)`);
  const baselineDir = path.join(work, "baseline");
  const baseline = async (): Promise<RunCost & { eleventy: number; pagefind: number }> => {
    await rm(path.join(baselineDir, "_site"), { recursive: true, force: true });
    const eleventy = await timed(node, [eleventyCli, "--config=eleventy.config.mjs", "--quiet"], { cwd: baselineDir });
    const pagefind = await timed(pagefindCli, ["--site", "_site", "--force-language", "nl"], { cwd: baselineDir });
    return {
      seconds: eleventy.seconds + pagefind.seconds,
      peakMb: Math.max(eleventy.peakMb, pagefind.peakMb),
      eleventy: eleventy.seconds,
      pagefind: pagefind.seconds,
    };
  };

  // What the first build published becomes the ledger, so that every later build checks every address, as on a site
  // with this history; its pages are counted for the baseline.
  const builtFiles = await listFiles(path.join(corpus, "_site"));
  await writeFile(path.join(corpus, LEDGER_FILE), formatLedger(publishedUrls(builtFiles)));
  const htmlPages = builtFiles.filter((file) => file.endsWith(".html")).length;
  await writeTree(baselineDir, baselineSite(htmlPages));
  report("HTML-pagina's per build", String(htmlPages));

  const base: (RunCost & { eleventy: number; pagefind: number })[] = [];
  const cold: (RunCost & { steps: StepSeconds })[] = [];
  const warm: (RunCost & { steps: StepSeconds })[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    base.push(await baseline());
    await rm(path.join(corpus, ".cache"), { recursive: true, force: true });
    await rm(path.join(corpus, "_site"), { recursive: true, force: true });
    cold.push(await ours());
    warm.push(await ours());
    console.log(
      `  paar ${pair + 1}: baseline ${base.at(-1)?.seconds.toFixed(1)} s, koud ${cold.at(-1)?.seconds.toFixed(1)} s, warm ${warm.at(-1)?.seconds.toFixed(1)} s`,
    );
  }
  const seconds = (runs: readonly RunCost[]): number[] => runs.map((run) => run.seconds);
  const memory = (runs: readonly RunCost[]): number[] => runs.map((run) => run.peakMb);
  const coldRatio = pairRatios(seconds(cold), seconds(base));
  const warmRatio = pairRatios(seconds(warm), seconds(base));
  const memoryRatio = pairRatios(memory(cold), memory(base));
  report("Baseline (Eleventy + Pagefind CLI)", `${spread(seconds(base), "s")}, piek ${spread(memory(base), "MB", 0)}`);
  report("Onze build, koud", `${spread(seconds(cold), "s")}, ${ratioText(coldRatio)} de baseline`, { text: "≤ 1,5×", met: coldRatio.median <= 1.5 });
  report("Onze build, warm (niets veranderd)", `${spread(seconds(warm), "s")}, ${ratioText(warmRatio)} de baseline`, {
    text: "≤ 0,6×",
    met: warmRatio.median <= 0.6,
  });
  report("Piekgeheugen, koud", `${spread(memory(cold), "MB", 0)}, ${ratioText(memoryRatio)} de baseline`, { text: "≤ 1,5×", met: memoryRatio.median <= 1.5 });
  const floors = stepFloors({
    start: (await timed(node, ["-e", ""], { cwd: corpus })).seconds,
    startTsx: (await timed(node, ["--import", tsx, "-e", ""], { cwd: corpus })).seconds,
    readContent: await readSeconds(corpus, ["content", "_data"]),
    readKept: await readSeconds(corpus, ["bewaard"]),
    copyKept: await copySeconds(path.join(corpus, "bewaard"), path.join(work, "kept-copy")),
    eleventy: median(base.map((run) => run.eleventy)),
    pagefind: median(base.map((run) => run.pagefind)),
  });
  console.log("Waar de tijd van een build heen gaat (mediaan per stap; vloer: het minste wat de stap kan kosten, waar die meer dan 1 s scheelt):");
  for (const line of formatStepTable(
    stepRows(
      cold.map((run) => run.steps),
      warm.map((run) => run.steps),
      floors,
    ),
  ))
    console.log(line);

  const loaded = await loadSiteContent(corpus);
  if (!loaded.ok) throw new Error("synthetic corpus is invalid");
  const toolkit = buildToolkitView(loaded.content, "production");
  const podcast = buildPodcastView(loaded.content, toolkit.releases, "https://bench.bouwdepot.example");
  const feedTimes: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    buildFeed(podcast.channel, podcast.feedEpisodes);
    feedTimes.push(performance.now() - started);
  }
  report(`Feed voor ${podcast.feedEpisodes.length} afleveringen`, `${median(feedTimes).toFixed(0)} ms`, { text: "≤ 200 ms", met: median(feedTimes) <= 200 });

  const newStates: NewStateCost[] = [];
  for (let pair = 0; pair < pairs; pair += 1) newStates.push(await measureNewState(path.join(corpus, "_site"), `${size.releases}.0`, launchBrowser));
  const newStateRatio = pairRatios(
    newStates.map((cost) => cost.ours),
    newStates.map((cost) => cost.chromium),
  );
  const layouts = newStates[0]?.layouts;
  report(
    "Documenten van één nieuwe stand (PDF, samenvatting, archiefkopie)",
    `${spread(
      newStates.map((cost) => cost.ours),
      "s",
    )}; Chromium alleen (${layouts?.edition ?? 0} + ${layouts?.summary ?? 0} opmaakrondes) ${spread(
      newStates.map((cost) => cost.chromium),
      "s",
    )}; ${ratioText(newStateRatio)}`,
    { text: "≤ 1,15×", met: newStateRatio.median <= 1.15 },
  );

  const dev = await devLoop(corpus, path.join(work, "dev-out"), size.releases);
  const twoCorpus = path.join(work, "corpus-2");
  await generate(twoCorpus, twoSize);
  const twoDev = await devLoop(twoCorpus, path.join(work, "dev-out-2"), twoSize.releases);
  const saveRatio = median(dev.saves) / median(twoDev.saves);
  const saveFloor = median(dev.renders) + 50;
  report(`Dev-server: opslaan → pagina op schijf, ${size.releases} releases`, `${spread(dev.saves, "ms", 0)} over ${dev.saves.length} keer opslaan`, {
    text: `≤ Eleventy's eigen render van de veranderde pagina's (${spread(dev.renders, "ms", 0)}) + 50 ms`,
    met: median(dev.saves) <= saveFloor,
  });
  report(`Dev-server: opslaan → pagina op schijf, ${twoSize.releases} releases`, `${spread(twoDev.saves, "ms", 0)} over ${twoDev.saves.length} keer opslaan`);
  report(`Dev-server: opslaan, ${size.releases} ÷ ${twoSize.releases} releases`, `${saveRatio.toFixed(2)}× (medianen)`, {
    text: "≤ 1,5×",
    met: saveRatio <= 1.5,
  });

  const search = await searchPayload(path.join(corpus, "_site"), `/toolkit/${size.releases}.0/randvoorwaarden/`);
  report("Zoeken: eerste resultaten (de release die je leest)", `${search.firstKb.toFixed(1)} KB over de lijn`, { text: "≤ 90 KB", met: search.firstKb <= 90 });
  report("Zoeken: volledige lijst (met podcast en site)", `${search.completeKb.toFixed(1)} KB over de lijn`, {
    text: "≤ 115 KB",
    met: search.completeKb <= 115,
  });
  report("Zoeken: tweede zoekvraag", `${search.secondKb.toFixed(1)} KB over de lijn`, { text: "≤ 35 KB", met: search.secondKb <= 35 });
  report("Zoeken: laatste toets → resultaten", `${spread(search.times, "ms", 0)} over ${search.times.length} zoekvragen`, {
    text: "≤ 100 ms",
    met: median(search.times) <= 100,
  });

  console.log(
    `\nMachine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(missed.length === 0 ? "Alle doelen gehaald." : `Niet gehaald: ${missed.join("; ")}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/**
 * Starts the dev server on a corpus of `releases` releases, saves one page several times and measures until the
 * rebuilt page is on disk; with each save, the milliseconds Eleventy itself took for the pages it changed (from the
 * generation file of the build the save caused).
 */
async function devLoop(root: string, output: string, releases: number): Promise<{ saves: number[]; renders: number[] }> {
  // Editors edit the concept release (a published one is locked): the newest release becomes one for the dev loop.
  const concept = `${releases}.0`;
  const releaseMd = path.join(root, "content", "toolkit", concept, "release.md");
  await writeFile(releaseMd, (await readFile(releaseMd, "utf8")).replace("status: released", "status: concept"));
  await rm(path.join(root, lockFile(concept)));
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const server = spawn(node, [eleventyCli, "--serve", `--port=${port}`, `--output=${output}`], { cwd: project, env: { ...process.env, BOUWDEPOT_ROOT: root } });
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const waitFor = async (predicate: () => boolean | Promise<boolean>, timeout: number): Promise<void> => {
    const started = Date.now();
    while (!(await predicate())) {
      if (Date.now() - started > timeout) throw new Error(`dev server timed out:\n${log.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  try {
    await waitFor(() => log.includes("Watching"), 300_000);
    const page = (await listFiles(path.join(root, "content", "toolkit", concept, "aanpak")))[0] ?? "";
    const source = path.join(root, "content", "toolkit", concept, "aanpak", page);
    const built = path.join(output, "toolkit", concept, "aanpak", page.replace(/\.md$/, ""), "index.html");
    const original = await readFile(source, "utf8");
    // Each save starts on an idle server: after the build it caused, its "Zie ook" ranking and search index are done.
    const generation = async (): Promise<Generation> =>
      JSON.parse(await readFile(path.join(output, GENERATION_FILE), "utf8").catch(() => '{"generation":0,"settled":false}')) as Generation;
    const times: number[] = [];
    const renders: number[] = [];
    for (let run = 0; run < Math.max(5, pairs); run += 1) {
      await waitFor(async () => (await generation()).settled, 300_000);
      const before = (await generation()).generation;
      const marker = `bench-marker-${run}-${Date.now()}`;
      const started = performance.now();
      await writeFile(source, `${original}\n${marker}\n`);
      await waitFor(async () => (await readFile(built, "utf8").catch(() => "")).includes(marker), 120_000);
      times.push(performance.now() - started);
      await waitFor(async () => (await generation()).generation > before, 120_000);
      renders.push((await generation()).renderMs ?? Number.NaN);
    }
    await writeFile(source, original);
    return { saves: times, renders };
  } finally {
    server.kill("SIGTERM");
  }
}

/** Bytes over the wire and time to results for queries typed in the header of a toolkit page, in Chromium via nginx. */
async function searchPayload(siteDir: string, pageUrl: string): Promise<{ firstKb: number; completeKb: number; secondKb: number; times: number[] }> {
  const nginx = await startNginx(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${nginx.baseUrl}${pageUrl}`);
    const first = await searchCost(page, "schuld");
    const second = await searchCost(page, "gemeente");
    const more = [await searchCost(page, "bouwplan"), await searchCost(page, "begeleider"), await searchCost(page, "woning")];
    return { firstKb: first.firstKb, completeKb: first.completeKb, secondKb: second.completeKb, times: [first, second, ...more].map((cost) => cost.ms) };
  } finally {
    await browser.close();
    await nginx.stop();
  }
}
