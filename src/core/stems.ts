/**
 * Words → Spanish Snowball stems, for matching a result's wording to an objective's (contract §5).
 * Accents are stripped before stemming so text typed with and without accents stems alike.
 */
import StemmerEs = require("@nlpjs/lang-es/src/stemmer-es");
import { normalizeText } from "./text";

/** Function words that say nothing about which objective a text restates (Spanish, some English). */
const STOPWORDS = new Set(
  (
    "a al ante bajo cabe con contra de del desde durante en entre hacia hasta mediante para por segun sin so sobre tras traves " +
    "el la los las lo un una unos unas uno y e o u ni que como cual cuales cuyo su sus se le les es son ser sera fue han ha " +
    "mas muy tan ya este esta estos estas ese esa esos esas aquel todo toda todos todas otro otra otros otras mismo misma " +
    "nuestro nuestra nuestros nuestras cada dicho dicha " +
    "the of and or for to in on with at by from as an its their our this that these those be is are"
  ).split(" "),
);

let stemmer: StemmerEs | null = null;
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  stemmer ??= new StemmerEs();
  const result = stemmer.stemWord(word);
  if (cache.size < CACHE_LIMIT) cache.set(word, result);
  return result;
}

/** The distinct content stems of a text: lower case, accents off, stopwords, numbers and 1-letter tokens dropped. */
export function contentStems(text: string): Set<string> {
  return contentStemsOfKey(normalizeText(text));
}

/** `contentStems` for a text already through `normalizeText` (lower case, no accents). */
export function contentStemsOfKey(key: string): Set<string> {
  const stems = new Set<string>();
  for (const word of key.split(/[^a-z0-9]+/)) {
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}
