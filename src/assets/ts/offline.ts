// The release home's offline kit: tells the size up front, saves the release through the service worker (/sw.js,
// registered by the first save), shows progress, updates a saved copy that an erratum made outdated, and removes it.
// Each state (offline-state.ts) sets the buttons, the status line, the progress bar and `data-state` on the box.
import type { OfflineManifest } from "../../toolkit/offline-files.ts";
import { megabytes } from "../../format/decimal.ts";
import { offlineLook, type OfflineState } from "./offline-state.ts";

const box = document.querySelector<HTMLElement>("#offline");
const saveButton = document.querySelector<HTMLButtonElement>("#offline-bewaar");
const removeButton = document.querySelector<HTMLButtonElement>("#offline-verwijder");
const status = document.querySelector<HTMLElement>("#offline-status");
const progress = document.querySelector<HTMLProgressElement>("#offline-voortgang");

if (box && saveButton && removeButton && status && "serviceWorker" in navigator && "caches" in window) void start(box, saveButton, removeButton, status);

async function start(box: HTMLElement, saveButton: HTMLButtonElement, removeButton: HTMLButtonElement, status: HTMLElement): Promise<void> {
  const version = box.dataset.version ?? "";
  const manifest = (await fetch(box.dataset.manifest ?? "", { cache: "no-cache" })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null)) as OfflineManifest | null;
  if (!manifest) return; // the dev server writes no manifest: the kit is for the built site
  const size = megabytes(manifest.bytes);
  const show = (state: OfflineState): void => {
    const look = offlineLook(state, version, size);
    box.dataset.state = look.state;
    saveButton.textContent = look.saveLabel;
    saveButton.hidden = look.saveHidden;
    saveButton.disabled = look.saveDisabled;
    removeButton.hidden = look.removeHidden;
    status.textContent = look.status;
    if (progress) {
      progress.hidden = look.progress === null;
      progress.max = Math.max(1, look.progress?.total ?? 1);
      progress.value = look.progress?.done ?? 0;
    }
  };
  // Registered only when a reader saves a release: readers who never do get no service worker.
  const worker = async (): Promise<ServiceWorker | null> => {
    const registration = (await navigator.serviceWorker.getRegistration("/")) ?? (await navigator.serviceWorker.register("/sw.js", { scope: "/" }));
    return (await navigator.serviceWorker.ready).active ?? registration.active;
  };
  const savedRevision = async (): Promise<string | undefined> => (await caches.match(`/__offline/${version}/revision`))?.text();
  const save = async (state: OfflineState): Promise<void> => {
    show(state);
    (await worker())?.postMessage({ type: "save", version });
  };
  navigator.serviceWorker.addEventListener(
    "message",
    (event: MessageEvent<{ type: string; version: string; done?: number; total?: number; reason?: string }>) => {
      const message = event.data;
      if (message.version !== version) return;
      if (message.type === "progress") show({ kind: "bezig", done: message.done ?? 0, total: message.total ?? 0 });
      if (message.type === "saved") show({ kind: "bewaard" });
      if (message.type === "removed") show({ kind: "verwijderd" });
      if (message.type === "failed") show({ kind: "mislukt", reason: message.reason ?? "onbekende fout" });
    },
  );
  saveButton.addEventListener("click", () => void save({ kind: "bezig", done: 0, total: manifest.urls.length }));
  removeButton.addEventListener("click", () => void worker().then((active) => active?.postMessage({ type: "remove", version })));
  const revision = await savedRevision();
  const outdated = revision !== undefined && revision !== manifest.revision;
  show(revision === undefined ? { kind: "niet-bewaard" } : outdated ? { kind: "bijwerken" } : { kind: "bewaard" });
  box.hidden = false;
  if (outdated) await save({ kind: "bijwerken" }); // an erratum or correction changed the release: bring the copy up to date
}
