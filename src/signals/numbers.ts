/**
 * Numbers as language-neutral anchors. Each number a sentence states becomes a
 * key that reads the same in every language: `600`, `шестисот` and `six hundred`
 * all give `600`; `17th` and `17-й` give `17`; `16.12.` and `16 декабря` give
 * `16` and `month:12`; decimal commas and points give the same key.
 */
import { isWhiteSpaceCode } from '../text/blank.js'
import { toNfc } from '../text/nfc.js'
import { letterOrMarkCodes } from './letters.js'
import { headingNumeral } from '../text/roman.js'

const EN_MONTHS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
]
const EN_MONTH_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/
const RU_MONTH_STEMS = [
  'январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр',
]
/** Case endings a Russian month stem takes (`декабря`, `мае`, `марте`, `августа`). */
const RU_MONTH_ENDINGS = ['ь', 'я', 'е', 'ю', 'ем', 'а', 'ом', 'й', 'ей', 'ю']
/** A Russian month: stem plus a case ending (`декабря`, `мае`, `марте`, `августа`). */
const RU_MONTH_WORD = new RegExp(`^(${RU_MONTH_STEMS.join('|')})(${RU_MONTH_ENDINGS.join('|')})?$`)

/** English number words and their values; scales multiply what precedes them. */
const EN_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  million: 1e6, billion: 1e9,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100, thousandth: 1000,
  dozen: 12, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9,
}

/**
 * Russian number stems (cardinals and ordinals) and their values. A word is a
 * number when it is a stem followed by one of {@link RU_ENDINGS}; the longest
 * stem wins, so `пятнадцати` is 15, not 5.
 */
const RU_STEMS: Array<[string, number]> = [
  ['ноль', 0], ['нол', 0],
  ['один', 1], ['одн', 1], ['перв', 1],
  ['два', 2], ['две', 2], ['двух', 2], ['двум', 2], ['втор', 2],
  ['три', 3], ['трех', 3], ['трёх', 3], ['трем', 3], ['трём', 3], ['тремя', 3], ['трет', 3], ['треть', 3],
  ['четыр', 4], ['четвер', 4], ['четверт', 4], ['четвёрт', 4],
  ['пят', 5], ['шест', 6], ['сем', 7], ['седьм', 7], ['восем', 8], ['восьм', 8],
  ['девят', 9], ['десят', 10],
  ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14],
  ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18],
  ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['сорок', 40], ['сороков', 40],
  ['пятьдесят', 50], ['пятидесят', 50], ['шестьдесят', 60], ['шестидесят', 60],
  ['семьдесят', 70], ['семидесят', 70], ['восемьдесят', 80], ['восьмидесят', 80],
  ['девяност', 90], ['сто', 100], ['ста', 100], ['сот', 100], ['сотый', 100], ['сотого', 100],
  ['двест', 200], ['двухсот', 200], ['двумстам', 200], ['двухст', 200],
  ['трист', 300], ['трехсот', 300], ['трёхсот', 300], ['трехст', 300],
  ['четырест', 400], ['четырехсот', 400], ['четырёхсот', 400],
  ['пятьсот', 500], ['пятисот', 500], ['пятист', 500],
  ['шестьсот', 600], ['шестисот', 600], ['шестист', 600],
  ['семьсот', 700], ['семисот', 700], ['семист', 700],
  ['восемьсот', 800], ['восьмисот', 800], ['восьмист', 800],
  ['девятьсот', 900], ['девятисот', 900], ['девятист', 900],
  ['тысяч', 1000], ['тысячн', 1000], ['миллион', 1e6], ['миллиард', 1e9],
]
/** Case endings of Russian numerals and ordinal adjectives. */
const RU_ENDINGS = new Set([
  '', 'ь', 'и', 'ью', 'а', 'у', 'ой', 'ом', 'ем', 'ам', 'ами', 'ах', 'ы', 'е', 'ею', 'ей', 'ям',
  'ями', 'ях', 'ых', 'ым', 'ыми', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ого', 'его', 'ому', 'ему',
  'ую', 'юю', 'ые', 'ие', 'их', 'им', 'ими', 'ов', 'я', 'ти', 'ста', 'стам', 'стами', 'стах',
  'о', 'его', 'ему', 'ая', 'ой', 'ым',
])
/** A number for the first two code units of a text (`NaN` when it is shorter). */
function startKey(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1)
}
/** The stems by their first two letters ({@link startKey}), each list longest first. */
const RU_STEMS_BY_START = new Map<number, Array<[string, number]>>()
for (const entry of [...RU_STEMS].sort((a, b) => b[0].length - a[0].length)) {
  const key = startKey(entry[0])
  const list = RU_STEMS_BY_START.get(key)
  if (list === undefined) RU_STEMS_BY_START.set(key, [entry])
  else list.push(entry)
}
/** Stems that are also common non-number words unless a case ending confirms them. */
const RU_AMBIGUOUS = new Set(['сем', 'ста', 'сот', 'одн', 'втор', 'пят', 'шест', 'нол', 'два'])

