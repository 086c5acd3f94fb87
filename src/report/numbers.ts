/**
 * Number and date mismatches: in a pair with both sides, every number, date
 * and time one side states must be on the other too, in whatever form
 * (`600` = `шестисот`, `16.12.` = `16 декабря`, `5.30pm` = `17:30`).
 */
import type { Alignment } from '../types.js'
import { isCounterpart, locatePair, sideText } from './content.js'
import { compareTexts, doubtAbout, type NumberItem } from './number-items.js'
import type { Finding } from './types.js'

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]

/**
 * A number key as a reader would say it: `month:12` → `December`,
 * `time:17:30` → `17:30`, other keys as they are.
 *
 * @param key A key of `numberKeys` or a time key.
 */
export function describeNumberKey(key: string): string {
  if (key.startsWith('month:')) return MONTHS[Number(key.slice(6)) - 1] ?? key
  if (key.startsWith('time:')) return key.slice(5)
  return key
}

/** The keys of items, described and joined for a message. */
function list(items: readonly NumberItem[]): string {
  return items.map((item) => describeNumberKey(item.key)).join(', ')
}

/**
 * The strong numbers of each side of a pair that the other side lacks (see
 * `number-items.ts` for what is strong and what counts as the same number).
 *
 * @param sourceText Source side of the pair.
 * @param sourceLang Its language.
 * @param targetText Target side of the pair.
 * @param targetLang Its language.
 * @returns Unmatched keys of each side, in order of appearance.
 */
export function compareNumbers(
  sourceText: string,
  sourceLang: string,
  targetText: string,
  targetLang: string,
): { source: string[]; target: string[] } {
  const result = compareTexts(sourceText, sourceLang, targetText, targetLang)
  return { source: result.a.map((i) => i.key), target: result.b.map((i) => i.key) }
}

/**
 * `number-mismatch` findings: pairs whose two sides both have content and
 * whose numbers differ. The message names the numbers. Severity `error` when
 * the numbers are sure (digits, dates, times, months), `warning` with the
 * reason when a number was read from words (a translation may give `a
 * quarter of an hour` as `пятнадцать минут`, or round it) or stands next to a
 * unit that translations convert (miles and versts).
 *
 * Small number words (up to ten), round scale words and Roman numerals are
 * used to match but never reported on their own: `one`, `first` and
 * `один` are as often pronouns or idioms as numbers. A change from one small
 * number word to another (`four` → `пяти`) is therefore not caught; a change
 * of digits, of a date, a time, or a larger number word is.
 *
 * @param alignment The alignment.
 */
export function findNumberMismatches(alignment: Alignment): Finding[] {
  const findings: Finding[] = []
  const { source, target } = alignment
  alignment.pairs.forEach((pair, k) => {
    if (!isCounterpart(source, pair.source) || !isCounterpart(target, pair.target)) return
    const s = sideText(source, pair.source)
    const t = sideText(target, pair.target)
    const { a, b } = compareTexts(s, source.lang, t, target.lang)
    if (a.length === 0 && b.length === 0) return
    const doubt = doubtAbout({ a, b }, s, source.lang, t, target.lang)
    const message =
      (a.length > 0 && b.length > 0
        ? `numbers differ: ${list(a)} in the source, ${list(b)} in the target`
        : a.length > 0
          ? `${list(a)} in the source ${a.length === 1 ? 'is' : 'are'} missing from the target`
          : `${list(b)} in the target ${b.length === 1 ? 'is' : 'are'} not in the source`) + (doubt ? ` (${doubt})` : '')
    findings.push({
      kind: 'number-mismatch',
      severity: doubt ? 'warning' : 'error',
      message,
      ...locatePair(alignment, pair),
      pair: k,
      numbers: { source: a.map((i) => i.key), target: b.map((i) => i.key) },
    })
  })
  return findings
}
