/**
 * Chapter and part headings numbered in Roman numerals (`CHAPTER IV`, `IV`,
 * `Часть II`, `Capítulo XII.`): a book's most regular anchors, which the two
 * sides number alike. Only a sentence that is nothing but such a heading is
 * read, so the English pronoun `I` in running text never counts.
 */

/** Words that may stand before the numeral of a heading, lower case, in the languages the library meets. */
const HEADING_WORDS = new Set([
  'chapter', 'part', 'book', 'volume', 'section', 'act', 'scene',
  'глава', 'часть', 'книга', 'том', 'раздел',
  'capítulo', 'capitulo', 'parte', 'libro', 'tomo',
  'chapitre', 'partie', 'livre', 'tome',
  'kapitel', 'teil', 'buch', 'band',
  'fejezet', 'rész', 'könyv',
])

/** A well-formed Roman numeral from 1 to 3999, in capitals. */
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/

/** Longest text read as a heading: longer sentences are running text. */
export const HEADING_MAX_LENGTH = 40

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/**
 * The number of a heading that is a Roman numeral, alone or after a heading
 * word, with an optional full stop: `CHAPTER IV` and `IV.` give 4. Anything
 * else, and a numeral that is not well formed, gives `undefined`.
 *
 * @param text A sentence.
 */
export function headingNumeral(text: string): number | undefined {
  if (text.length > HEADING_MAX_LENGTH) return undefined
  const words = text.trim().replace(/\.$/, '').split(/\s+/)
  if (words.length > 2 || (words.length === 2 && !HEADING_WORDS.has(words[0].toLowerCase()))) return undefined
  return romanValue(words[words.length - 1])
}

/**
 * The value of a well-formed Roman numeral in capitals (`XXIV` = 24, up to
 * 3999), or undefined.
 *
 * @param numeral The numeral.
 */
export function romanValue(numeral: string): number | undefined {
  if (numeral.length === 0 || !ROMAN.test(numeral)) return undefined
  let value = 0
  for (let k = 0; k < numeral.length; k++) {
    const here = VALUES[numeral[k]]
    const next = k + 1 < numeral.length ? VALUES[numeral[k + 1]] : 0
    value += here < next ? -here : here
  }
  return value
}