/** Value of a Russian number word, or undefined. */
function russianWord(word: string): number | undefined {
  const stems = RU_STEMS_BY_START.get(startKey(word))
  if (stems === undefined) return undefined
  for (const [stem, value] of stems) {
    if (!word.startsWith(stem)) continue
    const ending = word.slice(stem.length)
    if (!RU_ENDINGS.has(ending)) continue
    if (RU_AMBIGUOUS.has(stem) && !isSafeRussian(stem, ending)) continue
    return value
  }
  return undefined
}

/** Rule out common words that look like number stems (`семья`, `сота`, `стал`). */
function isSafeRussian(stem: string, ending: string): boolean {
  switch (stem) {
    case 'сем':
      return ['ь', 'и', 'ью', 'ом', 'ая', 'ое', 'ого', 'ому', 'ые', 'ых', 'ым', 'ыми', 'ую', 'ой'].includes(ending) && ending !== ''
    case 'пят':
    case 'шест':
      return ['ь', 'и', 'ью', 'ый', 'ая', 'ое', 'ого', 'ому', 'ые', 'ых', 'ым', 'ыми', 'ую', 'ой', 'ом'].includes(ending)
    case 'ста':
    case 'сот':
      return ending === ''
    case 'одн':
      return ['а', 'о', 'ого', 'ой', 'ому', 'им', 'ом', 'у', 'и', 'их', 'ими'].includes(ending)
    case 'втор':
      return ['ой', 'ая', 'ое', 'ого', 'ому', 'ые', 'ых', 'ым', 'ыми', 'ую', 'ом'].includes(ending)
    case 'нол':
      return ['ь', 'я', 'ю', 'ем', 'е'].includes(ending)
    case 'два':
      return ending === ''
    default:
      return true
  }
}

/** What a word says as a number. */
interface NumberWord {
  /** Its value as a number word (`six` 6, `шестисот` 600, `first` 1), or undefined. */
  value: number | undefined
  /** The month it names (1 to 12), or 0. */
  month: number
  /** Whether it is `may`, a month only next to a number. */
  may: boolean
  /** Whether it can state a number or a date on its own (see {@link isNumberWord}). */
  numeric: boolean
}

/** Endings after the stem `ма` that make a month: `мая`, `мае`, `маю`, `май`, `маем`. */
const MAY_ENDINGS = ['я', 'е', 'ю', 'й', 'ем']

/**
 * Readings of the lower-case words met so far: texts repeat their words, and
 * a reading costs a few regular expressions and a walk over the Russian stems.
 */
const readings = new Map<string, NumberWord>()
/** Words the reading cache holds before it starts afresh. */
const READINGS_SIZE = 200_000

/** What a lower-case word says as a number (remembered). */
function readWord(word: string): NumberWord {
  let reading = readings.get(word)
  if (reading === undefined) {
    reading = computeReading(word)
    if (readings.size >= READINGS_SIZE) readings.clear()
    readings.set(word, reading)
  }
  return reading
}

