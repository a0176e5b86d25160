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
const MAX_RELATED = 5;

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
  // What lunr() does, minus the search index (token set) that ranking does not use.
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  builder.use(nl.nl);
  builder.pipeline.after(nl.nl.stemmer, memoisedStemmer);
  builder.pipeline.remove(nl.nl.stemmer);
  builder.ref("id");
  builder.field("title", { boost: TITLE_WEIGHT });
  builder.field("body");
  for (const page of sorted) builder.add(page);
  const fields = builder as unknown as { calculateAverageFieldLengths(): void; createFieldVectors(): void; fieldVectors: Record<string, lunr.Vector> };
  fields.calculateAverageFieldLengths();
  fields.createFieldVectors();
  const vectors = fields.fieldVectors;
  const titles = sorted.map((page) => sparse(vectors[`title/${page.id}`]));
  const bodies = sorted.map((page) => sparse(vectors[`body/${page.id}`]));
  const scores = pairScores(titles, bodies);
  const count = sorted.length;
  const result = new Map<string, string[]>();
  sorted.forEach((page, a) => {
    const best = topScores(scores.subarray(a * count, (a + 1) * count), a);
    result.set(
      page.id,
      best.map((b) => sorted[b]?.id ?? ""),
    );
  });
  return result;
}

/**
 * The similarity of every pair of pages, title counting double, in a count × count matrix. Each pair is computed
 * once. The first page's weights are spread over a dense array, so a dot product is one pass over the other page's
 * terms; the products are the same and are added in the same (term) order as lunr.Vector.dot, so the scores are
 * bit for bit those of lunr.
 */
function pairScores(titles: readonly SparseVector[], bodies: readonly SparseVector[]): Float64Array {
  const count = titles.length;
  const size = Math.max(0, ...[...titles, ...bodies].map((vector) => (vector.terms.length > 0 ? (vector.terms[vector.terms.length - 1] ?? 0) + 1 : 0)));
  const denseTitle = new Float64Array(size);
  const denseBody = new Float64Array(size);
  const scores = new Float64Array(count * count);
  for (let a = 0; a < count; a += 1) {
    const title = titles[a] ?? EMPTY;
    const body = bodies[a] ?? EMPTY;
    spread(denseTitle, title, true);
    spread(denseBody, body, true);
    for (let b = a + 1; b < count; b += 1) {
      const score = TITLE_WEIGHT * cosine(denseTitle, title, titles[b] ?? EMPTY) + cosine(denseBody, body, bodies[b] ?? EMPTY);
      scores[a * count + b] = score;
      scores[b * count + a] = score;
    }
    spread(denseTitle, title, false);
    spread(denseBody, body, false);
  }
  return scores;
}

function spread(dense: Float64Array, vector: SparseVector, on: boolean): void {
  for (let i = 0; i < vector.terms.length; i += 1) dense[vector.terms[i] ?? 0] = on ? (vector.weights[i] ?? 0) : 0;
}

/** Indices of the highest positive scores in a row (not `self`), at most MAX_RELATED; ties go to the lower index. */
function topScores(row: Float64Array, self: number): number[] {
  const best: number[] = [];
  for (let b = 0; b < row.length; b += 1) {
    const score = row[b] ?? 0;
    if (b === self || !(score > 0)) continue;
    if (best.length === MAX_RELATED && score <= (row[best[MAX_RELATED - 1] ?? 0] ?? 0)) continue;
    let position = best.length;
    while (position > 0 && (row[best[position - 1] ?? 0] ?? 0) < score) position -= 1;
    best.splice(position, 0, b);
    if (best.length > MAX_RELATED) best.pop();
  }
  return best;
}

/** A lunr field vector as sorted term indices and weights, with its magnitude. */
interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
  magnitude: number;
}

const EMPTY: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0), magnitude: 0 };

function sparse(vector: lunr.Vector | undefined): SparseVector {
  if (!vector) return EMPTY;
  const elements = (vector as unknown as { elements: number[] }).elements;
  const terms = new Int32Array(elements.length / 2);
  const weights = new Float64Array(elements.length / 2);
  for (let i = 0; i < terms.length; i += 1) {
    terms[i] = elements[2 * i] ?? 0;
    weights[i] = elements[2 * i + 1] ?? 0;
  }
  return { terms, weights, magnitude: vector.magnitude() };
}

/** Cosine similarity of a page spread over `dense` (its vector `a`) and another page's vector `b`. */
function cosine(dense: Float64Array, a: SparseVector, b: SparseVector): number {
  const magnitude = a.magnitude * b.magnitude;
  if (magnitude === 0) return 0;
  let dot = 0;
  for (let j = 0; j < b.terms.length; j += 1) dot += (dense[b.terms[j] ?? 0] ?? 0) * (b.weights[j] ?? 0);
  return dot / magnitude;
}
