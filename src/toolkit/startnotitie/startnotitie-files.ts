import { docxPackage } from "./docx-package.ts";
import { odtPackage } from "./odt-package.ts";
import { startnotitieDocument } from "./startnotitie-document.ts";
import { emptyState } from "./startnotitie-state.ts";
import type { StartnotitieView } from "./startnotitie-view.ts";

/** The data each startnotitie page's script fetches: a file of its own, so the page carries only its form. */
export function startnotitieDataFiles(views: readonly StartnotitieView[]): { url: string; bytes: Uint8Array }[] {
  return views.map((view) => ({ url: view.data.url, bytes: new TextEncoder().encode(view.data.text) }));
}

/**
 * The empty startnotitie of each release as ODT and DOCX, for readers without JavaScript: the same document the page
 * makes, dated by the release's state (ZIP entries and properties), so every build writes the same bytes.
 */
export function emptyStartnotities(views: readonly StartnotitieView[]): { url: string; bytes: Uint8Array }[] {
  return views.flatMap((view) => {
    const document = startnotitieDocument(view.basis, emptyState(view.basis.reken.defaults));
    return [
      { url: view.empty.odt, bytes: odtPackage(document) },
      { url: view.empty.docx, bytes: docxPackage(document) },
    ];
  });
}
