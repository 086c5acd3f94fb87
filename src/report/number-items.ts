/**
 * The numbers a text states, as items to compare across languages: the keys
 * of `numberKeys` (digits, number words, ordinals, month names), plus clock
 * times and Roman numerals, each marked strong or weak.
 *
 * A strong item must have a counterpart on the other side or the pair is a
 * mismatch: digits, month names, and number words of 11 and more. A weak item
 * only helps match the other side's items: number words up to ten (`one`,
 * `first`, `second`, `один` are as often pronouns or idioms as numbers:
 * "one of those", "another one", "a second opinion", "еще один"), round scale
 * words (`hundreds`, `thousands`, `millions`, `a dozen`), English `march`
 * when lower-case (a protest march), and Roman numerals.
 */
import { baseLanguage } from '../language/detect.js'
import { numberKeys } from '../signals/numbers.js'

/** One number a text states. */
export interface NumberItem {
  /** Language-neutral key: as `numberKeys` gives (`600`, `month:12`), or `time:17:30`. */
  key: string
  /** Whether the item must be matched on the other side. */
  strong: boolean
  /** Whether the item was read from words (`twenty`, `двадцати`) rather than digits: words are read less surely. */
  words?: boolean
  /** Numeric value of a plain number key. */
  value?: number
  /** Hour and minute of a clock time. */
  time?: { hour: number; minute: number }
}

/** A list marker at the start of a sentence (`1.`, `2)`, `(3)`, `1)Go`): layout, not content. */
const LIST_MARKER = /^\s*\(?\d{1,3}[.)](?!\d)/u
/** A 12-hour clock time: `5.30pm`, `1am`, `2:44 PM`, `9 p.m.`. */
const TIME_12H = /(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?(?!\p{L})/giu
/** A 24-hour clock time: `17:30`, `01:00`. */
const TIME_24H = /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/gu
/** A Roman numeral of two letters or more (Latin or Cyrillic Х). */
const ROMAN = /(?<![\p{L}\p{N}])([IVXХ]{2,})(?![\p{L}\p{N}])/gu
const ROMAN_VALID = /^(X{0,3})(IX|IV|V?I{0,3})$/
/** An HTML numeric character reference left in the text (`&#769;`): not a number. */
const CHARACTER_REFERENCE = /&#(?:\d+|x[\da-f]+);/giu
/** A footnote call glued to a lower-case word (`piernas1`, `kalach3`): a reference, not a number. */
const FOOTNOTE_CALL = /(?<=\p{Ll}{3})\d{1,2}(?![\p{N}\p{L}])/gu
/** An English scale word in the plural (`ten thousands`, `tens of thousands`): a vague amount, never a sure number. */
const PLURAL_SCALE = /(?<!\p{L})(?:hundreds|thousands|millions|billions)(?!\p{L})/iu

/** Endings of Russian ordinal adjectives. */
const ORDINAL_ENDING = '(?:ый|ий|ая|ое|ого|ому|ой|ую|ые|ых|ым|ыми|ом)'
/**
 * Russian number words that `numberKeys` misses, and a form of the same
 * value it reads: `девяносто` (90), `четвертый` (4th), `третий` (3rd),
 * `сотый` (100th), `тысячный` (1000th). Ordinals become cardinals, which give
 * the same key.
 */
const RUSSIAN_PATCHES: Array<[RegExp, string]> = [
  [/(?<!\p{L})девяносто(?!\p{L})/giu, 'девяноста'],
  [new RegExp(`(?<!\\p{L})четверт${ORDINAL_ENDING}(?!\\p{L})`, 'giu'), 'четыре'],
  [/(?<!\p{L})трет(?:ий|ья|ье|ьего|ьему|ьей|ью|ьи|ьих|ьим|ьими|ьем)(?!\p{L})/giu, 'три'],
  [new RegExp(`(?<!\\p{L})сот${ORDINAL_ENDING}(?!\\p{L})`, 'giu'), 'сто'],
  [new RegExp(`(?<!\\p{L})тысячн${ORDINAL_ENDING}(?!\\p{L})`, 'giu'), 'тысяча'],
]

/** Rewrite Russian spellings that `numberKeys` misses (`ё`, see {@link RUSSIAN_PATCHES}). */
function patchRussian(text: string): string {
  let out = text.replace(/ё/g, 'е').replace(/Ё/g, 'Е')
  for (const [pattern, replacement] of RUSSIAN_PATCHES) out = out.replace(pattern, replacement)
  return out
}

/** Values of round scale words, too vague to demand a match ("thousands of people"). */
const ROUND = new Set([100, 1000, 1e6, 1e9])

/** Value of a Roman numeral made of I, V and X (up to 39), or undefined. */
function romanValue(token: string): number | undefined {
  const text = token.replace(/Х/g, 'X')
  const m = ROMAN_VALID.exec(text)
  if (!m) return undefined
  const tens = m[1].length * 10
  const units: Record<string, number> = { IX: 9, IV: 4 }
  let unit = units[m[2]]
  if (unit === undefined) unit = (m[2].startsWith('V') ? 5 : 0) + m[2].replace('V', '').length
  const value = tens + unit
  return value > 0 ? value : undefined
}

/**
 * Replace by spaces (keeping the length) every match of `pattern` in `text`
 * that `take` accepts; `take` gets the match and its groups.
 */
function blank(text: string, pattern: RegExp, take: (m: string[]) => boolean): string {
  let out = ''
  let at = 0
  for (const m of text.matchAll(pattern)) {
    if (!take([...m].map((g) => g ?? ''))) continue
    out += text.slice(at, m.index) + ' '.repeat(m[0].length)
    at = m.index + m[0].length
  }
  return out + text.slice(at)
}

/** Multiset difference `a - b` of string lists. */
export function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>()
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1)
  const out: string[] = []
  for (const k of a) {
    const n = left.get(k) ?? 0
    if (n > 0) left.set(k, n - 1)
    else out.push(k)
  }
  return out
}

