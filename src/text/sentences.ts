/**
 * Rule-based English and Russian sentence splitting.
 *
 * One left-to-right pass over the range finds candidate stops: a run of
 * terminal punctuation (`.`, `!`, `?`, `…`), any closing quotes or brackets
 * glued to it, then blank. Each candidate is decided from a bounded window: the
 * word before the stop (and the one before that, for `т. д.`), the punctuation
 * itself, and the first character and word after the blank. Every look is
 * bounded or advances the scan, so the cost is linear in the range length.
 * Offsets always point into the original `text`; only the short words used for
 * abbreviation lookup are normalized (NFC, lower case), never the text itself.
 */
import type { Range } from '../types.js'
import { isBlankAt, trimRange } from './blank.js'
import { findEnumerations } from './enumerations.js'
import { toNfc } from './nfc.js'
import {
  CAPITALISED_MONTHS,
  EN_ABBREVIATIONS,
  RU_ABBREVIATIONS,
  SENTENCE_STARTERS,
  type AbbreviationClass,
  type AbbreviationTable,
} from './abbreviations.js'

/** Longest word looked at before a stop; longer words are never abbreviations. */
const MAX_WORD = 48
/** How far past the blank the splitter looks for the next letter. */
const MAX_LOOKAHEAD = 12
/** Longest stretch of the next word that is read. */
const MAX_NEXT_WORD = 16

const LETTER = /^[\p{L}\p{M}]$/u
const LOWER = /^\p{Ll}$/u
const CASED_UPPER = /^[\p{Lu}\p{Lt}]$/u
const DIGIT = /^\p{Nd}$/u
/** A letter with its combining marks (NFD-safe). */
const SINGLE_LETTER = /^\p{L}\p{M}*$/u
/** Single letters joined by periods: `U.S`, `В.И`, `e.g`. */
const DOTTED_LETTERS = /^\p{L}\p{M}*(?:\.\p{L}\p{M}*)+$/u
/** A number with inner periods: a date or version (`16.12`, `1.2.3`). */
const DOTTED_NUMBER = /^\d+(?:\.\d+)+$/u
const LIST_NUMBER = /^\d{1,3}$/u
const DAY = /^(?:[1-9]|[12]\d|3[01])$/u
const HAS_DIGIT = /\d/u
const ROMAN = /^[IVXLCDM]+$/u
/** A number glued to a unit: `2011г`, `10см` (not an ordinal ending such as `1990-м`). */
const NUMBER_UNIT = /^\d[\d.,:]*([\p{L}\p{M}]+)$/u

/** A flag of {@link CODE_FLAGS}: a terminal punctuation mark (`.`, `!`, `?`, `…`, `‼`, `⁇`, `⁈`, `⁉`, `。`, `！`, `？`). */
const TERMINAL = 1
/** A flag of {@link CODE_FLAGS}: a character that may close a sentence right after its stop. */
const CLOSER = 2
/** A flag of {@link CODE_FLAGS}: a character that may open a sentence before its first letter. */
const OPENER = 4
/** A flag of {@link CODE_FLAGS}: a dash. */
const DASH = 8

/**
 * For each UTF-16 code unit, what punctuation it can be around a stop: a
 * sum of {@link TERMINAL}, {@link CLOSER}, {@link OPENER} and {@link DASH}.
 * One table lookup instead of a chain of comparisons or a set of
 * one-character strings.
 */
const CODE_FLAGS = codeFlags()

/** Build {@link CODE_FLAGS}. */
function codeFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000)
  const mark = (chars: string, flag: number): void => {
    for (let k = 0; k < chars.length; k++) flags[chars.charCodeAt(k)] |= flag
  }
  mark('.!?\u2026\u203C\u2047\u2048\u2049\u3002\uFF01\uFF1F', TERMINAL)
  mark('"\'”’»›)]}“', CLOSER)
  mark('"\'“‘«„‚‹([{¿¡', OPENER)
  mark('-–—‒―', DASH)
  return flags
}

/**
 * A terminal punctuation mark ({@link TERMINAL}), to find the next stop: a
 * regular expression searches a long text faster than a loop.
 */