/** The reading of a word that says no number. */
const NO_NUMBER: NumberWord = { value: undefined, month: 0, may: false, numeric: false }

/** What a lower-case word says as a number, computed. */
function computeReading(word: string): NumberWord {
  // Only a word that starts with an ASCII letter can be in EN_WORDS: the test
  // spares other words a property lookup by a string that is not yet interned.
  // Own properties only: `constructor` or `toString` are not numbers.
  const english = word.charCodeAt(0) < 0x80 && Object.hasOwn(EN_WORDS, word) ? EN_WORDS[word] : undefined
  const value = english ?? (/[а-яё]/.test(word) ? russianWord(word) : undefined)
  let month = 0
  let monthName = false
  if (EN_MONTH_WORD.test(word)) {
    monthName = true
    month = EN_MONTHS.indexOf(word.slice(0, 3)) + 1
  } else {
    const ru = RU_MONTH_WORD.exec(word)
    if (ru) {
      monthName = true
      // "ма" alone is too short: only "мая", "мае", "маю", "май" count.
      if (ru[1] !== 'ма' || MAY_ENDINGS.includes(ru[2] ?? '')) month = RU_MONTH_STEMS.indexOf(ru[1]) + 1
    }
  }
  return { value, month, may: word === 'may', numeric: value !== undefined || monthName }
}

/**
 * A number from 1 to 59 for each letter whose lower-casing is one code unit
 * and needs no context (ASCII letters, `А`-`я`, `Ё`, `ё`), the same for both
 * cases; 0 for any other code unit up to `ё`. A table, so that the letters
 * of every script take the same path.
 */
const LETTER_NUMBERS = new Uint8Array(0x452)
for (let k = 0; k < 26; k++) LETTER_NUMBERS[0x41 + k] = LETTER_NUMBERS[0x61 + k] = 1 + k
for (let k = 0; k < 32; k++) LETTER_NUMBERS[0x410 + k] = LETTER_NUMBERS[0x430 + k] = 27 + k
LETTER_NUMBERS[0x401] = LETTER_NUMBERS[0x451] = 59

/** The {@link LETTER_NUMBERS} number of a code unit (0 when it has none). */
function letterNumber(code: number): number {
  return code < LETTER_NUMBERS.length ? LETTER_NUMBERS[code] : 0
}

/** A number for three letters, from their {@link letterNumber}s. */
function prefixKey(a: number, b: number, c: number): number {
  return (a << 12) | (b << 6) | c
}

/** The {@link prefixKey} of the first three letters of a lower-case word of numbers or months. */
function prefixOf(word: string): number {
  return prefixKey(letterNumber(word.charCodeAt(0)), letterNumber(word.charCodeAt(1)), letterNumber(word.charCodeAt(2)))
}

/**
 * The first three letters ({@link prefixKey}) of every word that can have a
 * value or name a month: English number words, month names and Russian
 * stems. A word of fewer than three code units has neither.
 */
const NUMBER_PREFIXES = new Set<number>()
for (const word of [
  ...Object.keys(EN_WORDS),
  ...EN_MONTHS,
  ...RU_MONTH_STEMS.flatMap((stem) => (stem.length >= 3 ? [stem] : MAY_ENDINGS.map((ending) => stem + ending))),
  ...RU_STEMS.map(([stem]) => stem),
]) {
  NUMBER_PREFIXES.add(prefixOf(word))
}

/**
 * The first three letters of every word {@link isNumberWord} accepts: those
 * of {@link NUMBER_PREFIXES}, and the month stem `ма` with any of its case
 * endings (`маа` names no month but reads as a month name).
 */
const NUMERIC_PREFIXES = new Set(NUMBER_PREFIXES)
for (const word of RU_MONTH_STEMS.flatMap((stem) => RU_MONTH_ENDINGS.map((ending) => stem + ending))) {
  if (word.length >= 3) NUMERIC_PREFIXES.add(prefixOf(word))
}

