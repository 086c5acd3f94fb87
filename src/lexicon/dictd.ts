import { BitextError } from '../errors.js'
import type { WordPair } from './lexicon.js'

/** Options of {@link parseDictd}. */
export interface DictdOptions {
  /**
   * Read at most this many headword entries of the index (the
   * `00-database-*` entries do not count). Useful for a quick look at a big
   * dictionary. Default: all.
   */
  maxEntries?: number
}

/** dictd's base64 digits, worth 0 to 63, most significant first. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]))

/** Entries describing the dictionary rather than words (`00-database-info`; `00databaseinfo` in some FreeDict builds). */
const META = /^00-?database/u

/** Sentinels put in place of sense numbers (`1.`, `2)`) and of lettered sub-senses (`а)`, `b)`). */
const SENSE = '\u0001'
const SUBSENSE = '\u0002'

/** Russian words of one letter. */
const ONE_LETTER_WORDS = new Set(['а', 'в', 'и', 'к', 'о', 'с', 'у', 'я'])

const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u

/**
 * Decode a number in dictd's base64: digits `A-Za-z0-9+/`, most significant
 * first, no padding (`B` is 1, `BA` is 64).
 *
 * @param digits The field of the index.
 * @returns The number, or undefined if a character is not a digit.
 */
export function decodeDictdNumber(digits: string): number | undefined {
  if (digits.length === 0) return undefined
  let value = 0
  for (const c of digits) {
    const digit = DIGIT_VALUE.get(c)
    if (digit === undefined) return undefined
    value = value * 64 + digit
  }
  return value
}

/**
 * Parse a dictd dictionary, as Debian installs them in `/usr/share/dictd/`
 * (`NAME.index` and `NAME.dict.dz`), into pairs of a headword and one of its
 * translations into Russian.
 *
 * Each line of the index is `headword<TAB>offset<TAB>length` (sometimes with
 * the original spelling of the headword as a fourth field), offset and length
 * in dictd's base64 counting bytes of the UTF-8 `.dict` file. The
 * `00-database-*` entries are skipped.
 *
 * From each definition the translations are picked out: the text is cut at
 * sense numbers (`1.`, `2)`, `а)`, `_II`) and at `,` and `;`; notes in
 * `(...)` and `{...}`, pronunciations in `/.../` and `[...]`, labels such as
 * `_n.` or `_разг.`, and lead-ins ending in `:` (`в выражениях типа:`) are
 * removed; pieces with Cyrillic letters are kept. This reads the
 * FreeDict eng-rus layout (`word /pron/` then `1. перевод; перевод`) and the
 * Mueller one (`word` then `[pron] _n. 1) перевод, перевод; 2) ...`). Once a
 * sense turns to English (an example such as `to keep house вести
 * хозяйство`, or a cross-reference), the rest of that sense is left out:
 * what follows translates the example, not the headword. Multi-word
 * translations are kept as they are.
 *
 * The headword is taken from the first line of the definition when it
 * spells the index headword (`Adam's apple` for the index's `adams apple`),
 * else from the index. A headword listing spelling variants
 * (`noviciate, novitiate`) gives pairs for each.
 *
 * @param index The `.index` file as text.
 * @param dict The `.dict` file, gunzipped (a `.dict.dz` is gzip-compatible):
 *   its bytes, or its text. Offsets count bytes, so text is encoded back to
 *   UTF-8 first; pass bytes when you have them.
 * @param options See {@link DictdOptions}.
 * @returns `[headword, translation]` pairs, each once, in index order.
 * @throws BitextError `INVALID_OPTION` for a bad `maxEntries`; `INVALID_INPUT`
 *   when `dict` is still gzipped or an entry points past its end (an index and
 *   a `.dict` that do not belong together).
 */
export function parseDictd(index: string, dict: string | Uint8Array, options: DictdOptions = {}): WordPair[] {
  const maxEntries = options.maxEntries ?? Infinity
  if (maxEntries !== Infinity && !(Number.isInteger(maxEntries) && maxEntries >= 0)) {
    throw new BitextError('INVALID_OPTION', `maxEntries must be a whole number of 0 or more, got ${String(options.maxEntries)}`)
  }
  const bytes = typeof dict === 'string' ? new TextEncoder().encode(dict) : dict
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new BitextError('INVALID_INPUT', 'the dictd .dict data is still gzipped: gunzip the .dict.dz first')
  }
  const decoder = new TextDecoder('utf-8')
  const pairs: WordPair[] = []
  const seen = new Set<string>()
  let entries = 0
  for (const line of index.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)) {
    if (entries >= maxEntries) break
    const fields = line.split('\t')
    if (fields.length < 3) continue
    const indexHeadword = (fields[3] ?? fields[0]).trim()
    if (indexHeadword.length === 0 || META.test(fields[0])) continue
    const offset = decodeDictdNumber(fields[1].trim())
    const length = decodeDictdNumber(fields[2].trim())
    if (offset === undefined || length === undefined) continue
    if (offset + length > bytes.length) {
      throw new BitextError(
        'INVALID_INPUT',
        `dictd index entry "${indexHeadword}" points to bytes ${offset}-${offset + length} but the .dict data has ${bytes.length}: ` +
          'give the .dict (gunzipped) that belongs to this .index',
      )
    }
    entries++
    const definition = decoder.decode(bytes.subarray(offset, offset + length))
    const { headword, body } = splitHeadword(definition, indexHeadword)
    const translations = extractTranslations(body)
    for (const variant of spellings(headword)) {
      for (const translation of translations) {
        const key = `${variant}\u0000${translation}`
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push([variant, translation])
      }
    }
  }
  return pairs
}

