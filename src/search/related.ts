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

type DutchLunr = typeof lunr & { nl: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction } };

/** How many of a page's own terms form the query for its neighbours. */
const QUERY_TERMS = 30;
/** Pages listed under "Zie ook": at most. */
export const MAX_RELATED = 5;
/** Pages listed under "Zie ook": at least, when the release has that many others with any overlap. */
export const MIN_RELATED = 3;

/** For every page of one release, the 3–5 most related other pages: lunr's BM25 over title and body, in Dutch. */
export function relatedPages(pages: readonly RelatedInput[]): Map<string, string[]> {
  const nl = lunr as DutchLunr;
  const sorted = [...pages].sort((a, b) => a.id.localeCompare(b.id));
  const index = lunr(function build() {
    this.use(nl.nl);
    this.ref("id");
    this.field("title", { boost: 2 });
    this.field("body");
    for (const page of sorted) this.add(page);
  });
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.trimmer, nl.nl.stemmer);
  const inverted = (index as unknown as { invertedIndex: Record<string, { body?: Record<string, object> }> }).invertedIndex;
  const documentFrequency = (term: string): number => Object.keys(inverted[term]?.body ?? {}).length + 1;
  const result = new Map<string, string[]>();
  for (const page of sorted) {
    const counts = new Map<string, number>();
    for (const token of pipeline.run(lunr.tokenizer(`${page.title} ${page.title} ${page.body}`))) {
      const term = token.toString();
      if (term.length > 2 && !isStopWord(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    const terms = [...counts]
      .map(([term, count]) => ({ term, weight: count / documentFrequency(term) }))
      .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
      .slice(0, QUERY_TERMS);
    const hits = index
      .query((query) => {
        for (const { term, weight } of terms) query.term(term, { usePipeline: false, boost: weight });
      })
      .filter((hit) => hit.ref !== page.id)
      .sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
    result.set(page.id, hits.slice(0, MAX_RELATED).map((hit) => hit.ref));
  }
  return result;
}

function isStopWord(term: string): boolean {
  const filter = (lunr as unknown as { nl: { stopWordFilter: (token: lunr.Token) => lunr.Token | undefined } }).nl.stopWordFilter;
  return filter(new lunr.Token(term, {})) === undefined;
}
