/**
 * Shared pieces of the hostile-input suite: arbitraries that build nasty
 * texts from English and Russian words, punctuation, dates, abbreviations,
 * every kind of blank, invisible and control characters, combining marks,
 * lone surrogates and raw Unicode noise; and the invariants every result must
 * satisfy whatever the input.
 */
import { expectValidPairs, expectValidSide } from '../helpers/invariants.js'
import fc from 'fast-check'
import { expect } from 'vitest'
import { BitextError } from '../../src/errors.js'
import { collapseBlank, isBlank } from '../../src/text/blank.js'
import type { Alignment, Range, Side, Span } from '../../src/types.js'

/** The seed every property runs with: failures replay exactly. */
export const SEED = 20261127

const EN_WORDS = [
  'the', 'a', 'storm', 'reached', 'coast', 'Monday', 'Three', 'villages', 'lost', 'power', 'He', 'She', 'The',
  'It', 'I', 'Smith', 'arrived', 'in', 'London', 'Why', 'however', 'party', 'Communist', 'Istanbul', 'strike',
  'were', 'we', 'this', 'volume',
]
const RU_WORDS = [
  'Шторм', 'достиг', 'побережья', 'в', 'понедельник', 'Три', 'деревни', 'остались', 'без', 'света', 'Он', 'Она',
  'Москва', 'партия', 'забастовка', 'Стамбул', 'ёлка', 'и', 'не', 'Ленин', 'участники', 'декабря', 'шестисот',
  'были', 'мы', 'этот', 'объём',
]
/** `й` and `ё` decomposed (NFD), and an accented stress mark. */
const NFD_WORDS = ['\u0438\u0306', 'мо\u0438\u0306', 'е\u0308лка', 'Бо\u0301льшой', 'cafe\u0301', 'Йо\u0306']
const PUNCTUATION = ['.', '!', '?', '…', '»', '«', '"', '”', '“', '(', ')', ':', ';', ',', '-', '–', '—', '...', '?!', '.»', '.”', "'", '[', ']']
const NUMBERS = ['16.12.', '1.', '2.', '2015', '600', '17th', '17-й', '1995 г.', '10 см.', '3.14', '11/16/15', '2:44 PM', 'No. 5', 'XX в.', '1.2.3']
const ABBREVIATIONS = ['Mr.', 'Mrs.', 'Dr.', 'U.S.', 'e.g.', 'i.e.', 'etc.', 'Inc.', 'т.е.', 'т. е.', 'т.д.', 'т. д.', 'г.', 'млн.', 'им.', 'см.', 'рис.', 'и пр.', 'et al.']
const INITIALS = ['В. И.', 'J. R. R.', 'M.', 'А.', 'S.', 'я.']
const WHITESPACE = [' ', ' ', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00A0', '\n\n', '\r\n\r\n', '\r\r', '\n \n', '\u2028', '\u2029', '\u3000', '\u2003', '\v', '\f']
const INVISIBLE = ['\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F']
const COMBINING = ['\u0306', '\u0301', '\u0308', '\u0483', '\u20DD']
const SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '\uD83D', '\uDE00', '𝐀']
const MARKUP = ['<p>', '</p>', '<b>', '</b>', '<br/>', '&nbsp;', '&amp;', '<a href="x">']
const FURNITURE = ['11/16/15, 2:44 PM', '• En Ru', 'English | Русский', 'https://example.org/a 1/3', 'Page 2 of 5', 'April 2, 2025 - April 6, 2025 - Madurai, India']

/** A lone surrogate code unit. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))

/** One token of hostile text. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...EN_WORDS) },
  { weight: 6, arbitrary: fc.constantFrom(...RU_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NFD_WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...ABBREVIATIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...INITIALS) },
  { weight: 9, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...SURROGATES) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
)

/** A hostile text: a mix of tokens, or (rarely) raw Unicode noise. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(token, { maxLength: 80 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom(...WHITESPACE, ...INVISIBLE, '.', 'A', 'я')), maxLength: 100 }) },
)

/** Mostly-English and mostly-Russian hostile texts (so that alignment gets past language checks). */
function leaning(words: string[]): fc.Arbitrary<string> {
  const sentence = fc
    .tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.array(token, { maxLength: 6 }), fc.constantFrom('.', '!', '?', '…', '.»', ''))
    .map(([ws, extra, stop]) => `${ws.join(' ')}${extra.join('')}${stop}`)
  return fc
    .array(fc.tuple(sentence, fc.constantFrom(' ', ' ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t', '\u00A0 ', '\u200B ')), { maxLength: 14 })
    .map((parts) => parts.map(([s, sep]) => s + sep).join(''))
}
export const englishish: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: leaning(EN_WORDS) }, { weight: 1, arbitrary: hostileText })
export const russianish: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: leaning(RU_WORDS) }, { weight: 1, arbitrary: hostileText })

/**
 * A long English text and a Russian text of about the same sentences (some
 * left out on either side, shared numbers as anchors), with hostile bits in
 * between: enough sentences for the aligner's coarse-to-fine search and its
 * learnt lexicon to run.
 */
