// Taking the startnotitie away: the ODT and DOCX writers with their ZIP library, and saving and opening a file. The page
// loads this only when a reader first downloads, saves or opens, so that the page itself stays small.
import { docxPackage } from "../../toolkit/startnotitie/docx-package.ts";
import { odtPackage } from "../../toolkit/startnotitie/odt-package.ts";
import type { OfficeDocument } from "../../toolkit/startnotitie/office-document.ts";
export { openSavedFile, savedFileText } from "../../toolkit/startnotitie/saved-file.ts";

/** The document as DOCX bytes. */
export function docxBytes(document: OfficeDocument): Uint8Array {
  return docxPackage(document);
}

/** The document as ODT bytes. */
export function odtBytes(document: OfficeDocument): Uint8Array {
  return odtPackage(document);
}
