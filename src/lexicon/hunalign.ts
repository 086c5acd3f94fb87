import type { WordPair } from './lexicon.js'

/** The separator of hunalign dictionary items, with the spaces around it (one or more). */
const SEPARATOR = /\s+@\s+/u

/**
 * Parse a dictionary in hunalign's format: one item per line, each
 * `TARGET_PHRASE @ SOURCE_PHRASE` (the target-language phrase first). For
 * the English-Russian dictionary hunalign calls `en-ru`, a line reads
 * `дом @ house`.
 *
 * Pairs come back source first, `[source, target]`, so `дом @ house` gives
 * `['house', 'дом']`. Phrases of several words are kept as they are, with
 * runs of spaces reduced to one (`createLexicon` leaves them out itself).
 *
 * Forgiving about the file: a byte order mark, CRLF or CR line ends, blank
 * lines and extra spaces are accepted; lines without ` @ ` or with an empty
 * side are skipped. Repeated pairs are returned once.
 *
 * @param text The whole dictionary file as text.
 * @returns `[source, target]` pairs in file order.
 */
export function parseHunalignDictionary(text: string): WordPair[] {
  const pairs: WordPair[] = []
  const seen = new Set<string>()
  for (const line of text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)) {
    const match = SEPARATOR.exec(line)
    if (!match) continue
    const target = tidy(line.slice(0, match.index))
    const source = tidy(line.slice(match.index + match[0].length))
    if (target.length === 0 || source.length === 0) continue
    const key = `${source}\u0000${target}`
    if (seen.has(key)) continue
    seen.add(key)
    pairs.push([source, target])
  }
  return pairs
}

/** Trim a phrase and reduce its inner whitespace to single spaces. */
function tidy(phrase: string): string {
  return phrase.replace(/\s+/gu, ' ').trim()
}