/**
 * Whether the three code units of `text` from `start` on, lower-cased one by
 * one, surely begin no word of `prefixes`: each is a letter of
 * {@link LETTER_NUMBERS} and together they are not in the set. The caller
 * knows the text has three code units there.
 */
function beginsNoneOf(prefixes: ReadonlySet<number>, text: string, start: number): boolean {
  const a = letterNumber(text.charCodeAt(start))
  const b = letterNumber(text.charCodeAt(start + 1))
  const c = letterNumber(text.charCodeAt(start + 2))
  return a > 0 && b > 0 && c > 0 && !prefixes.has(prefixKey(a, b, c))
}

/**
 * Whether the word from `start` to `end` of `text` surely has no value and
 * names no month: it is shorter than three code units, or its first three,
 * lower-cased one by one, begin no word of {@link NUMBER_PREFIXES}. Spares
 * most words the lower-casing and the lookup of {@link readWord}.
 */
function isSurelyNoNumber(text: string, start: number, end: number): boolean {
  return end - start < 3 || beginsNoneOf(NUMBER_PREFIXES, text, start)
}

/**
 * Whether a lower-case word can state a number or a date on its own: a
 * number word, an ordinal or a month name. Lets callers skip
 * {@link numberKeys} for sentences that have neither digits nor such words.
 *
 * @param word A lower-case word.
 */
export function isNumberWord(word: string): boolean {
  // Most words begin no number word: they need no reading.
  if (word.length >= 3 && beginsNoneOf(NUMERIC_PREFIXES, word, 0)) return false
  return readWord(word).numeric
}

/** Combine a run of number-word values (`six hundred`, `двадцать пять`) into one number. */
function combine(values: number[]): number {
  let total = 0
  let current = 0
  for (const value of values) {
    if (value === 100) current = (current || 1) * 100
    else if (value >= 1000) {
      // "тысячи тысяч", "thousands of thousands": a scale after a bare scale multiplies it.
      if (current === 0 && total > 0) total *= value
      else total += (current || 1) * value
      current = 0
    } else current += value
  }
  return total + current
}

