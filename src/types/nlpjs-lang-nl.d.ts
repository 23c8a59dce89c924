// @nlpjs/lang-nl ships no types; this is the one class we use, imported on its own so the rest of
// the package (tokenizer, sentiment lexicon) is never loaded.
declare module '@nlpjs/lang-nl/src/stemmer-nl.js' {
  export default class StemmerNl {
    stemWord(word: string): string;
  }
}
