import { spawnSync } from "node:child_process";
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

/** Runs scripts/<name>.ts through tsx with `cwd` as the site root, as `npm run <name>` does. */
export function runScript(name: string, cwd: string, args: string[] = []): ScriptResult {
  const script = path.join(process.cwd(), "scripts", `${name}.ts`);
  const result = spawnSync(process.execPath, ["--import", TSX_LOADER, script, ...args], { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
