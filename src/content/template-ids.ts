/** Element ids that the page templates use themselves; content headings that would get one are renamed. */
export const TEMPLATE_IDS = new Set([
  "inhoud",
  "bronnen",
  "citeer",
  "contact",
  "afwijkingen",
  "leerdoelen",
  "materialen",
  "programma",
  "kernelementen",
  "resultaten",
  "secties",
  "releasenotities",
  "huidige-release",
]);
