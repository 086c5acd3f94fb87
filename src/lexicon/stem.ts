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
  let stems = cache.get(lang)
  if (stems === undefined) {
    stems = new Map()
    cache.set(lang, stems)
  }
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = computeStem(word, lang)
    if (cached >= CACHE_SIZE) {
      for (const map of cache.values()) map.clear()
      cached = 0
    }
    stems.set(word, stem)
    cached++
  }
  return stem
}

/**
 * Stems already computed, by language then word: words repeat, and stemming
 * is the costly part of a lookup. One map per language spares building a
 * combined key on every call.
 */
const cache = new Map<string, Map<string, string>>()
/** Entries the cache holds (in all languages). */
let cached = 0
/** Entries the cache holds before it starts afresh. */
const CACHE_SIZE = 200_000

/** The stem, computed. */
function computeStem(word: string, lang: string): string {
  if (lang === 'en') {
    const base = withoutPossessive(word)
    return porter(ENGLISH_IRREGULAR.get(base) ?? base)
  }
  if (lang === 'ru') return stemRussian(word)
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '')
  return plain.slice(0, PREFIX_LENGTH)
}

/** An English word without a final possessive `'s` or `’s`. */
function withoutPossessive(word: string): string {
  const end = word.length - 2
  if (end < 0 || word.charCodeAt(end + 1) !== 0x73) return word // s
  const apostrophe = word.charCodeAt(end)
  return apostrophe === 0x27 || apostrophe === 0x2019 ? word.slice(0, end) : word
}
