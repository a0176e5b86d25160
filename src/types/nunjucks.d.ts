// Nunjucks ships no type declarations; this declares the one class the build patches.
declare module "nunjucks" {
  /** Nunjucks' template class; only its prototype is used (render/nunjucks-compile-cache.ts). */
  export const Template: unknown;
  const nunjucks: { Template: unknown };
  export default nunjucks;
}
