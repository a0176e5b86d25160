import { docxPackage } from "./docx-package.ts";
import { odtPackage } from "./odt-package.ts";
import { startnotitieDocument } from "./startnotitie-document.ts";
import { emptyState } from "./startnotitie-state.ts";
import type { StartnotitieView } from "./startnotitie-view.ts";

/** A file a build publishes. */
type PublishedFile = { url: string; bytes: Uint8Array };

/** The files made from each frozen view, by kind: a frozen view cannot change, so neither can what is made from it. */
const madeFrom = new WeakMap<StartnotitieView, Map<string, PublishedFile[]>>();

/**
 * The files `make` makes from `view`, made once per frozen view (the dev server keeps an unchanged view as the same
 * frozen object between saves, so a save does not pack every release's documents again).
 */
function filesOf(kind: string, view: StartnotitieView, make: () => PublishedFile[]): PublishedFile[] {
  if (!Object.isFrozen(view)) return make();
  const byKind = madeFrom.get(view) ?? new Map<string, PublishedFile[]>();
  madeFrom.set(view, byKind);
  const known = byKind.get(kind) ?? make();
  byKind.set(kind, known);
  return known;
}

/** The data each startnotitie page's script fetches: a file of its own, so the page carries only its form. */
export function startnotitieDataFiles(views: readonly StartnotitieView[]): PublishedFile[] {
  return views.flatMap((view) => filesOf("data", view, () => [{ url: view.data.url, bytes: new TextEncoder().encode(view.data.text) }]));
}

/**
 * The empty startnotitie of each release as ODT and DOCX, for readers without JavaScript: the same document the page
 * makes, dated by the release's state (ZIP entries and properties), so every build writes the same bytes.
 */
export function emptyStartnotities(views: readonly StartnotitieView[]): PublishedFile[] {
  return views.flatMap((view) =>
    filesOf("empty", view, () => {
      const document = startnotitieDocument(view.basis, emptyState(view.basis.reken.defaults));
      return [
        { url: view.empty.odt, bytes: odtPackage(document) },
        { url: view.empty.docx, bytes: docxPackage(document) },
      ];
    }),
  );
}
