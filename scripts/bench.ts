// npm run bench: builds a synthetic corpus (10 releases × 400 pages, 300 episodes) with the production pipeline, cold and
// warm, against bare Eleventy + the Pagefind CLI on the same number of pages; measures the dev loop, the search payload
// in Chromium via nginx, and the feed. Needs GNU time, Chromium and nginx (as the browser tests). Figures go to stdout.
// Options: --small (a quick smoke run), --runs=N (default 3).
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { baselineSite } from "./bench/baseline.ts";
import { FULL_SIZE, syntheticCorpus } from "./bench/corpus.ts";
import { median, timed, type RunCost } from "./bench/measure.ts";
import { loadSiteContent } from "../src/content/load-site-content.ts";
import { listFiles } from "../src/files/list-files.ts";
import { buildFeed } from "../src/podcast/feed.ts";
import { buildPodcastView } from "../src/podcast/podcast-view.ts";
import { buildToolkitView } from "../src/toolkit/toolkit-view.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { startNginx } from "../tests/helpers/nginx.ts";

const project = process.cwd();
const small = process.argv.includes("--small");
const runs = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice(7) ?? 3);
const size = small ? { releases: 2, pagesPerRelease: 40, episodes: 12 } : FULL_SIZE;
const node = process.execPath;
const tsx = path.join(project, "node_modules", "tsx", "dist", "loader.mjs");
const eleventyCli = path.join(project, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const pagefindCli = path.join(project, "node_modules", ".bin", "pagefind");
const results: { name: string; value: string; goal: string; ok: boolean | undefined }[] = [];

async function writeTree(root: string, files: Map<string, string | Uint8Array>): Promise<void> {
  for (const [file, data] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), data);
  }
}

function report(name: string, value: string, goal = "", ok?: boolean): void {
  results.push({ name, value, goal, ok });
  console.log(`${name}: ${value}${goal ? ` (doel ${goal}${ok === undefined ? "" : ok ? ", gehaald" : ", NIET gehaald"})` : ""}`);
}