/**
 * Whether a text starts with a list marker (`1.`, `2)`, `(3)`).
 *
 * @param text A sentence.
 */
export function hasListMarker(text: string): boolean {
  return LIST_MARKER.test(text)
}

/**
 * The numbers of a text as items (see the module comment for strong and weak).
 * A list marker at the start (`1.`) is layout: it is left out unless
 * `keepListMarker` is set (for comparing two list items with each other).
 *
 * @param text A sentence or the sentences of one side of a pair.
 * @param lang Language of the text (`en`, `ru`, ...).
 * @param keepListMarker Count a leading list marker as a number.
 */
export function numberItems(text: string, lang: string, keepListMarker = false): NumberItem[] {
  const items: NumberItem[] = []
  let rest = patchRussian(text.normalize('NFC'))
    .replace(CHARACTER_REFERENCE, (m) => ' '.repeat(m.length))
    .replace(FOOTNOTE_CALL, (m) => ' '.repeat(m.length))
  if (!keepListMarker) rest = rest.replace(LIST_MARKER, (m) => ' '.repeat(m.length))
  const time = (hour: number, minute: number) => {
    items.push({ key: `time:${hour}:${String(minute).padStart(2, '0')}`, strong: true, time: { hour, minute } })
  }
  rest = blank(rest, TIME_12H, (m) => {
    const hour = Number(m[1])
    const minute = Number(m[2] || 0)
    if (hour < 1 || hour > 12 || minute > 59) return false
    time((hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0), minute)
    return true
  })
  rest = blank(rest, TIME_24H, (m) => {
    const hour = Number(m[1])
    const minute = Number(m[2])
    if (hour > 24 || minute > 59) return false
    time(hour, minute)
    return true
  })
  for (const m of rest.matchAll(ROMAN)) {
    const value = romanValue(m[1])
    if (value !== undefined) items.push({ key: String(value), strong: false, value })
  }
  const all = numberKeys(rest, lang)
  const digits = numberKeys(rest.replace(/[\p{L}\p{M}]/gu, ' '), lang)
  // Keys the text still gives with its letters blanked come from digits.
  const words = multisetMinus(all, digits)
  for (const key of multisetMinus(all, words)) {
    items.push({ key, strong: true, ...(key.startsWith('month:') ? {} : { value: Number(key) }) })
  }
  const lowerMarch = lang === 'en' && /(?<!\p{L})march(?!\p{L})/iu.test(rest) && !/(?<!\p{L})March(?!\p{L})/u.test(rest)
  // Number and month words are read in English and Russian only; elsewhere a word that looks like one is not (`mar`).
  if (!READS_WORDS.has(baseLanguage(lang))) return items
  for (const key of words) {
    if (key.startsWith('month:')) {
      items.push({ key, strong: !(key === 'month:3' && lowerMarch), words: true })
      continue
    }
    const value = Number(key)
    const vague = value <= 10 || ROUND.has(value) || (value === 12 && /dozen|дюжин/iu.test(rest)) || (value >= 1000 && PLURAL_SCALE.test(rest))
    items.push({ key, strong: !vague, value, words: true })
  }
  return items
}

