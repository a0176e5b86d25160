import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const TSX_LOADER = pathToFileURL(path.join(process.cwd(), "node_modules", "tsx", "dist", "loader.mjs")).href;

/** The result of running one of the project's command-line scripts. */
export interface ScriptResult {
  /** Exit code. */
  status: number | null;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/** Node's arguments that run scripts/<name>.ts through tsx, for tests that need the process itself. */
export function nodeArgs(name: string, args: string[] = []): string[] {
  return ["--import", TSX_LOADER, path.join(process.cwd(), "scripts", `${name}.ts`), ...args];
}

/** Runs scripts/<name>.ts through tsx with `cwd` as the site root, as `npm run <name>` does. */
export function runScript(name: string, cwd: string, args: string[] = []): ScriptResult {
  const result = spawnSync(process.execPath, nodeArgs(name, args), { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like runScript, without blocking the test process, so many runs can go side by side. */
export function runScriptAsync(name: string, cwd: string, args: string[] = []): Promise<ScriptResult> {
  const child = spawn(process.execPath, nodeArgs(name, args), { cwd, env: { ...process.env, NODE_OPTIONS: "" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}