const NEXT_TERMINAL = /[.!?\u2026\u203C\u2047-\u2049\u3002\uFF01\uFF1F]/g

/** Whether the code unit at `index` of `text` (an offset below its length) has `flag`. */
function hasFlag(text: string, index: number, flag: number): boolean {
  return (CODE_FLAGS[text.charCodeAt(index)] & flag) !== 0
}

/** What a character is, as far as deciding a stop cares. */
export type Next = 'lower' | 'upper' | 'digit' | 'other'

interface Rules {
  table: AbbreviationTable
  /** Whether a lone `I` before a period is the English pronoun rather than an initial. */
  pronounI: boolean
  /**
   * Whether sentences always open with a capital, so that a lower-case word
   * after `!` or `?` goes on the sentence (`Yahoo! in the accounting
   * department`): English. Russian text is not so regular (`Вы здесь? в
   * целях...` ends there).
   */
  capitalOpens: boolean
}

const UNION_TABLE: AbbreviationTable = new Map([...EN_ABBREVIATIONS, ...RU_ABBREVIATIONS])
const RULES: Record<'en' | 'ru' | 'und', Rules> = {
  en: { table: EN_ABBREVIATIONS, pronounI: true, capitalOpens: true },
  ru: { table: RU_ABBREVIATIONS, pronounI: false, capitalOpens: false },
  und: { table: UNION_TABLE, pronounI: true, capitalOpens: false },
}

/** The rules of each language that has its own, by base language code. */
const RULES_BY_LANGUAGE: ReadonlyMap<string, Rules> = new Map([
  ['en', RULES.en],
  ['ru', RULES.ru],
])

function rulesFor(lang: string): Rules {
  // A plain `en` or `ru` is its own base.
  return RULES_BY_LANGUAGE.get(lang) ?? RULES_BY_LANGUAGE.get(lang.toLowerCase().split(/[-_]/u)[0]) ?? RULES.und
}

/**
 * Whether the character is blank, with a fast path (same answer as
 * `isBlankAt`): printable ASCII, and everything from after the soft hyphen
 * to before the Ogham space (Latin, Greek, Cyrillic...), is never blank.
 */
function blankAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if ((code > 0x20 && code < 0x7f) || (code > 0xad && code < 0x1680)) return false
  return isBlankAt(text, index)
}

/** Whether a UTF-16 code unit is an ASCII digit. */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The code point at `index` as a string (a surrogate pair stays whole). */
function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

function classify(char: string): Next {
  if (LOWER.test(char)) return 'lower'
  if (CASED_UPPER.test(char) || LETTER.test(char)) return 'upper'
  if (DIGIT.test(char)) return 'digit'
  return 'other'
}

/**
 * What {@link classify} says of each code unit below `ѐ` that is ASCII or a
 * basic Cyrillic letter (`А`-`я`), undefined for the others: a table, so
 * that the letters of every script take the same path.
 */
const SIMPLE_KINDS: ReadonlyArray<Next | undefined> = Array.from({ length: 0x450 }, (_, code): Next | undefined => {
  if (code >= 0x61 && code <= 0x7a) return 'lower'
  if (code >= 0x41 && code <= 0x5a) return 'upper'
  if (code >= 0x30 && code <= 0x39) return 'digit'
  if (code < 0x80) return 'other'
  if (code >= 0x410) return code >= 0x430 ? 'lower' : 'upper'
  return undefined
})

/**
 * What kind of character starts at `index` of `text`: {@link classify} of
 * its code point, read from the code unit for ASCII and the basic Cyrillic
 * letters (`А`-`я`), the characters of most stops.
 *
 * @param text Any string.
 * @param index An offset below its length.
 */
export function classifyAt(text: string, index: number): Next {
  const code = text.charCodeAt(index)
  return (code < SIMPLE_KINDS.length ? SIMPLE_KINDS[code] : undefined) ?? classify(charAt(text, index))
}

interface After {
  kind: Next
  /** An opening quote or bracket came before the first letter. */
  opener: boolean
  /** A dash came before the first letter. */
  dash: boolean
  /** Offset of the first character after the openers, dashes and blanks. */
  at: number
  /** How far the first word is read (bounded by the range end). */
  limit: number
}