/**
 * Russian word beginnings that carry a number inside a compound word
 * (`восемнадцатилетний` 18, `четырехдневный` 4, `двукратный` 2), and
 * collective numerals (`пятеро`, `четверка`). They are not counted as numbers
 * (`одновременно` is not "one") but excuse a digit of the same value on the
 * other side ("18-year-old", "4-day").
 */
const RU_COMPOUND: Array<[string, number]> = [
  ['одно', 1], ['дву', 2], ['двух', 2], ['двое', 2], ['двои', 2], ['трех', 3], ['трёх', 3], ['трое', 3],
  ['трои', 3], ['четырех', 4], ['четырёх', 4], ['четвер', 4], ['пяти', 5], ['пятер', 5], ['шести', 6],
  ['шестер', 6], ['семи', 7], ['семер', 7], ['восьми', 8], ['восьмер', 8], ['девяти', 9], ['девятер', 9],
  ['десяти', 10], ['десятер', 10], ['одиннадцати', 11], ['двенадцати', 12], ['тринадцати', 13],
  ['четырнадцати', 14], ['пятнадцати', 15], ['шестнадцати', 16], ['семнадцати', 17], ['восемнадцати', 18],
  ['девятнадцати', 19], ['двадцати', 20], ['тридцати', 30], ['сорока', 40], ['пятидесяти', 50],
  ['шестидесяти', 60], ['семидесяти', 70], ['восьмидесяти', 80], ['девяноста', 90], ['девяносто', 90], ['сто', 100],
  ['двухсот', 200], ['трехсот', 300], ['трёхсот', 300], ['четырехсот', 400], ['пятисот', 500], ['тысяче', 1000],
  ['полтор', 1.5], ['полутор', 1.5],
].sort((a, b) => (b[0] as string).length - (a[0] as string).length) as Array<[string, number]>
/** Whole Russian words that state a small number without being a numeral. */
const RU_WORDS: Record<string, number> = { оба: 2, обе: 2, обоих: 2, обеих: 2, обоим: 2, обеим: 2, пара: 2, пару: 2 }
/** English words that state a small number without being a numeral. */
const EN_WORDS: Record<string, number> = {
  once: 1, single: 1, twice: 2, double: 2, doubled: 2, both: 2, couple: 2, pair: 2, triple: 3,
  tripled: 3, thrice: 3, quadruple: 4, decade: 10, decades: 10, dozen: 12,
}

/**
 * Values a text states inside words that are not numerals (compound words,
 * collective numerals, `twice`, `both`, `decade`): they never make a
 * mismatch, but a digit on the other side with one of these values is
 * taken as matched.
 *
 * @param text The text.
 * @param lang Its language.
 */
export function impliedValues(text: string, lang: string): Set<number> {
  const values = new Set<number>()
  const lower = text.toLowerCase()
  for (const [pattern, value] of IDIOMS) if (pattern.test(lower)) values.add(value)
  for (const [token] of lower.matchAll(/\p{L}+/gu)) {
    const fixed = lang === 'ru' ? RU_WORDS[token] : EN_WORDS[token]
    if (fixed !== undefined) values.add(fixed)
    if (/-?fold$/.test(token) && lang !== 'ru') {
      const n = numberKeys(token.replace(/-?fold$/, ''), 'en')[0]
      if (n !== undefined) values.add(Number(n))
    }
    if (!/[а-яё]/.test(token)) continue
    for (const [prefix, value] of RU_COMPOUND) {
      if (token.startsWith(prefix) && token.length >= prefix.length + 3) {
        values.add(value)
        break
      }
    }
    const compound = compoundValue(token)
    if (compound !== undefined) values.add(compound)
  }
  return values
}

