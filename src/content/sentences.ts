/** Dutch abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = [
  "bijv.",
  "bv.",
  "o.a.",
  "d.w.z.",
  "t/m",
  "ca.",
  "nr.",
  "e.d.",
  "enz.",
  "m.b.t.",
  "i.p.v.",
  "z.g.a.n.",
  "mr.",
  "dr.",
  "jl.",
  "incl.",
  "excl.",
  "max.",
  "min.",
  "resp.",
  "evt.",
];

const PLACEHOLDER = "\u0000";

/** Splits running Dutch text into sentences; abbreviations such as "bijv." and decimal numbers do not end one. */
export function splitSentences(text: string): string[] {
  let protectedText = text.replace(/\s+/g, " ");
  for (const abbreviation of ABBREVIATIONS) {
    const pattern = new RegExp(`(^|[\\s(])${abbreviation.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`, "gi");
    protectedText = protectedText.replace(pattern, (match) => match.replaceAll(".", PLACEHOLDER));
  }
  return protectedText
    .split(/(?<=[.!?])["'”’)]*\s+(?=["'“‘(]?[A-Z0-9À-Þ€])/u)
    .map((sentence) => sentence.replaceAll(PLACEHOLDER, ".").trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Counts the words of a sentence: runs of letters or digits, with inner hyphens, apostrophes, dots and commas. */
export function countWords(sentence: string): number {
  return sentence.match(/[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
