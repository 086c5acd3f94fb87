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
  return lexiconFromIndex(stemIndex(pairs, languages), languages)
}

/**
 * What a lexicon holds once its words are stemmed: the entries (one per
 * first-language stem) and the entries each second-language stem belongs to.
 * Stemming is the costly part of building a lexicon, so a fixed word list
 * can ship its index ready made ({@link writeStemIndex}).
 */
export interface StemIndex {
  /** The first language's stems; entry `k` is `first[k]`. */
  first: string[]
  /** Each second-language stem and its entries, in the order they were found. */
  second: Map<string, number[]>
}

/**
 * Stem word pairs into an index: phrases of several words are left out.
 *
 * @param pairs Pairs of a first-language word and a second-language word.
 * @param languages Language codes of the first and the second word of each pair.
 */
export function stemIndex(pairs: Iterable<WordPair>, languages: readonly [string, string]): StemIndex {
  const firstIds = new Map<string, number>()
  const second = new Map<string, number[]>()
  for (const [first, other] of pairs) {
    const a = singleStem(first, languages[0])
    const b = singleStem(other, languages[1])
    if (a === undefined || b === undefined || a.length === 0 || b.length === 0) continue
    let id = firstIds.get(a)
    if (id === undefined) {
      id = firstIds.size
      firstIds.set(a, id)
    }
    const ids = second.get(b)
    if (!ids) second.set(b, [id])
    else if (!ids.includes(id)) ids.push(id)
  }
  return { first: [...firstIds.keys()], second }
}

/**
 * The lexicon of a stem index.
 *
 * @param index Stems and entries.
 * @param languages Language codes of the index's first and second stems.
 */
export function lexiconFromIndex(index: StemIndex, languages: readonly [string, string]): Lexicon {
  const firstIds = new Map<string, number>()
  index.first.forEach((stem, id) => firstIds.set(stem, id))
  const { second } = index
  const none: readonly number[] = []
  return {
    languages: [languages[0], languages[1]],
    size: firstIds.size,
    lookup(word, lang) {
      if (lang === languages[0]) {
        const id = firstIds.get(stemWord(word.toLowerCase(), lang))
        return id === undefined ? none : [id]
      }
      if (lang === languages[1]) return second.get(stemWord(word.toLowerCase(), lang)) ?? none
      return none
    },
  }
}

/**
 * A stem index as text: the first stems on one line, separated by spaces
 * (stems hold no white space), then one line per second stem, its entries
 * after a tab, separated by commas.
 *
 * @param index Stems and entries.
 */
export function writeStemIndex(index: StemIndex): string {
  const lines = [index.first.join(' ')]
  for (const [stem, ids] of index.second) lines.push(`${stem}\t${ids.join(',')}`)
  return lines.join('\n')
}

/**
 * Read a stem index written by {@link writeStemIndex}.
 *
 * @param text The index as text.
 */
export function readStemIndex(text: string): StemIndex {
  const firstEnd = text.indexOf('\n')
  const first = (firstEnd < 0 ? text : text.slice(0, firstEnd)).split(' ')
  const second = new Map<string, number[]>()
  let at = firstEnd < 0 ? text.length : firstEnd + 1
  while (at < text.length) {
    let end = text.indexOf('\n', at)
    if (end < 0) end = text.length
    const tab = text.indexOf('\t', at)
    second.set(text.slice(at, tab), text.slice(tab + 1, end).split(',').map(Number))
    at = end + 1
  }
  return { first, second }
}