/** Normalise a digit string (`1,000`, `1 000`, `3,5`, `3.5`) to a key. */
function digitsKey(raw: string, lang: string): string {
  let text = raw.replace(/[\s\u00A0\u202F']/g, '')
  // A group separator is a comma or point followed by exactly three digits, repeated.
  if (/^\d{1,3}([,.]\d{3})+$/.test(text)) {
    const sep = text.match(/[,.]/)?.[0]
    const parts = text.split(sep!)
    // "3.500" in English and "3,500" in Russian are ambiguous; read a single
    // separator as grouping only when it is the language's grouping mark.
    if (parts.length > 2 || (sep === ',' && lang !== 'ru') || (sep === '.' && lang === 'ru')) {
      text = parts.join('')
    }
  }
  return plainNumberKey(text.replace(',', '.'))
}

/** The key of a number's text (digits, a decimal point): its value, or the text itself when it is no finite number. */
function plainNumberKey(text: string): string {
  const value = Number(text)
  if (!Number.isFinite(value)) return text
  return String(value)
}

/**
 * The number keys a text states, in order of appearance: digits, number words
 * (English and Russian, inflected), ordinals and month names; a text that is
 * only a chapter heading in Roman numerals (`CHAPTER IV`) states its number.
 *
 * @param text A sentence or a group of sentences.
 * @param lang Language of the text (`en`, `ru`, or another code for digits only).
 * @returns Keys such as `600`, `17`, `3.5`, `month:12`.
 */
export function numberKeys(text: string, lang: string): string[] {
  const heading = headingNumeral(text)
  if (heading !== undefined) return [String(heading)]
  const keys: string[] = []
  let source = readDottedDates(toNfc(text), keys)
  // British `one hundred and twenty-six`: the `and` after a scale joins the number.
  if (lang === 'en' && source.includes('and')) source = source.replace(SCALE_AND, (_, scale: string, gap: string) => `${scale}${gap}   `)
  const isLetter = letterOrMarkCodes()
  const run: Run = { values: [], inverted: false }
  let previousEnd = 0
  let afterDigits = false
  const length = source.length
  let k = 0
  while (k < length) {
    const start = k
    const code = source.charCodeAt(k)
    if (isDigitCode(code)) {
      k = digitsEnd(source, k)
      flushRun(run, keys)
      pushDigits(keys, source.slice(start, k), lang)
      afterDigits = true
    } else if (isLetter[code] === 1 || isAstralLetterAt(source, k)) {
      k = lettersEnd(source, k, isLetter)
      // Punctuation between two words ends a run of number words ("пятый, сто").
      if (run.values.length > 0 && !isSpacesAndHyphens(source, previousEnd, start)) flushRun(run, keys)
      readNumberWord(source, start, k, afterDigits, run, keys)
      afterDigits = false
    } else {
      k++
      continue
    }
    previousEnd = k
  }
  flushRun(run, keys)
  return keys
}

/** Dates written with points: 16.12. / 16.12.2015 / 1.11.15 */
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?!\d)/g

/**
 * Push the keys of the dates written with points in `text` (`16.12.2015`
 * gives `16`, `month:12`, `2015`), and the text with each such date replaced
 * by a space.
 */
function readDottedDates(text: string, keys: string[]): string {
  // A date needs a point between two digits.
  if (!hasPointBetweenDigits(text)) return text
  return text.replace(DOTTED_DATE, (match, d: string, m: string, y?: string) => {
    const day = Number(d)
    const month = Number(m)
    if (day < 1 || day > 31 || month < 1 || month > 12) return match
    keys.push(String(day), `month:${month}`)
    if (y) keys.push(String(Number(y)))
    return ' '
  })
}

/** Whether a point stands between two digits somewhere in `text`. */
function hasPointBetweenDigits(text: string): boolean {
  for (let at = text.indexOf('.', 1); at >= 0; at = text.indexOf('.', at + 1)) {
    if (isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1))) return true
  }
  return false
}

/**
 * A run of number words being read: their values, and whether it opened
 * with a scale in the genitive (`тысяч двадцать`, `тысячи две`), the Russian
 * word order of an approximate number ("some twenty thousand").
 */
interface Run {
  values: number[]
  inverted: boolean
}

/** `and` between an English scale word and a smaller number word (`hundred and twenty`). */
const SCALE_AND =
  /(?<![\p{L}])(hundred|thousand|million|billion)(\s+)and(?=\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\p{L}]))/giu

/** Russian scale words in the genitive: opening a run, they put the number after them (`тысяч двадцать` = 20,000). */
const INVERTING_SCALES = new Set(['тысяч', 'тысячи', 'миллионов', 'миллиона', 'миллиардов', 'миллиарда'])

/** Push the number a run of number-word values states, if any, and empty the run. */
function flushRun(run: Run, keys: string[]): void {
  const { values } = run
  if (values.length === 0) return
  if (run.inverted && values.length > 1) {
    const rest = combine(values.slice(1))
    keys.push(String(rest < 1000 ? rest * values[0] : combine(values)))
  } else keys.push(String(combine(values)))
  values.length = 0
  run.inverted = false
}

/**
 * Read the word from `start` to `end` of `text`: a number word joins the run
 * (unless it is a scale that restates the digits before it: `3.5 million`,
 * `5 тысяч`); any other word ends the run, and a month name pushes its key.
 */
