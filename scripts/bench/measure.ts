import { spawn } from "node:child_process";

/** Wall time and peak memory of one process run. */
export interface RunCost {
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident memory in MB of the largest process of the run (GNU time's %M). */
  peakMb: number;
}

/** The spread of a set of ratios: their median, smallest and largest. */
export interface RatioSummary {
  /** Median of the ratios. */
  median: number;
  /** Smallest ratio. */
  min: number;
  /** Largest ratio. */
  max: number;
}

/** Runs a command under GNU time and returns its wall time and peak RSS; throws with its output when it fails. */
export function timed(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunCost> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "BENCH %e %M", command, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      const match = /BENCH ([\d.]+) (\d+)/.exec(output);
      if (code !== 0 || !match) reject(new Error(`${command} ${args.join(" ")} failed:\n${output.slice(-2000)}`));
      else resolve({ seconds: Number(match[1]), peakMb: Number(match[2]) / 1024 });
    });
  });
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median, min and max of the per-pair ratios ours[i] / baseline[i]: each pair ran side by side in time. */
export function pairRatios(ours: readonly number[], baseline: readonly number[]): RatioSummary {
  const ratios = ours.map((value, index) => value / (baseline[index] ?? Number.NaN));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}
