import { createHash } from "node:crypto";
import { diffArrays } from "diff";
import type { ToolkitPage } from "../content/model.ts";
import { SECTION_INFO, SECTIONS, type SectionSlug } from "../content/sections.ts";
import { pageBlocks, type PageBlock } from "./page-blocks.ts";
import { pageFacts, type PageFact } from "./page-facts.ts";
import { sectionPages } from "./release-view.ts";
import { wordDiff, type DiffPart } from "./text-diff.ts";

/** A page as a comparison names it. */
export interface ComparedPage {
  /** The page's stable id. */
  id: string;
  /** Its title (in the newer release when it is in both). */
  title: string;
  /** Its section. */
  section: SectionSlug;
  /** The section's title. */
  sectionTitle: string;
  /** Its URL in the older release, or null when it is not there. */
  fromUrl: string | null;
  /** Its URL in the newer release, or null when it is not there. */
  toUrl: string | null;
  /** Its id in the older release when the newer release renamed it (declaring the old id in `aliases`), else null. */
  formerId: string | null;
}

/** A fact whose value differs, with a word diff from the old value to the new. */
export interface FactChange {
  /** The fact's label. */
  label: string;
  /** Word diff from the old value to the new; all `added` for a new fact, all `removed` for one that is gone. */
  parts: DiffPart[];
}

/** A block of the body that was removed, added or changed, in reading order of the newer release. */
export interface BlockChange {
  /** `removed`, `added` or `changed`. */
  change: "removed" | "added" | "changed";
  /** What kind of block. */
  kind: PageBlock["kind"];
  /** The heading the block stands under (newer release; the older one for a removed block), if any. */
  under: string | null;
  /** Word diff of the block's text. */
  parts: DiffPart[];
}

/** A page that is in both releases and shows readers something else. */
export interface PageChange extends ComparedPage {
  /** Facts that differ. */
  facts: FactChange[];
  /** Blocks of the body that differ. */
  blocks: BlockChange[];
  /** Words added and removed, facts and body together. */
  words: { added: number; removed: number };
}

/**
 * Block diffs remembered across builds (`.cache/`), by a hash of the HTML of both sides: the same two texts give the
 * same diff, so a warm build diffs again only the pages whose text changed (or all, when the code changed).
 */
export interface DiffStore {
  /** The block changes between two page bodies with this key, if known. */
  get(key: string): BlockChange[] | undefined;
  /** Remembers the block changes under their key. */
  set(key: string, blocks: BlockChange[]): void;
}

/** What changed from one release to another, page by page (by stable id), in the newer release's reading order. */
export interface ReleaseComparison {
  /** Pages only in the newer release. */
  added: ComparedPage[];
  /** Pages only in the older release. */
  removed: ComparedPage[];
  /** Pages in both whose id changed (they are also in `changed` or `unchanged`). */
  renamed: ComparedPage[];
  /** Pages in both whose facts or text differ. */
  changed: PageChange[];
  /** Pages in both that readers see the same. */
  unchanged: ComparedPage[];
}

/**
 * Compares the pages of two releases, matching pages by lineage key (a renamed page is the same page): which were
 * added, removed, renamed, changed (facts and word diff per block) or not.
 */
export function compareReleases(
  pages: readonly ToolkitPage[],
  from: string,
  to: string,
  lineage: (id: string) => string = (id) => id,
  store?: DiffStore,
): ReleaseComparison {
  const older = inReadingOrder(pages, from);
  const newer = inReadingOrder(pages, to);
  const olderByKey = new Map(older.map((page) => [lineage(page.data.id), page]));
  const newerKeys = new Set(newer.map((page) => lineage(page.data.id)));
  const [titleBefore, titleAfter] = [titles(older), titles(newer)];
  const comparison: ReleaseComparison = { added: [], removed: [], renamed: [], changed: [], unchanged: [] };
  for (const page of newer) {
    const before = olderByKey.get(lineage(page.data.id));
    if (!before) {
      comparison.added.push(compared(page, null, page));
      continue;
    }
    const change = pageChange(before, page, titleBefore, titleAfter, store);
    if (change) comparison.changed.push(change);
    else comparison.unchanged.push(compared(page, before, page));
    if (before.data.id !== page.data.id) comparison.renamed.push(compared(page, before, page));
  }
  comparison.removed = older.filter((page) => !newerKeys.has(lineage(page.data.id))).map((page) => compared(page, page, null));
  return comparison;
}

function inReadingOrder(pages: readonly ToolkitPage[], version: string): ToolkitPage[] {
  return SECTIONS.flatMap((section) => sectionPages(pages, version, section));
}

/** Titles by id of one release's pages. */
function titles(pages: readonly ToolkitPage[]): (id: string) => string | undefined {
  const byId = new Map(pages.map((page) => [page.data.id, page.data.title]));
  return (id) => byId.get(id);
}

function compared(page: ToolkitPage, before: ToolkitPage | null, after: ToolkitPage | null): ComparedPage {
  return {
    id: page.data.id,
    title: page.data.title,
    section: page.section,
    sectionTitle: SECTION_INFO[page.section].title,
    fromUrl: before?.url ?? null,
    toUrl: after?.url ?? null,
    formerId: before && after && before.data.id !== after.data.id ? before.data.id : null,
  };
}

/**
 * Changes of page pairs already compared, by the two (frozen) page objects and the facts they showed: a page keeps
 * its object while its file keeps its bytes, so the dev server compares again only pages whose file changed.
 */
const changes = new WeakMap<ToolkitPage, WeakMap<ToolkitPage, { facts: string; change: PageChange | undefined }>>();