function readNumberWord(text: string, start: number, end: number, afterDigits: boolean, run: Run, keys: string[]): void {
  const lower = isSurelyNoNumber(text, start, end) ? '' : text.slice(start, end).toLowerCase()
  const word = lower === '' ? NO_NUMBER : readWord(lower)
  const value = word.value
  if (value !== undefined && !(afterDigits && value >= 1000)) {
    if (run.values.length === 0 && INVERTING_SCALES.has(lower)) run.inverted = true
    run.values.push(value)
    return
  }
  flushRun(run, keys)
  // "may" is a month only when it touches a number: "1 May", "May 2015".
  if (word.month > 0 && (!word.may || touchesDigit(text, start, end))) keys.push(`month:${word.month}`)
}

/**
 * Push the keys of a digit token. Digit groups split by plain spaces are
 * separate numbers unless the groups after the first have exactly three
 * digits (1 000 000).
 */
function pushDigits(keys: string[], token: string, lang: string): void {
  if (isAllDigits(token)) {
    keys.push(plainNumberKey(token))
    return
  }
  const groups = token.split(/[\u00A0\u202F ]/)
  if (groups.length > 1 && !groups.slice(1).every((g) => /^\d{3}$/.test(g))) {
    for (const g of groups) keys.push(digitsKey(g, lang))
  } else keys.push(digitsKey(token, lang))
}

/** Whether a text is made of ASCII digits only. */
function isAllDigits(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    if (!isDigitCode(text.charCodeAt(k))) return false
  }
  return true
}

/** Whether a UTF-16 code unit is an ASCII digit. */
function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Whether a digit token may go on with the code unit `code` before the next digits (`1,000`, `3.5`, `1 000`). */
function isDigitSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x20 || code === 0xa0 || code === 0x202f
}

/**
 * The end of the digit token that starts at `start` of `text`: a run of
 * digits with inner separators between digits (`1 000`, `3,5`, `16.12`).
 */
function digitsEnd(text: string, start: number): number {
  const length = text.length
  let k = start + 1
  while (k < length) {
    if (isDigitCode(text.charCodeAt(k))) k++
    else if (isDigitSeparator(text.charCodeAt(k)) && k + 1 < length && isDigitCode(text.charCodeAt(k + 1))) k += 2
    else break
  }
  return k
}

/**
 * The end of the run of letters and combining marks (surrogate pairs
 * included) that starts at `start` of `text`.
 */
function lettersEnd(text: string, start: number, isLetter: Uint8Array): number {
  const length = text.length
  let k = start
  while (k < length) {
    if (isLetter[text.charCodeAt(k)] === 1) k++
    else if (isAstralLetterAt(text, k)) k += 2
    else break
  }
  return k
}

/** Whether a letter or combining mark outside the Basic Multilingual Plane (a surrogate pair) starts at `index`. */
function isAstralLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return false
  const point = text.codePointAt(index)!
  return point > 0xffff && /[\p{L}\p{M}]/u.test(String.fromCodePoint(point))
}

/** White space and hyphens, read from where `lastIndex` is set. */
const SPACES_AND_HYPHENS = /[\s-]*/y

/** Whether `text` holds only white space and hyphens from `start` to `end`. */
function isSpacesAndHyphens(text: string, start: number, end: number): boolean {
  // Most gaps are one space: no need for the regular expression.
  if (end - start === 1 && text.charCodeAt(start) === 0x20) return true
  SPACES_AND_HYPHENS.lastIndex = start
  SPACES_AND_HYPHENS.test(text)
  return SPACES_AND_HYPHENS.lastIndex >= end
}

/**
 * Whether a digit comes right before the word at `start` or within the five
 * characters after it ends at `end`, white space aside ("1 May", "May 2015").
 */
function touchesDigit(text: string, start: number, end: number): boolean {
  let k = start
  while (k > 0 && isWhiteSpaceCode(text.charCodeAt(k - 1))) k--
  if (k > 0 && isDigitCode(text.charCodeAt(k - 1))) return true
  const limit = Math.min(text.length, end + 5)
  k = end
  while (k < limit && isWhiteSpaceCode(text.charCodeAt(k))) k++
  return k < limit && isDigitCode(text.charCodeAt(k))
}