// Inside the project, because Eleventy's watcher does not follow folders outside its working directory.
await mkdir(path.join(project, "bench-work"), { recursive: true });
const work = await mkdtemp(path.join(project, "bench-work", "run-"));
try {
  const audio = await Promise.all([1, 2].map(async (n) => ({ bytes: await readFile(path.join(project, "scripts", "bench-audio", `audio-${n}.mp3`)), duration: 5.6 })));
  const corpus = path.join(work, "corpus");
  await writeTree(corpus, syntheticCorpus(size, audio));
  console.log(`Corpus: ${size.releases} releases × ${size.pagesPerRelease} pagina's, ${size.episodes} afleveringen in ${corpus}`);

  const build = (): Promise<RunCost> => timed(node, ["--import", tsx, path.join(project, "scripts", "build.ts")], { cwd: corpus });
  const cold: RunCost[] = [];
  for (let run = 0; run < runs; run += 1) {
    await rm(path.join(corpus, ".cache"), { recursive: true, force: true });
    await rm(path.join(corpus, "_site"), { recursive: true, force: true });
    cold.push(await build());
  }
  const warm: RunCost[] = [];
  for (let run = 0; run < runs; run += 1) warm.push(await build());
  const htmlPages = (await listFiles(path.join(corpus, "_site"))).filter((file) => file.endsWith(".html")).length;

  const baseline = path.join(work, "baseline");
  await writeTree(baseline, baselineSite(htmlPages));
  const base: RunCost[] = [];
  for (let run = 0; run < runs; run += 1) {
    await rm(path.join(baseline, "_site"), { recursive: true, force: true });
    const eleventy = await timed(node, [eleventyCli, "--config=eleventy.config.mjs", "--quiet"], { cwd: baseline });
    const pagefind = await timed(pagefindCli, ["--site", "_site", "--force-language", "nl"], { cwd: baseline });
    base.push({ seconds: eleventy.seconds + pagefind.seconds, peakMb: Math.max(eleventy.peakMb, pagefind.peakMb) });
  }
  const baseSeconds = median(base.map((run) => run.seconds));
  const coldSeconds = median(cold.map((run) => run.seconds));
  const warmSeconds = median(warm.map((run) => run.seconds));
  report("HTML-pagina's per build", String(htmlPages));
  report("Baseline (Eleventy + Pagefind CLI)", `${baseSeconds.toFixed(1)} s, piek ${median(base.map((run) => run.peakMb)).toFixed(0)} MB`);
  report("Onze build, koud", `${coldSeconds.toFixed(1)} s, piek ${median(cold.map((run) => run.peakMb)).toFixed(0)} MB, ${(coldSeconds / baseSeconds).toFixed(2)}× baseline`, "≤ 1,5×", coldSeconds / baseSeconds <= 1.5);
  report("Onze build, warm", `${warmSeconds.toFixed(1)} s, piek ${median(warm.map((run) => run.peakMb)).toFixed(0)} MB, ${(warmSeconds / baseSeconds).toFixed(2)}× baseline`, "≤ 1,2×", warmSeconds / baseSeconds <= 1.2);

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
  const feedMs = median(feedTimes);
  report(`Feed voor ${podcast.feedEpisodes.length} afleveringen`, `${feedMs.toFixed(0)} ms`, "≤ 200 ms", feedMs <= 200);

  const devMs = await devLoop(corpus, path.join(work, "dev-out"));
  report("Dev-server: opslaan → pagina opnieuw gebouwd", `${devMs.toFixed(0)} ms (mediaan van ${runs})`, "≤ 300 ms", devMs <= 300);

  const search = await searchPayload(path.join(corpus, "_site"), `/toolkit/${size.releases}.0/randvoorwaarden/`);
  report("Zoeken, eerste zoekvraag", `${search.firstKb.toFixed(1)} KB over de lijn`, "≤ 100 KB", search.firstKb <= 100);
  report("Zoeken, tweede zoekvraag", `${search.secondKb.toFixed(1)} KB over de lijn`, "≤ 40 KB", search.secondKb <= 40);
  report("Zoeken, laatste toets → resultaten", `${search.medianMs.toFixed(0)} ms (mediaan)`, "≤ 100 ms", search.medianMs <= 100);

  console.log(`\nMachine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const missed = results.filter((result) => result.ok === false).map((result) => result.name);
  console.log(missed.length === 0 ? "Alle doelen gehaald." : `Niet gehaald: ${missed.join("; ")}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/** Starts the dev server on the corpus, saves one page a few times and measures until the rebuilt page is on disk. */
async function devLoop(root: string, output: string): Promise<number> {
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
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const page = (await listFiles(path.join(root, "content", "toolkit", "1.0", "aanpak")))[0] ?? "";
    const source = path.join(root, "content", "toolkit", "1.0", "aanpak", page);
    const built = path.join(output, "toolkit", "1.0", "aanpak", page.replace(/\.md$/, ""), "index.html");
    const original = await readFile(source, "utf8");
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const marker = `bench-marker-${run}-${Date.now()}`;
      const before = log.length;
      const started = performance.now();
      await writeFile(source, `${original}\n${marker}\n`);
      await waitFor(async () => (await readFile(built, "utf8").catch(() => "")).includes(marker), 120_000);
      times.push(performance.now() - started);
      await waitFor(() => log.slice(before).includes("Watching"), 120_000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await writeFile(source, original);
    return median(times);
  } finally {
    server.kill("SIGTERM");
  }
}

/** Bytes over the wire and time to results for two queries from a toolkit page, in Chromium via nginx. */
async function searchPayload(siteDir: string, pageUrl: string): Promise<{ firstKb: number; secondKb: number; medianMs: number }> {
  const nginx = await startNginx(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${nginx.baseUrl}${pageUrl}`);
    const measure = async (query: string): Promise<{ kb: number; ms: number }> => {
      const sizes: Promise<number>[] = [];
      const listener = (response: import("playwright-core").Response): void => {
        sizes.push(response.request().sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
      };
      page.on("response", listener);
      await page.locator("#zoekveld").fill("");
      await page.locator("#zoekveld").pressSequentially(query);
      const typed = performance.now();
      await page.waitForFunction((text) => document.querySelector(".search-panel__status")?.textContent?.includes(`"${text}"`) === true, query);
      const ms = performance.now() - typed;
      page.off("response", listener);
      return { kb: (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) / 1024, ms };
    };
    const first = await measure("schuld");
    const second = await measure("gemeente");
    const more = [await measure("bouwplan"), await measure("begeleider"), await measure("woning")];
    return { firstKb: first.kb, secondKb: second.kb, medianMs: median([first, second, ...more].map((entry) => entry.ms)) };
  } finally {
    await browser.close();
    await nginx.stop();
  }
}
