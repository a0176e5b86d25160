import lunr from "lunr";
import stemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import dutch from "lunr-languages/lunr.nl.js";

stemmerSupport(lunr);
dutch(lunr);

/** A page as the related-pages ranking sees it. */
export interface RelatedInput {
  /** The page id within its release. */
  id: string;
  /** Title (weighs double). */
  title: string;
  /** Plain body text. */
  body: string;
}

/** Pages listed under "Zie ook": at most. */
export const MAX_RELATED = 5;

/** Title similarity counts double, as the title field's boost in the index. */
const TITLE_WEIGHT = 2;

type DutchLunr = typeof lunr & { nl: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction } };
const nl = lunr as DutchLunr;

/** The Dutch Snowball stemmer is the slowest step per token; every word is stemmed once per process. */
const stemmed = new Map<string, string>();
const memoisedStemmer: lunr.PipelineFunction = (token, index, tokens) => {
  const word = token.toString();
  let stem = stemmed.get(word);
  if (stem === undefined) {
    stem = (nl.nl.stemmer(token.clone(), index, tokens) as lunr.Token).toString();
    stemmed.set(word, stem);
  }
  return token.update(() => stem);
};
lunr.Pipeline.registerFunction(memoisedStemmer, "stemmer-nl-memo");

/**
 * For every page of one release, the most related other pages (at most five): lunr builds BM25-weighted term vectors
 * of title and body with Dutch stemming; pages are ranked by the cosine similarity of those vectors, title counting
 * double. Deterministic: ties go to the lower id.
 */
export function relatedPages(pages: readonly RelatedInput[]): Map<string, string[]> {
  const sorted = [...pages].sort((a, b) => a.id.localeCompare(b.id));
  const index = lunr(function build() {
    this.use(nl.nl);
    this.pipeline.after(nl.nl.stemmer, memoisedStemmer);
    this.pipeline.remove(nl.nl.stemmer);
    this.ref("id");
    this.field("title", { boost: TITLE_WEIGHT });
    this.field("body");
    for (const page of sorted) this.add(page);
  });
  const vectors = (index as unknown as { fieldVectors: Record<string, lunr.Vector> }).fieldVectors;
  const empty = new lunr.Vector([]);
  const title = (id: string): lunr.Vector => vectors[`title/${id}`] ?? empty;
  const body = (id: string): lunr.Vector => vectors[`body/${id}`] ?? empty;
  const result = new Map<string, string[]>();
  for (const page of sorted) {
    const scored = sorted
      .filter((other) => other.id !== page.id)
      .map((other) => ({ id: other.id, score: TITLE_WEIGHT * similarity(title(page.id), title(other.id)) + similarity(body(page.id), body(other.id)) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    result.set(page.id, scored.slice(0, MAX_RELATED).map((entry) => entry.id));
  }
  return result;
}

function similarity(a: lunr.Vector, b: lunr.Vector): number {
  const magnitude = a.magnitude() * b.magnitude();
  return magnitude === 0 ? 0 : a.dot(b) / magnitude;
}