/** Look at what follows a stop, starting at the first non-blank `from`. */
function lookAhead(text: string, from: number, end: number): After {
  let opener = false
  let dash = false
  let i = from
  const limit = Math.min(end, from + MAX_LOOKAHEAD)
  while (i < limit) {
    const flags = CODE_FLAGS[text.charCodeAt(i)]
    if ((flags & OPENER) !== 0) opener = true
    else if ((flags & DASH) !== 0) dash = true
    else if (!blankAt(text, i)) break
    i++
  }
  if (i >= end) return { kind: 'other', opener, dash, at: i, limit: i }
  return { kind: classifyAt(text, i), opener, dash, at: i, limit: Math.min(end, i + MAX_NEXT_WORD) }
}

/**
 * The first word after a stop, NFC lower case (letters only, bounded), or ''
 * when no letter follows. Read only when a decision needs it.
 */
function nextWord(text: string, next: After): string {
  if (next.kind !== 'lower' && next.kind !== 'upper') return ''
  let j = next.at
  while (j < next.limit && LETTER.test(text[j])) j++
  return toNfc(text.slice(next.at, j)).toLowerCase()
}

const LATIN = /^\p{Script=Latin}/u
const CYRILLIC = /^\p{Script=Cyrillic}/u

/** The script of a word's first letter, as far as initials care. */
function scriptOf(word: string): 'latin' | 'cyrillic' | 'other' {
  return LATIN.test(word) ? 'latin' : CYRILLIC.test(word) ? 'cyrillic' : 'other'
}

/** Strip opening punctuation from the front and closing punctuation from the back of a word. */
function stripWord(word: string): string {
  let a = 0
  let b = word.length
  while (a < b && hasFlag(word, a, OPENER | DASH | CLOSER)) a++
  while (b > a && hasFlag(word, b - 1, CLOSER)) b--
  return a === 0 && b === word.length ? word : word.slice(a, b)
}

/** Start of the non-blank run that ends at `end` (exclusive), scanning back at most `max` characters. */
function wordStart(text: string, end: number, floor: number, max: number): number {
  let i = end
  const limit = Math.max(floor, end - max)
  while (i > limit && !blankAt(text, i - 1)) i--
  return i
}

/** The word before the word that starts at `start`, or '' (bounded look back). */
function previousWord(text: string, start: number, floor: number): string {
  let i = start
  const limit = Math.max(floor, start - 4)
  while (i > limit && blankAt(text, i - 1)) i--
  if (i === start || i <= floor) return ''
  const s = wordStart(text, i, floor, 24)
  return stripWord(text.slice(s, i))
}

function lookup(table: AbbreviationTable, key: string): AbbreviationClass | undefined {
  return table.get(key)
}

/** Times of day that end a sentence unless they open it (`a.m.`, `p.m.`). */
const TIMES: ReadonlySet<string> = new Set(['a.m', 'p.m'])

/** Number of blank-separated words in `[from, to)` of `text` (bounded: stops counting at 4). */
function wordsBetween(text: string, from: number, to: number): number {
  let words = 0
  let inWord = false
  for (let k = from; k < to && words < 4; k++) {
    const blank = blankAt(text, k)
    if (!blank && !inWord) words++
    inWord = !blank
  }
  return words
}

const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{Ll}\p{M}]+$/u

/**
 * Whether an English `I.` is a middle initial: a capitalised name before it
 * and a capitalised word after it that does not usually open a sentence
 * (`Albert I. Jones`, not `you and I. Did`).
 */
function isMiddleInitial(before: string, after: string): boolean {
  return CAPITALISED.test(before) && after.length > 1 && !SENTENCE_STARTERS.has(after)
}

/**
 * What a period after `word` means, given what follows. `true` ends the sentence.
 */
