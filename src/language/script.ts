/**
 * Letter counts by writing system: the cheap, exact first step of language
 * detection (Cyrillic versus Latin tells Russian from English).
 */
import type { Range } from '../types.js'

/** Letters of a range, by script. */
export interface ScriptCounts {
  /** Latin letters (ASCII and accented). */
  latin: number
  /** Cyrillic letters. */
  cyrillic: number
  /** Letters of any other script (Greek, Han, Arabic, ...). */
  other: number
}

const LETTER = /\p{L}/u
const LATIN = /\p{Script=Latin}/u
const CYRILLIC = /\p{Script=Cyrillic}/u

/**
 * Count the letters (`\p{L}`) of `[range)` of `text` by script. Combining marks
 * (as left by NFD) are not letters and are not counted; digits, punctuation
 * and blanks are ignored.
 *
 * @param text The original text.
 * @param range The part to count; the whole text by default.
 */
export function countScripts(text: string, range?: Range): ScriptCounts {
  const start = Math.max(0, range?.start ?? 0)
  const end = Math.min(text.length, range?.end ?? text.length)
  let latin = 0
  let cyrillic = 0
  let other = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++
      continue
    }
    if (c >= 0x0400 && c <= 0x052f && !(c >= 0x0483 && c <= 0x0489)) {
      cyrillic++
      continue
    }
    let ch = text[i]
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      ch = text.slice(i, i + 2)
      i++
    }
    if (!LETTER.test(ch)) continue
    if (LATIN.test(ch)) latin++
    else if (CYRILLIC.test(ch)) cyrillic++
    else other++
  }
  return { latin, cyrillic, other }
}
