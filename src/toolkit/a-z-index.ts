/** One letter of the A–Z list with its pages. */
export interface AzGroup {
  /** The capital letter, or "#" for titles that start with a digit or sign. */
  letter: string;
  /** Pages under this letter, by title. */
  pages: { title: string; url: string; section: string }[];
}

/** Dutch alphabetical order, ignoring case and accents; one collator, as `localeCompare` would make one per call. */
const DUTCH = new Intl.Collator("nl", { sensitivity: "base" });

/** Groups pages by the first letter of their title, in Dutch alphabetical order. */
export function azIndex(pages: readonly { title: string; url: string; section: string }[]): AzGroup[] {
  const sorted = [...pages].sort((a, b) => DUTCH.compare(a.title, b.title));
  const groups = new Map<string, AzGroup>();
  for (const page of sorted) {
    const first = page.title.normalize("NFKD").charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : "#";
    const group = groups.get(letter) ?? { letter, pages: [] };
    group.pages.push(page);
    groups.set(letter, group);
  }
  return [...groups.values()].sort((a, b) => (a.letter === "#" ? -1 : b.letter === "#" ? 1 : a.letter.localeCompare(b.letter)));
}