function decidePeriod(
  text: string,
  rules: Rules,
  word: string,
  wordStartAt: number,
  sentenceStart: number,
  floor: number,
  closer: boolean,
  next: After,
): boolean {
  // A period set off by a space (`the issue . 2 minutes`) ends what comes before.
  if (word === '') return !(closer && next.kind === 'lower')
  // `1.` opening a part or a sentence is a list number, not a sentence.
  if (wordStartAt === sentenceStart && LIST_NUMBER.test(word)) return false
  // A day before a month is a date (`am 1. Mai`, `the 3. March`).
  if (DAY.test(word) && next.kind === 'upper' && CAPITALISED_MONTHS.has(nextWord(text, next))) return false
  if (word.length > MAX_WORD) return !(closer && next.kind === 'lower')

  const norm = toNfc(word)
  const lower = norm.toLowerCase()
  // Each pattern is tested only when a cheap look says it can match: a letter
  // and its marks (a mark is U+0300 or above), a period inside, a leading digit.
  const single = (norm.length === 1 || norm.charCodeAt(1) >= 0x300) && SINGLE_LETTER.test(norm)
  const dotted = !single && norm.includes('.') && DOTTED_LETTERS.test(norm)
  // Compared on every call, not only in the rare branch that needs it (see `capitalNext`).
  const pronounYa = lower === 'я'

  // Class from the table: two-word keys first (`т. д.` → `т.д`, `и пр`, `et al`).
  let cls: AbbreviationClass | undefined
  let prev: string | undefined
  const prevWord = (): string => (prev ??= toNfc(previousWord(text, wordStartAt, floor)))
  const initial = single && CASED_UPPER.test(norm[0])
  if (!initial && (single || lower.length <= 4)) {
    const before = prevWord().toLowerCase()
    if (before) {
      const joined = before.endsWith('.') ? before + lower : `${before} ${lower}`
      cls = lookup(rules.table, joined)
    }
  }
  const unit = cls === undefined && isAsciiDigit(lower.charCodeAt(0)) ? NUMBER_UNIT.exec(lower) : null
  if (cls === undefined && unit) {
    const glued = rules.table.get(unit[1])
    if (glued === 'unit') cls = 'end'
    else if (glued === 'year') cls = 'ambiguous'
  }
  if (cls === undefined && !initial) cls = lookup(rules.table, lower)
  if (cls === 'unit' || cls === 'year') {
    const before = prevWord()
    const afterNumber = HAS_DIGIT.test(before) || ROMAN.test(before)
    cls = !afterNumber ? 'never' : cls === 'unit' ? 'end' : 'ambiguous'
  }

  const abbreviation = cls !== undefined || single || dotted

  if (next.kind === 'lower') {
    if (closer || abbreviation || DOTTED_NUMBER.test(norm)) return false
    return true
  }
  if (next.kind === 'digit') {
    return !abbreviation
  }
  // A capital letter, a caseless letter or a symbol follows.
  if (cls !== undefined) {
    switch (cls) {
      case 'never':
        return false
      case 'end':
        // `At 5 a.m. Mr. Smith went out`: a time that opens its sentence goes on into it.
        return !(TIMES.has(lower) && wordsBetween(text, sentenceStart, wordStartAt) <= 2)
      case 'number':
        return true
      case 'ambiguous':
        return SENTENCE_STARTERS.has(nextWord(text, next))
    }
  }
  if (single) {
    // An upper-case letter is an initial (`M. Pompeo`), except the English `I`
    // and a letter of another script than the next word (`участке S. В случае`).
    if (initial) {
      if (scriptOf(norm) !== scriptOf(nextWord(text, next))) return true
      // `you and I. Did you` ends; `Albert I. Jones` is a middle initial: a name before, a name after.
      // (English only: German capitalises every noun, `Hochlager I. Am 11.`.)
      return rules.pronounI && norm === 'I' && !(rules.capitalOpens && isMiddleInitial(prevWord(), nextWord(text, next)))
    }
    // A lower-case single letter is an abbreviation, except the Russian pronoun `я`.
    return pronounYa
  }
  // Initials (`В.И`, `J.R`) and unknown dotted abbreviations (`a.k.a`) go on.
  return !dotted
}

/**
 * Split [range.start, range.end) of `text` into sentences.
 *
 * Returned ranges are in order, non-overlapping, trimmed of blank characters,
 * never empty, and together hold every non-blank character of the range.
 *
 * @param text The original text; offsets are UTF-16 indices into it.
 * @param lang `en`, `ru`, or anything else for the union of both rule sets.
 * @param range The part of `text` to split (all of it by default).
 */