/**
 * The spellings a headword stands for: `noviciate, novitiate` is two,
 * single words that begin alike; anything else (`well, well`) is one.
 */
function spellings(headword: string): string[] {
  const parts = headword.split(/\s*,\s*/u)
  if (parts.length < 2) return [headword]
  const start = parts[0].slice(0, 2).toLowerCase()
  const variants = parts.every((p) => p.length > 2 && !/\s/u.test(p) && p.slice(0, 2).toLowerCase() === start)
  return variants && new Set(parts).size === parts.length ? parts : [headword]
}

/** Lowercase letters and digits only: how dictd's index spells a headword. */
function foldHeadword(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Separate the headword line that dictd definitions start with from the
 * rest. The line is recognised when, less its pronunciation, it spells the
 * index headword; otherwise the whole definition is the body.
 */
function splitHeadword(definition: string, indexHeadword: string): { headword: string; body: string } {
  const text = definition.replace(/^[\r\n]+/u, '')
  const end = text.search(/\r?\n/u)
  const first = end < 0 ? text : text.slice(0, end)
  const spelled = first
    .replace(/\/[^/\n]*\//gu, ' ')
    .replace(/\[[^\]\n]*\]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  if (spelled.length > 0 && foldHeadword(spelled) === foldHeadword(indexHeadword)) {
    return { headword: spelled, body: end < 0 ? '' : text.slice(end) }
  }
  return { headword: indexHeadword, body: text }
}

/**
 * The translations in the body of one definition: Cyrillic phrases, cleaned
 * of notes, labels and pronunciation, in the order they appear.
 *
 * @param body The definition less its headword line.
 */
function extractTranslations(body: string): string[] {
  const text = body
    // Stress marks (mueller7accent) and Mueller's pronunciation arrows.
    .replace(/[\u0300\u0301\u2197\u2198]/gu, '')
    // Cross-references to English words, with their sense numbers: `= balmy 1) и 4)`.
    .replace(/\S*=\s*\p{Script=Latin}.*$/gmu, ' ')
    // Homograph numbers `_I`, `_II` start a new article of the same spelling.
    .replace(/(^|\s)_[IVX]+(?![\p{L}.])/gmu, `$1${SENSE}`)
    // Sense numbers at the start of a line or after a space: `1.`, `2)`, `10)колледж`.
    .replace(/(^|\s)\d{1,3}(?:\.(?=\s|$)|\))/gmu, `$1${SENSE}`)
    // Lettered sub-senses: `а)`, `б)`, `a)`.
    .replace(/(^|\s)[а-яa-z]\)/gmu, `$1${SUBSENSE}`)
  const found: string[] = []
  for (const sense of text.split(SENSE)) {
    const cleaned = stripNotes(sense)
    senseLoop: for (const part of cleaned.split(SUBSENSE)) {
      for (const piece of part.split(';')) {
        const clauses = piece.split(':')
        for (let i = 0; i < clauses.length; i++) {
          // English in a clause means an example or a cross-reference: what
          // follows in this sense translates that, not the headword.
          if (LATIN.test(clauses[i])) break senseLoop
          // What comes before a colon introduces examples (`в выражениях типа:`).
          if (i < clauses.length - 1) continue
          for (const item of clauses[i].split(',')) {
            const translation = tidyTranslation(item)
            if (translation !== undefined) found.push(translation)
          }
        }
      }
    }
  }
  return found
}

/** Remove notes, pronunciations and labels from the text of one sense. */
function stripNotes(sense: string): string {
  let text = sense
    .replace(/\[[^\]]*\]/gu, ' ')
    .replace(/\{[^}]*\}/gu, ' ')
    // Pronunciation between slashes; never Cyrillic, so `и/или` stays.
    .replace(/\/[^/\s\p{Script=Cyrillic}][^/\p{Script=Cyrillic}]*\//gu, ' ')
  // Parentheses, innermost first, so that nested notes go too.
  for (let before = ''; before !== text; ) {
    before = text
    text = text.replace(/\([^()]*\)/gu, ' ')
  }
  return text
    .replace(/[()]/gu, ' ')
    // Labels: `_n.`, `_v.`, `_разг.`, `_p-p.`.
    .replace(/_[\p{L}-]+\.?/gu, ' ')
    .replace(/\s+/gu, ' ')
}

/** One candidate translation, cleaned, or undefined if it is not one. */
function tidyTranslation(item: string): string | undefined {
  const text = item
    .replace(/["«»„“”]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s+и\s+(?:т\.\s*[дп]|пр)\.$/u, '')
    .replace(/^(?:(?:тж|особ|обыкн|напр|ср|см|употр|букв)\.\s*)+/u, '')
    .replace(/^[\s\-–—‐']+|[\s\-–—‐'!?]+$|\s+\.$/gu, '')
  if (!CYRILLIC.test(text)) return undefined
  // One letter is a preposition or a conjunction, or a slip (`г` for `_a.`).
  if (text.length === 1 && !ONE_LETTER_WORDS.has(text.toLowerCase())) return undefined
  // Digits mean a description (`1-я буква алфавита`), not a translation.
  if (/\p{N}/u.test(text)) return undefined
  // A lone abbreviation (`напр.`, `тж.`, `см.`) is not a translation.
  if (!text.includes(' ') && text.endsWith('.')) return undefined
  return text
}
