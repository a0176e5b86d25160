// The offline kit's service worker (/sw.js): saves a release as one unit when a reader asks, and serves it offline.
// Online it always asks the network first (and refreshes saved copies), so a reader never sees an old page there.

/** The parts of the service worker scope this worker uses; the DOM library of this project has no worker types. */
interface WorkerScope {
  addEventListener(type: "install" | "activate", listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
  addEventListener(type: "fetch", listener: (event: { request: Request; respondWith(response: Promise<Response>): void }) => void): void;
  addEventListener(
    type: "message",
    listener: (event: { data: unknown; source: { postMessage(message: unknown): void } | null; waitUntil(promise: Promise<unknown>): void }) => void,
  ): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: { origin: string };
}

/** A reader's request from the release home. */
interface Command {
  type: "save" | "remove";
  version: string;
}

const scope = self as unknown as WorkerScope;
const PREFIX = "bouwdepot-release-";
const revisionKey = (version: string): string => `/__offline/${version}/revision`;

scope.addEventListener("install", (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener("activate", (event) => event.waitUntil(scope.clients.claim()));

scope.addEventListener("message", (event) => {
  const command = event.data as Command;
  const reply = (message: object): void => event.source?.postMessage({ ...message, version: command.version });
  if (command.type === "save") event.waitUntil(save(command.version, reply).catch((error: unknown) => reply({ type: "failed", reason: String(error) })));
  if (command.type === "remove") event.waitUntil(caches.delete(`${PREFIX}${command.version}`).then(() => reply({ type: "removed" })));
});

/** Saves every address of the release's manifest, then drops what the manifest no longer lists. */
async function save(version: string, reply: (message: object) => void): Promise<void> {
  const response = await fetch(`/toolkit/${version}/offline.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`geen lijst van bestanden (${response.status})`);
  const manifest = (await response.json()) as { revision: string; urls: string[] };
  const cache = await caches.open(`${PREFIX}${version}`);
  let done = 0;
  for (const url of manifest.urls) {
    const file = await fetch(url, { cache: "no-cache" });
    if (!file.ok) throw new Error(`${url} gaf ${file.status}`);
    await cache.put(url, file);
    done += 1;
    if (done % 10 === 0 || done === manifest.urls.length) reply({ type: "progress", done, total: manifest.urls.length });
  }
  const wanted = new Set(manifest.urls.map((url) => new URL(url, scope.location.origin).href));
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  await cache.put(revisionKey(version), new Response(manifest.revision));
  reply({ type: "saved", revision: manifest.revision });
}

scope.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== scope.location.origin) return;
  event.respondWith(answer(request));
});

/** Network first; offline, the saved copy (a page's query string ignored), else for a page the offline page. */
async function answer(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.status === 200) await refresh(request, response.clone());
    return response;
  } catch (error) {
    const saved = await caches.match(request, { ignoreSearch: true });
    if (saved) return saved;
    const offline = request.mode === "navigate" ? await caches.match("/offline/") : undefined;
    if (offline) return offline;
    throw error;
  }
}

/** Keeps a saved copy current: a page fetched online replaces the copy in every saved release that holds it. */
async function refresh(request: Request, response: Response): Promise<void> {
  const url = new URL(request.url);
  url.search = "";
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const cache = await caches.open(name);
    if (await cache.match(url.href)) await cache.put(url.href, response.clone());
  }
}
