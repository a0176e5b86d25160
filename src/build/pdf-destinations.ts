import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The page (from 1) of each named destination of a PDF: Chromium names a destination after every element id that a
 * link of the document points to, so this is where each heading of the contents stands.
 *
 * Read with pdfjs-dist (5, the last major that runs on Node 20) rather than poppler's `pdfinfo -dests`: it reads the
 * destinations exactly, as data rather than printed text, and is an npm dependency, so a build machine needs no system
 * package beyond Chromium. The tests read the same PDFs with poppler, an independent reader.
 */
export async function pdfDestinations(pdf: Uint8Array): Promise<Map<string, number>> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages = new Map<string, number>();
    const destinations = (await document.getDestinations()) as Record<string, unknown[] | null>;
    for (const [name, destination] of Object.entries(destinations)) {
      const target = destination?.[0];
      if (target === undefined || target === null) continue;
      const index = typeof target === "number" ? target : await document.getPageIndex(target as Parameters<typeof document.getPageIndex>[0]);
      pages.set(name, index + 1);
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
