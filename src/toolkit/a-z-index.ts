/** One letter of the A–Z list with its pages. */
export interface AzGroup {
  /** The capital letter, or "#" for titles that start with a digit or sign. */
  letter: string;
  /** Pages under this letter, by title. */
  pages: { title: string; url: string; section: string }[];
}

/** Dutch alphabetical order, ignoring case and accents; one collator, as `localeCompare` would make one per call. */
const DUTCH = new Intl.Collator("nl", { sensitivity: "base" });

/** A leading Dutch article with the space after it: "De ", "Het ", "Een ", "'t " (any case, straight or curly apostrophe). */
const ARTICLE = /^(?:de|het|een|['’]t)\s+(?=\S)/iu;

/** The part of a title a reader looks it up by: the title without a leading article ("De rol van …" → "rol van …"). */
export function sortTitle(title: string): string {
  return title.replace(ARTICLE, "");
}

/** Groups pages by the first letter after a leading article, in Dutch alphabetical order; titles are shown as they are. */
export function azIndex(pages: readonly { title: string; url: string; section: string }[]): AzGroup[] {
  const keyed = pages.map((page) => ({ page, key: sortTitle(page.title) }));
  const sorted = keyed.sort((a, b) => DUTCH.compare(a.key, b.key) || DUTCH.compare(a.page.title, b.page.title));
  const groups = new Map<string, AzGroup>();
  for (const { page, key } of sorted) {
    const first = key.normalize("NFKD").charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : "#";
    const group = groups.get(letter) ?? { letter, pages: [] };
    group.pages.push(page);
    groups.set(letter, group);
  }
  return [...groups.values()].sort((a, b) => (a.letter === "#" ? -1 : b.letter === "#" ? 1 : a.letter.localeCompare(b.letter)));
}
