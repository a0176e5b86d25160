// The DOCX writer, loaded by the startnotitie page only when a reader first downloads a DOCX.
import { docxPackage } from "../../toolkit/startnotitie/docx-package.ts";
import type { OfficeDocument } from "../../toolkit/startnotitie/office-document.ts";

/** The document as DOCX bytes. */
export function docxBytes(document: OfficeDocument): Uint8Array {
  return docxPackage(document);
}
