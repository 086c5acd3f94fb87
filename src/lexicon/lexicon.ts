import { stemWord } from './stem.js'

/** One dictionary entry: a word of the first language and a translation in the second. */
export type WordPair = readonly [first: string, second: string]

/**
 * A bilingual word list reduced to stems, so that inflected forms meet:
 * `parties` and `партиями` both find the entry `party — партия`.
 */
export interface Lexicon {
  /** Language codes of the two sides, such as `['en', 'ru']`. */
  readonly languages: readonly [string, string]
  /** Number of entries (distinct stems of the first language). */
  readonly size: number
  /**
   * The entries a word can stand for: ids that are equal on both sides when
   * the words translate each other. Empty for an unknown word or a language
   * the lexicon does not hold.
   *
   * @param word One word as it stands in the text, any case.
   * @param lang Its language code.
   */
  lookup(word: string, lang: string): readonly number[]
}

/** Stems of one phrase, or undefined for phrases of several words (not matched word by word). */
function singleStem(phrase: string, lang: string): string | undefined {
  const word = phrase.trim().toLowerCase()
  if (word.length === 0 || /[\s]/u.test(word)) return undefined
  return stemWord(word, lang)
}

/**
 * Build a lexicon from word pairs. Both sides are stemmed with the stemmer of
 * their language; phrases of several words are left out.
 *
 * @param pairs Pairs of a first-language word and a second-language word.
 * @param languages Language codes of the first and the second word of each pair.
 */
export function createLexicon(pairs: Iterable<WordPair>, languages: readonly [string, string]): Lexicon {
  const firstIds = new Map<string, number>()
  const secondIds = new Map<string, number[]>()
  for (const [first, second] of pairs) {
    const a = singleStem(first, languages[0])
    const b = singleStem(second, languages[1])
    if (a === undefined || b === undefined || a.length === 0 || b.length === 0) continue
    let id = firstIds.get(a)
    if (id === undefined) {
      id = firstIds.size
      firstIds.set(a, id)
    }
    const ids = secondIds.get(b)
    if (!ids) secondIds.set(b, [id])
    else if (!ids.includes(id)) ids.push(id)
  }
  const none: readonly number[] = []
  return {
    languages: [languages[0], languages[1]],
    size: firstIds.size,
    lookup(word, lang) {
      if (lang === languages[0]) {
        const id = firstIds.get(stemWord(word.toLowerCase(), lang))
        return id === undefined ? none : [id]
      }
      if (lang === languages[1]) return secondIds.get(stemWord(word.toLowerCase(), lang)) ?? none
      return none
    },
  }
}
