import { stemmer as porter } from 'stemmer'
import { ENGLISH_IRREGULAR } from './english-irregular.js'
import { stemRussian } from './stem-russian.js'

/** Letters kept by the fallback stemmer of languages without one of their own. */
const PREFIX_LENGTH = 6

/**
 * The stem of a lower-case word: Porter's stemmer for English (after
 * irregular forms are brought back to their lemma: `went` → `go`), Snowball's for
 * Russian, and for other languages the word without accents cut to its first
 * six letters (a crude stem that still lets `Gletscher`/`Gletschers` meet).
 *
 * @param word A lower-case word.
 * @param lang Its language code.
 */
export function stemWord(word: string, lang: string): string {
  const key = `${lang}\u0000${word}`
  let stem = cache.get(key)
  if (stem === undefined) {
    stem = computeStem(word, lang)
    if (cache.size >= CACHE_SIZE) cache.clear()
    cache.set(key, stem)
  }
  return stem
}

/** Stems already computed: words repeat, and stemming is the costly part of a lookup. */
const cache = new Map<string, string>()
/** Entries the cache holds before it starts afresh. */
const CACHE_SIZE = 200_000

/** The stem, computed. */
function computeStem(word: string, lang: string): string {
  if (lang === 'en') {
    const base = word.replace(/['’]s$/u, '')
    return porter(ENGLISH_IRREGULAR.get(base) ?? base)
  }
  if (lang === 'ru') return stemRussian(word)
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '')
  return plain.slice(0, PREFIX_LENGTH)
}
