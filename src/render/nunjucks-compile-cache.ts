import nunjucks from "nunjucks";

/** The part of a compiled Nunjucks template that rendering uses. */
interface Compiled {
  blocks: unknown;
  rootRenderFunc: unknown;
}

/** Nunjucks' Template as this module touches it. */
interface NunjucksTemplate extends Compiled {
  env: object;
  path: string | null;
  tmplStr: unknown;
  compiled: boolean;
}

const cache = new WeakMap<object, Map<string, Compiled>>();
let installed = false;

/**
 * Compiles each Nunjucks template source once per environment. Eleventy 3.1 builds a fresh Nunjucks Template for
 * every paginated page and for every permalink, so a template paginated over 4,000 pages was parsed and compiled
 * 4,000 times (a third of the render time). The compiled code depends only on the source, its path and the
 * environment, and rendering never changes it, so it is shared. Safe to call more than once.
 */
export function cacheNunjucksCompilation(): void {
  if (installed) return;
  installed = true;
  const prototype = (nunjucks.Template as { prototype: { _compile: (this: NunjucksTemplate) => void } }).prototype;
  const compile = prototype._compile;
  prototype._compile = function cachedCompile(this: NunjucksTemplate): void {
    if (typeof this.tmplStr !== "string") return compile.call(this);
    const key = `${this.path ?? ""}\0${this.tmplStr}`;
    const perEnvironment = cache.get(this.env) ?? new Map<string, Compiled>();
    cache.set(this.env, perEnvironment);
    const known = perEnvironment.get(key);
    if (known) {
      this.blocks = known.blocks;
      this.rootRenderFunc = known.rootRenderFunc;
      this.compiled = true;
      return;
    }
    compile.call(this);
    perEnvironment.set(key, { blocks: this.blocks, rootRenderFunc: this.rootRenderFunc });
  };
}