/**
 * Idioms that state a number without a numeral, and the number a translation
 * may give instead: `a quarter of an hour` = `четверть часа` = 15 (minutes),
 * `half an hour` = `полчаса` = 30, `midnight` = `полночь` = 12, `полтора` = 1.5.
 */
const IDIOMS: Array<[RegExp, number]> = [
  [/quarter of an hour|четверть часа/u, 15],
  [/half an hour|half-hour|полчаса|получаса/u, 30],
  [/three quarters of an hour|три четверти часа/u, 45],
  [/midnight|noon|midday|полноч|полдень|полудн|двенадцатом часу/u, 12],
  [/полтор|one and a half|half past/u, 1.5],
  [/\bhalf\b|половин/u, 0.5],
]


/** Scales a compound word may end on: `восьмидесятимиллионный` = 80,000,000. */
const COMPOUND_SCALES: Array<[string, number]> = [['миллиард', 1e9], ['миллион', 1e6], ['тысяч', 1e3]]

/**
 * The number a Russian compound word states when it is built of two numeral
 * stems of {@link RU_COMPOUND} or more, or of a stem and a scale (`тридцатичетырехлетний` = 34,
 * `восьмидесятимиллионный` = 80,000,000); undefined otherwise (one stem alone
 * is {@link RU_COMPOUND}'s).
 *
 * @param token A lower-case word.
 */
export function compoundValue(token: string): number | undefined {
  const word = token.replace(/ё/g, 'е')
  let at = 0
  let sum = 0
  let parts = 0
  for (;;) {
    const found = RU_COMPOUND.find(([stem]) => word.startsWith(stem, at))
    if (!found) break
    sum += found[1]
    at += found[0].length
    parts++
  }
  if (parts === 0) return undefined
  const scale = COMPOUND_SCALES.find(([stem]) => word.startsWith(stem, at))
  if (scale) return sum * scale[1]
  return parts >= 2 && word.length >= at + 3 ? sum : undefined
}

const SCALES = [1e3, 1e6, 1e9]
const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))

/** Whether two plain numbers differ only by a scale word (`$2 million` ~ `двух миллионов`). */
function sameUpToScale(x: number, y: number): boolean {
  return SCALES.some((s) => close(x * s, y) || close(y * s, x))
}

/** Whether two clock times are the same time, allowing 12- and 24-hour readings. */
function sameTime(a: { hour: number; minute: number }, b: { hour: number; minute: number }): boolean {
  return a.minute === b.minute && a.hour % 12 === b.hour % 12
}

/** Whether a plain number may be a clock time written without a colon (`12.00`, `17.30`, `в 9 часов`). */
function timeAsNumber(t: { hour: number; minute: number }, value: number): boolean {
  const hours = [t.hour, t.hour % 12, (t.hour % 12) + 12]
  return hours.some((h) => close(h + t.minute / 100, value) || (t.minute === 0 && h === value))
}

/**
 * Match the items of two texts and return the strong ones left without a
 * counterpart. Items match when their keys are equal, when two numbers differ
 * only by a scale word, when two times agree on a 12- or 24-hour clock or a
 * time equals a number (`12:00` ~ `12.00`), and a strong number is excused
 * when the other text states its value inside a word ({@link impliedValues}).
 *
 * @param a Items of the first text.
 * @param b Items of the second text.
 * @param aImplied Values implied by words of the first text.
 * @param bImplied Values implied by words of the second text.
 * @returns The unmatched strong items of each text.
 */
