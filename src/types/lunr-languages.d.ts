// lunr-languages ships no type declarations; each module is a plugin that registers itself on lunr.
declare module "lunr-languages/lunr.stemmer.support.js" {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module "lunr-languages/lunr.nl.js" {
  const register: (lunr: unknown) => void;
  export default register;
}
