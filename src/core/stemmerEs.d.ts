// The Spanish Snowball stemmer of @nlpjs/lang-es, imported alone to keep the page small.
declare module "@nlpjs/lang-es/src/stemmer-es" {
  class StemmerEs {
    stemWord(word: string): string;
  }
  export = StemmerEs;
}
