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
  const count = sorted.length;
  const scores = new Float64Array(count * count);
  for (let a = 0; a < count; a += 1) {
    for (let b = a + 1; b < count; b += 1) {
      const score = TITLE_WEIGHT * cosine(titles[a] ?? EMPTY, titles[b] ?? EMPTY) + cosine(bodies[a] ?? EMPTY, bodies[b] ?? EMPTY);
      scores[a * count + b] = score;
      scores[b * count + a] = score;
    }
  }
  const result = new Map<string, string[]>();
  sorted.forEach((page, a) => {
    const ranked: number[] = [];
    const row = scores.subarray(a * count, (a + 1) * count);
    for (let b = 0; b < count; b += 1) if (b !== a && (row[b] ?? 0) > 0) ranked.push(b);
    ranked.sort((x, y) => (row[y] ?? 0) - (row[x] ?? 0) || x - y);
    result.set(page.id, ranked.slice(0, MAX_RELATED).map((b) => sorted[b]?.id ?? ""));
  });
  return result;
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

/**
 * Cosine similarity exactly as lunr.Vector computes it (the same products summed in the same order), so rankings do
 * not change, but over typed arrays and once per pair instead of twice.
 */
function cosine(a: SparseVector, b: SparseVector): number {
  const magnitude = a.magnitude * b.magnitude;
  if (magnitude === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const termA = a.terms[i] ?? 0;
    const termB = b.terms[j] ?? 0;
    if (termA < termB) i += 1;
    else if (termA > termB) j += 1;
    else {
      dot += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i += 1;
      j += 1;
    }
  }
  return dot / magnitude;
}
