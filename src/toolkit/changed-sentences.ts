import { markdownBlocks } from "../content/markdown-text.ts";
import { endSentence, endsSentence } from "../format/sentence-end.ts";

/** A sentence of a block, and whether it is the block's last. */
interface Sentence {
  /** The sentence as readers see it. */
  text: string;
  /** The element of its block: "p", "li", "h2", …. */
  tag: string;
  /** True for the last sentence of its block. */
  ends: boolean;
}

/** What a replacement changed in the text readers see: the sentences before and after; "" when there were none. */
export interface ChangedSentences {
  /** The sentences that were replaced or removed. */
  before: string;
  /** The sentences that replaced them, or were added. */
  after: string;
}

/** A sentence ends at a full stop, question or exclamation mark followed by a space and a capital, digit or quote. */
const BOUNDARY = /(?<=[.!?][”"’')]*)\s+(?=[\p{Lu}\d„"‘'(#€])/u;

/**
 * The sentences that differ between two pieces of Markdown, as readers see them: sentences both share at the start and
 * at the end are left out. A passage that starts or stops mid-sentence (the erratum quoted a part) gets "…" there.
 */
export function changedSentences(wrong: string, right: string): ChangedSentences {
  const [old, now] = [sentences(wrong), sentences(right)];
  let start = 0;
  while (start < old.length && start < now.length && old[start]?.text === now[start]?.text) start += 1;
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end]?.text === now[now.length - 1 - end]?.text) end += 1;
  return { before: passage(old, start, old.length - end), after: passage(now, start, now.length - end) };
}

function sentences(markdown: string): Sentence[] {
  return markdownBlocks(markdown).flatMap((block) =>
    block.text.split(BOUNDARY).map((text, index, all) => ({ text, tag: block.tag, ends: index === all.length - 1 })),
  );
}

function passage(list: readonly Sentence[], from: number, to: number): string {
  const kept = list.slice(from, to);
  const last = kept.at(-1);
  if (!last) return "";
  const text = kept.map((sentence) => (sentence.ends && sentence !== last ? endSentence(sentence.text) : sentence.text)).join(" ");
  const opensMid = from === 0 && /^\p{Ll}/u.test(text);
  const stopsMid = to === list.length && last.tag === "p" && !endsSentence(last.text);
  return `${opensMid ? "…" : ""}${text}${stopsMid ? "…" : ""}`;
}
