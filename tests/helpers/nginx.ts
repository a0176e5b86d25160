import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** A running nginx serving one built site with deploy/nginx.conf. */
export interface NginxServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:43121. */
  baseUrl: string;
  /** Stops nginx and removes its temp files. */
  stop: () => Promise<void>;
}

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const DEPLOY_ROOT = "/srv/bouwdepot/_site";

/** Starts nginx on a free loopback port with deploy/nginx.conf, wrapped in its own http {} with temp paths. */
export async function startNginx(siteDir: string): Promise<NginxServer> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}. Install it with "apt-get install nginx-light" or set NGINX_PATH.`);
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), "bouwdepot-nginx-"));
  const port = await freePort();
  const server = (await readFile(path.join(process.cwd(), "deploy", "nginx.conf"), "utf8"))
    .replaceAll(DEPLOY_ROOT, siteDir)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  const conf = [
    process.getuid?.() === 0 ? "user root;" : "",
    "worker_processes 1;",
    "daemon off;",
    `pid ${tmp}/nginx.pid;`,
    `error_log ${tmp}/error.log warn;`,
    "events { worker_connections 256; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    `  access_log ${tmp}/access.log;`,
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${tmp}/${kind};`),
    server,
    "}",
  ].join("\n");
  await writeFile(path.join(tmp, "nginx.conf"), conf);
  const child = spawn(NGINX, ["-p", tmp, "-c", path.join(tmp, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await waitForPort(port, child, () => stderr);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      });
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not start on port ${port}: ${stderr()}`);
}