export const longBitext: fc.Arbitrary<[string, string]> = fc
  .array(
    fc.record({
      en: fc.array(fc.constantFrom(...EN_WORDS), { minLength: 2, maxLength: 14 }),
      ru: fc.array(fc.constantFrom(...RU_WORDS), { minLength: 2, maxLength: 14 }),
      number: fc.option(fc.constantFrom(...NUMBERS), { freq: 3 }),
      drop: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'none', 'en', 'ru'),
      junk: fc.option(token, { freq: 4 }),
      sep: fc.constantFrom(' ', ' ', '\n', '\r\n', '\n\n', '\r', '\r\n\r\n'),
    }),
    { minLength: 20, maxLength: 450 },
  )
  .map((units) => {
    let en = ''
    let ru = ''
    for (const u of units) {
      const n = u.number === null ? '' : ` ${u.number}`
      const junk = u.junk ?? ''
      if (u.drop !== 'en') en += `${u.en.join(' ')}${n}${junk}.${u.sep}`
      if (u.drop !== 'ru') ru += `${u.ru.join(' ')}${n}${junk}.${u.sep}`
    }
    return [en, ru]
  })

/** A page: English and Russian documents and furniture lines, in any order, with any line breaks. */
export const hostilePage: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(leaning(EN_WORDS), leaning(RU_WORDS), fc.constantFrom(...FURNITURE), hostileText),
      fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n\u00A0\n', '\n\t\n'),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''))

/** Presegmented input: a flat list of hostile sentences, or paragraphs of them. */
export const presegmented: fc.Arbitrary<string[] | string[][]> = fc.oneof(
  fc.array(hostileText, { maxLength: 12 }),
  fc.array(fc.array(hostileText, { maxLength: 5 }), { maxLength: 5 }),
)

/** A language option: one of ours, another one, or none (detected). */
export const langOption = fc.constantFrom<string | undefined>('en', 'ru', 'de', 'und', 'en-US', undefined)

/**
 * Assert that the ranges are in order, non-overlapping, non-empty, trimmed,
 * slice back to their text, and hold every non-blank character of `text`
 * exactly once.
 */
export function expectCovers(text: string, ranges: ReadonlyArray<Range & { text?: string }>, what: string): void {
  const owner = new Int32Array(text.length).fill(-1)
  ranges.forEach((range, r) => {
    expect(Number.isInteger(range.start) && Number.isInteger(range.end), `${what} ${r} offsets`).toBe(true)
    expect(range.start, `${what} ${r} start`).toBeGreaterThanOrEqual(0)
    expect(range.end, `${what} ${r} end`).toBeLessThanOrEqual(text.length)
    expect(range.end, `${what} ${r} is empty`).toBeGreaterThan(range.start)
    expect(isBlank(text[range.start]), `${what} ${r} starts with a blank`).toBe(false)
    expect(isBlank(text[range.end - 1]), `${what} ${r} ends with a blank`).toBe(false)
    if (range.text !== undefined) expect(range.text, `${what} ${r} text`).toBe(collapseBlank(text.slice(range.start, range.end)))
    for (let i = range.start; i < range.end; i++) {
      if (owner[i] !== -1) expect.fail(`character ${i} is in ${what} ${owner[i]} and in ${what} ${r}`)
      owner[i] = r
    }
  })
  for (let i = 0; i < text.length; i++) {
    if (owner[i] === -1 && !isBlank(text[i])) expect.fail(`non-blank character ${i} (U+${text.charCodeAt(i).toString(16)}) is in no ${what}`)
  }
}

/** Assert what a segmented side must be: its text, and the invariants every side keeps. */
export function expectSide(side: Side, text: string): void {
  expect(side.text).toBe(text)
  expectValidSide(side)
}

/** Assert that the pairs cover each sentence of both sides once, in order, with scores in [0, 1]. */
export function expectPairs(alignment: Alignment): void {
  expectValidPairs(alignment)
}

/** Every non-blank character of a page in exactly one sentence of either side or one noise span. */
export function expectPageCovered(page: string, alignment: Alignment): void {
  expect(alignment.source.text).toBe(page)
  expect(alignment.target.text).toBe(page)
  const ranges: Span[] = [...alignment.source.sentences, ...alignment.target.sentences, ...alignment.noise].sort((a, b) => a.start - b.start)
  expectCovers(page, ranges, 'sentence or noise span')
}

/**
 * Run `f`; a `BitextError` is an allowed outcome (returned), any other
 * exception propagates and fails the property.
 */
export function allowingBitextError<T>(f: () => T): T | BitextError {
  try {
    return f()
  } catch (error) {
    if (error instanceof BitextError) {
      expect(error.message.length, 'a BitextError says what to fix').toBeGreaterThan(20)
      return error
    }
    throw error
  }
}

/** The outcome of `f` in a comparable form: its result, or the error's code and message. */
export function outcome<T>(f: () => T): T | { code: string; message: string } {
  const result = allowingBitextError(f)
  return result instanceof BitextError ? { code: result.code, message: result.message } : result
}