export function splitSentences(text: string, lang: string, range?: Range): Range[] {
  const rules = rulesFor(lang)
  const from = Math.max(0, Math.min(range?.start ?? 0, text.length))
  const to = Math.max(from, Math.min(range?.end ?? text.length, text.length))
  const { start, end } = trimRange(text, from, to)
  const out: Range[] = []
  if (start >= end) return out

  // Stops are found by a regular expression, in a view of the text that ends with the range.
  const view = end === text.length ? text : text.slice(0, end)
  const enumerations = findEnumerations(text, start, end)
  let sentenceStart = start
  let i = start
  while (i < end) {
    NEXT_TERMINAL.lastIndex = i
    if (!NEXT_TERMINAL.test(view)) break
    const stopStart = NEXT_TERMINAL.lastIndex - 1
    let j = stopStart
    let question = false
    let dots = 0
    let ellipsis = false
    while (j < end && hasFlag(text, j, TERMINAL)) {
      const c = text.charCodeAt(j)
      if (c === 0x2e) dots++
      else if (c === 0x2026) ellipsis = true
      else question = true
      j++
    }
    // The period of a list marker (`2.` in `1. The first item 2. The second item`) ends nothing.
    if (dots === 1 && j === stopStart + 1 && enumerations.markerPeriods.has(stopStart)) {
      i = j
      continue
    }
    // A spaced ellipsis (`weakened . . . was`, `a period . . . . Next`) is one stop.
    let spacedEllipsis = false
    if (dots === 1 && !question && !ellipsis) {
      const spaced = spacedDotsEnd(text, j, end)
      if (spaced.dots >= 2) {
        j = spaced.end
        dots += spaced.dots
        ellipsis = true
        spacedEllipsis = true
      }
    }
    let k = j
    while (k < end && hasFlag(text, k, CLOSER)) k++
    if (k >= end) break
    if (!blankAt(text, k)) {
      i = k
      continue
    }
    let m = k
    while (m < end && blankAt(text, m)) m++
    if (m >= end) break

    const next = lookAhead(text, m, end)
    const closer = k > j
    // Compared at every stop, not only in the rare branch that needs it: the
    // engine recompiles a function whose rare branch makes a first comparison.
    const capitalNext = next.kind === 'upper' || next.kind === 'other'
    let split: boolean
    if (question) {
      // `"Why?" he asked` and `life! - has been` go on, and in English a name
      // that ends in `!` (`Yahoo! in the accounting department`); `Вы здесь? в
      // целях` and chat's `How did it go? did you` do not.
      split = !(next.kind === 'lower' && (closer || next.dash || (rules.capitalOpens && isExclaimedName(text, stopStart, j, sentenceStart))))
    } else if (ellipsis || dots > 1) {
      // After a spaced ellipsis, the English `I` goes on (`the thing is . . . I didn't mean it`).
      split = capitalNext && !(rules.pronounI && spacedEllipsis && dots <= 3 && isPronounI(text, next))
    } else {
      const ws = wordStart(text, stopStart, sentenceStart, MAX_WORD + 1)
      const word = stripWord(text.slice(ws, stopStart))
      split = decidePeriod(text, rules, word, ws, sentenceStart, start, closer, next)
    }
    // A citation after a quotation belongs to it: `"... stairways [...]" (Smith 55).`
    if (split && closer && isCitation(text, m, end)) split = false
    // A speech that goes on after its attribution: `«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».`
    // (Spanish closes the attribution with a dash before the stop: `–contestó Ana–. ¿Qué quieres?`)
    if (split && capitalNext && (next.dash || hasFlag(text, stopStart - 1, DASH)) && hasAttribution(text, sentenceStart, stopStart)) {
      split = false
    }
    if (split) {
      out.push({ start: sentenceStart, end: k })
      sentenceStart = m
    }
    i = m
  }
  out.push({ start: sentenceStart, end })
  return enumerations.itemStarts.length > 0 ? splitAtItems(text, out, enumerations.itemStarts) : out
}