/** Blocks of each (frozen) page's body, parsed once. */
const blocksOf = new WeakMap<ToolkitPage, PageBlock[]>();

function bodyBlocks(page: ToolkitPage): PageBlock[] {
  let known = blocksOf.get(page);
  if (!known) blocksOf.set(page, (known = pageBlocks(page.html)));
  return known;
}

/** The change of one page between two releases, or undefined when readers see the same. */
function pageChange(
  before: ToolkitPage,
  after: ToolkitPage,
  titleBefore: (id: string) => string | undefined,
  titleAfter: (id: string) => string | undefined,
  store: DiffStore | undefined,
): PageChange | undefined {
  const factsBefore = pageFacts(before, titleBefore);
  const factsAfter = pageFacts(after, titleAfter);
  const key = JSON.stringify([factsBefore, factsAfter]);
  const known = changes.get(before)?.get(after);
  if (known?.facts === key) return known.change;
  const facts = factChanges(factsBefore, factsAfter);
  const blocks = before.html === after.html ? [] : storedBlockChanges(before, after, store);
  const parts = [...facts, ...blocks].flatMap((change) => change.parts);
  const change =
    facts.length === 0 && blocks.length === 0
      ? undefined
      : { ...compared(after, before, after), facts, blocks, words: { added: wordCount(parts, "added"), removed: wordCount(parts, "removed") } };
  const forBefore = changes.get(before) ?? new WeakMap<ToolkitPage, { facts: string; change: PageChange | undefined }>();
  forBefore.set(after, { facts: key, change });
  changes.set(before, forBefore);
  return change;
}

/** The block changes of two different bodies, from the store when it knows them, else diffed (and stored). */
function storedBlockChanges(before: ToolkitPage, after: ToolkitPage, store: DiffStore | undefined): BlockChange[] {
  const [old, now] = [bodyBlocks(before), bodyBlocks(after)];
  // Bodies that differ only in markup readers do not see (a link's release in its address) have nothing to diff.
  if (old.length === now.length && old.every((block, index) => block.kind === now[index]?.kind && block.text === now[index].text)) return [];
  if (!store) return blockChanges(old, now);
  const key = createHash("sha256").update(before.html).update("\0").update(after.html).digest("base64url");
  const known = store.get(key);
  if (known) return known;
  const blocks = blockChanges(old, now);
  store.set(key, blocks);
  return blocks;
}

function factChanges(before: readonly PageFact[], after: readonly PageFact[]): FactChange[] {
  const old = new Map(before.map((fact) => [fact.label, fact]));
  const labels = [...after.map((fact) => fact.label), ...before.map((fact) => fact.label).filter((label) => !after.some((fact) => fact.label === label))];
  const now = new Map(after.map((fact) => [fact.label, fact]));
  return labels.flatMap((label) => {
    const [from, to] = [old.get(label), now.get(label)];
    if ((from?.value ?? "") === (to?.value ?? "")) return [];
    return [{ label, parts: from?.items && to?.items ? itemDiff(from.items, to.items) : wordDiff(from?.value ?? "", to?.value ?? "") }];
  });
}

/** A diff of two lists item by item (a source added, a source dropped), the items separated by "; ". */
function itemDiff(before: readonly string[], after: readonly string[]): DiffPart[] {
  const parts = diffArrays([...before], [...after]).flatMap((run) =>
    run.value.map((text): DiffPart => ({ text, change: run.added ? "added" : run.removed ? "removed" : "same" })),
  );
  return parts.flatMap((part, index) => (index === 0 ? [part] : [{ text: "; ", change: "same" as const }, part]));
}

/**
 * Aligns the blocks of two bodies (a diff over whole blocks), then pairs each run of removed blocks with the run of
 * added blocks that replaces it, block by block, into changed blocks with a word diff; the rest are added or removed.
 */
function blockChanges(before: readonly PageBlock[], after: readonly PageBlock[]): BlockChange[] {
  const runs = diffArrays(
    before.map((block) => block.text),
    after.map((block) => block.text),
  );
  const changes: BlockChange[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let heading: string | null = null;
  const headingOf = (block: PageBlock | undefined): void => {
    if (block?.kind === "heading") heading = block.text;
  };
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index];
    if (!run) continue;
    if (!run.added && !run.removed) {
      for (let step = 0; step < run.count; step += 1) headingOf(after[newIndex + step]);
      oldIndex += run.count;
      newIndex += run.count;
      continue;
    }
    const next = runs[index + 1];
    const removed = run.removed ? run.count : 0;
    const added = run.added ? run.count : run.removed && next?.added ? next.count : 0;
    if (run.removed && next?.added) index += 1;
    const paired = Math.min(removed, added);
    for (let step = 0; step < Math.max(removed, added); step += 1) {
      const old = step < removed ? before[oldIndex + step] : undefined;
      const now = step < added ? after[newIndex + step] : undefined;
      const under = heading;
      headingOf(now);
      if (step < paired && old && now) changes.push({ change: "changed", kind: now.kind, under, parts: wordDiff(old.text, now.text) });
      else if (now) changes.push({ change: "added", kind: now.kind, under, parts: [{ text: now.text, change: "added" }] });
      else if (old) changes.push({ change: "removed", kind: old.kind, under, parts: [{ text: old.text, change: "removed" }] });
    }
    oldIndex += removed;
    newIndex += added;
  }
  return changes;
}

function wordCount(parts: readonly DiffPart[], change: DiffPart["change"]): number {
  return parts
    .filter((part) => part.change === change)
    .reduce((sum, part) => sum + (part.text.match(/[\p{L}\p{N}]+(?:['’.,\-/][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}
