// The release home's offline kit: tells the size up front, saves the release through the service worker (/sw.js,
// registered by the first save), shows progress, updates a saved copy that an erratum made outdated, and removes it.
import type { OfflineManifest } from "../../toolkit/offline-files.ts";
import { megabytes } from "../../format/decimal.ts";

const box = document.querySelector<HTMLElement>("#offline");
const saveButton = document.querySelector<HTMLButtonElement>("#offline-bewaar");
const removeButton = document.querySelector<HTMLButtonElement>("#offline-verwijder");
const status = document.querySelector<HTMLElement>("#offline-status");

if (box && saveButton && removeButton && status && "serviceWorker" in navigator && "caches" in window) void start(box, saveButton, removeButton, status);

async function start(box: HTMLElement, saveButton: HTMLButtonElement, removeButton: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const version = box.dataset.version ?? "";
  const manifest = (await fetch(box.dataset.manifest ?? "", { cache: "no-cache" })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null)) as OfflineManifest | null;
  if (!manifest) return; // the dev server writes no manifest: the kit is for the built site
  const size = megabytes(manifest.bytes);
  saveButton.textContent = `Bewaar release ${version} voor offline gebruik (${size} MB)`;
  box.hidden = false;
  // Registered only when a reader saves a release: readers who never do get no service worker.
  const worker = async (): Promise<ServiceWorker | null> => {
    const registration = (await navigator.serviceWorker.getRegistration("/")) ?? (await navigator.serviceWorker.register("/sw.js", { scope: "/" }));
    return (await navigator.serviceWorker.ready).active ?? registration.active;
  };
  const savedRevision = async (): Promise<string | undefined> => (await caches.match(`/__offline/${version}/revision`))?.text();
  const show = (saved: boolean, text: string): void => {
    removeButton.hidden = !saved;
    status.textContent = text;
  };
  const save = async (): Promise<void> => {
    saveButton.disabled = true;
    show(false, `Bezig met bewaren: 0 van ${manifest.urls.length} bestanden.`);
    (await worker())?.postMessage({ type: "save", version });
  };
  navigator.serviceWorker.addEventListener(
    "message",
    (event: MessageEvent<{ type: string; version: string; done?: number; total?: number; reason?: string }>) => {
      const message = event.data;
      if (message.version !== version) return;
      if (message.type === "progress") show(false, `Bezig met bewaren: ${message.done ?? 0} van ${message.total ?? 0} bestanden.`);
      if (message.type === "saved") show(true, `Release ${version} is bewaard. Je kunt haar nu ook zonder internet lezen en doorzoeken.`);
      if (message.type === "removed") show(false, `Release ${version} is niet meer bewaard op dit apparaat.`);
      if (message.type === "failed") show(false, `Bewaren is niet gelukt: ${message.reason ?? "onbekende fout"}. Probeer het opnieuw.`);
      if (message.type !== "progress") saveButton.disabled = false;
    },
  );
  saveButton.addEventListener("click", () => void save());
  removeButton.addEventListener("click", () => void worker().then((active) => active?.postMessage({ type: "remove", version })));
  const revision = await savedRevision();
  if (revision === manifest.revision) show(true, `Release ${version} is bewaard voor offline gebruik.`);
  else if (revision !== undefined) await save(); // an erratum or correction changed the release: bring the copy up to date
}