/**
 * After a stop, the end of a run of periods each set off by blanks (`. . .`):
 * how many more periods, and the offset past the last one. A run that stops
 * at anything else than a blank or a period counts no periods.
 */
function spacedDotsEnd(text: string, from: number, end: number): { dots: number; end: number } {
  let dots = 0
  let at = from
  let k = from
  while (k < end) {
    let blanks = 0
    while (k < end && blanks <= 2 && blankAt(text, k)) {
      k++
      blanks++
    }
    if (blanks === 0 || blanks > 2 || k >= end || text.charCodeAt(k) !== 0x2e) break
    k++
    dots++
    at = k
  }
  return { dots, end: at }
}

/**
 * Whether a single `!` closes a capitalised word glued to it, a name that
 * carries the mark (`Yahoo!`, `Jeopardy!`), rather than an exclamation.
 */
function isExclaimedName(text: string, stopStart: number, stopEnd: number, sentenceStart: number): boolean {
  if (stopEnd !== stopStart + 1 || text.charCodeAt(stopStart) !== 0x21) return false
  const start = wordStart(text, stopStart, sentenceStart, MAX_WORD + 1)
  return start < stopStart && CAPITALISED.test(stripWord(text.slice(start, stopStart)))
}

/** Whether the word after a stop is the English pronoun `I` (`I `, `I'm`, `I’ll`). */
function isPronounI(text: string, next: After): boolean {
  if (text.charCodeAt(next.at) !== 0x49) return false
  const after = next.at + 1 < text.length ? text[next.at + 1] : ' '
  return after === "'" || after === '’' || blankAt(text, next.at + 1)
}

/** Longest citation in parentheses after a quotation, in characters. */
const MAX_CITATION = 40

/**
 * Whether a parenthesis at `at` holds a short citation that ends the
 * sentence: `(Smith 55).`, `(p. 12)!`.
 */
function isCitation(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== 0x28) return false
  // Searched no further than a citation can reach, so the pass stays linear.
  const close = text.slice(at, Math.min(end, at + MAX_CITATION + 1)).indexOf(')')
  if (close < 0) return false
  let k = at + close + 1
  if (k >= end || !hasFlag(text, k, TERMINAL)) return false
  while (k < end && hasFlag(text, k, TERMINAL | CLOSER)) k++
  return k >= end || blankAt(text, k)
}

/** Longest stretch before a stop searched for an attribution. */
const MAX_ATTRIBUTION_LOOK = 240

/**
 * A dash after the end of a speech (`,`, `?`, `!`, `…`, a closing quote)
 * that opens a lower-case attribution: `готовишься? – спросила`, `Да, -- сказал он`.
 */
const ATTRIBUTION = /[,?!…][»"”]?\s*(?:--|[-–—])\s*\p{Ll}/u

/** In a sentence that opens with a dash, a dash glued to a lower-case word: Spanish `–No comprendo nada –contestó Ana`. */
const GLUED_ATTRIBUTION = /\s[-–—]\p{Ll}/u

/** Whether the sentence so far holds a speech with its attribution after a dash. */
function hasAttribution(text: string, sentenceStart: number, stopStart: number): boolean {
  const sentence = text.slice(Math.max(sentenceStart, stopStart - MAX_ATTRIBUTION_LOOK), stopStart)
  return ATTRIBUTION.test(sentence) || (hasFlag(text, sentenceStart, DASH) && GLUED_ATTRIBUTION.test(sentence))
}

/** Cut sentence ranges where the items of a run-in enumeration start. */
function splitAtItems(text: string, ranges: readonly Range[], itemStarts: readonly number[]): Range[] {
  const out: Range[] = []
  let next = 0
  for (const range of ranges) {
    let start = range.start
    while (next < itemStarts.length && itemStarts[next] <= start) next++
    while (next < itemStarts.length && itemStarts[next] < range.end) {
      const cut = itemStarts[next++]
      const before = trimRange(text, start, cut)
      if (before.start < before.end) out.push(before)
      start = cut
    }
    out.push({ start, end: range.end })
  }
  return out
}