export function unmatchedNumbers(
  a: readonly NumberItem[],
  b: readonly NumberItem[],
  aImplied: ReadonlySet<number> = new Set(),
  bImplied: ReadonlySet<number> = new Set(),
): { a: NumberItem[]; b: NumberItem[] } {
  const usedA = a.map(() => false)
  const usedB = b.map(() => false)
  const pass = (same: (x: NumberItem, y: NumberItem) => boolean) => {
    // Strong items first, so a weak duplicate does not take a strong item's match.
    const order = a.map((_, i) => i).sort((i, j) => Number(a[j].strong) - Number(a[i].strong))
    for (const i of order) {
      if (usedA[i]) continue
      let best = -1
      for (let j = 0; j < b.length; j++) {
        if (usedB[j] || !same(a[i], b[j])) continue
        if (best < 0 || (b[j].strong && !b[best].strong)) best = j
      }
      if (best >= 0) {
        usedA[i] = true
        usedB[best] = true
      }
    }
  }
  pass((x, y) => x.key === y.key)
  pass((x, y) => x.value !== undefined && y.value !== undefined && sameUpToScale(x.value, y.value))
  pass((x, y) => x.time !== undefined && y.time !== undefined && sameTime(x.time, y.time))
  pass(
    (x, y) =>
      (x.time !== undefined && y.value !== undefined && timeAsNumber(x.time, y.value)) ||
      (y.time !== undefined && x.value !== undefined && timeAsNumber(y.time, x.value)),
  )
  const left = (items: readonly NumberItem[], used: boolean[], implied: ReadonlySet<number>) =>
    items.filter((item, i) => !used[i] && item.strong && !(item.value !== undefined && implied.has(item.value)))
  return { a: left(a, usedA, bImplied), b: left(b, usedB, aImplied) }
}

/**
 * The strong numbers of each of two texts that the other lacks. List markers
 * count only when both texts start with one (a renumbered list item).
 *
 * @param a First text.
 * @param aLang Its language.
 * @param b Second text.
 * @param bLang Its language.
 */
export function compareTexts(a: string, aLang: string, b: string, bLang: string): { a: NumberItem[]; b: NumberItem[] } {
  const markers = hasListMarker(a) && hasListMarker(b)
  // A number in words can only be matched where the other side's number words are read too.
  const matchable = (items: NumberItem[], otherLang: string) =>
    READS_WORDS.has(baseLanguage(otherLang)) ? items : items.map((item) => (item.words ? { ...item, strong: false } : item))
  return unmatchedNumbers(
    matchable(numberItems(a, aLang, markers), bLang),
    matchable(numberItems(b, bLang, markers), aLang),
    impliedValues(a, aLang),
    impliedValues(b, bLang),
  )
}

/** Languages whose number words `numberKeys` reads (others give digits only). */
const READS_WORDS: ReadonlySet<string> = new Set(['en', 'ru'])

/** Units that translators convert (miles to versts, acres to desyatinas, Fahrenheit to Réaumur). */
const CONVERTED_UNITS = /(?<!\p{L})(?:miles?|acres?|yards?|feet|foot|pounds?|fahrenheit|inch(?:es)?|ounces?|gallons?|верст|десятин|сажен|аршин|пуд|фунт|вершк|градус|réaumur|реомюр)/iu

/**
 * Why a number mismatch may not be one, or undefined when the numbers are
 * sure: a number read from words (a translation may say it another way,
 * round it or use an idiom), numbers next to a unit translators convert, or
 * a digit against a language whose number words are not read.
 *
 * @param unmatched The unmatched items of both sides.
 * @param a First text.
 * @param aLang Its language.
 * @param b Second text.
 * @param bLang Its language.
 */
export function doubtAbout(
  unmatched: { a: readonly NumberItem[]; b: readonly NumberItem[] },
  a: string,
  aLang: string,
  b: string,
  bLang: string,
): string | undefined {
  const all = [...unmatched.a, ...unmatched.b]
  if (all.some((item) => item.words)) return 'read from number words, which a translation may give otherwise'
  if (CONVERTED_UNITS.test(a) || CONVERTED_UNITS.test(b)) return 'next to a unit that translations convert'
  // A digit may stand for a number the other side writes in words it cannot read.
  if ((unmatched.a.length > 0 && !READS_WORDS.has(baseLanguage(bLang))) || (unmatched.b.length > 0 && !READS_WORDS.has(baseLanguage(aLang)))) {
    return 'the other side may write it in words, which are not read in its language'
  }
  return undefined
}
