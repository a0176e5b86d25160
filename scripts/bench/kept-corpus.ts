import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentError } from "../../src/content/content-error.ts";
import { KEPT_KINDS, KEPT_LIST, keptPath, parseKeptList, type KeptEntry } from "../../src/build/kept-list.ts";

/** The kept documents of a generated corpus, as its list records them. */
export interface KeptCorpus {
  /** Number of files kept in `bewaard/`. */
  files: number;
  /** Their size together, in bytes. */
  bytes: number;
}

/** The releases of `versions` that miss a kept PDF, archive copy or summary in `entries`, each with what it misses. */
export function missingKept(entries: readonly KeptEntry[], versions: readonly string[]): string[] {
  return versions.flatMap((version) => {
    const kinds = KEPT_KINDS.filter((kind) => !entries.some((entry) => entry.version === version && entry.kind === kind));
    return kinds.length === 0 ? [] : [`${version}: ${kinds.join(", ")}`];
  });
}

/**
 * Gives a generated corpus the kept documents of its published releases, once, as `npm run release -- publish` keeps
 * them: one production build (which makes every state's PDF, archive copy and summary, as none is kept, and keeps them
 * in `bewaard/`), then a check that every release has all three, so that later builds copy them instead of making them.
 */
export async function keepCorpusDocuments(corpus: string, versions: readonly string[], build: () => Promise<unknown>): Promise<KeptCorpus> {
  await build();
  const errors: ContentError[] = [];
  const entries = parseKeptList(await readFile(path.join(corpus, KEPT_LIST), "utf8"), errors);
  const missing = missingKept(entries, versions);
  if (errors.length > 0 || missing.length > 0)
    throw new Error(`the corpus's kept documents are incomplete: ${[...errors.map((error) => `${error.field}: ${error.expected}`), ...missing].join("; ")}`);
  const sizes = await Promise.all(entries.map(async (entry) => (await readFile(path.join(corpus, keptPath(entry)))).byteLength));
  return { files: entries.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}
