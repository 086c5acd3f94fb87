/**
 * Which script a sentence is written in, for telling English left in a
 * Russian text (or the reverse). Only letters of ordinary words count: URLs,
 * e-mail addresses, acronyms (`NATO`, `CPK`), words with digits (`COVID-19`,
 * `Log4Shell`) and mixed-case brands (`iPhone`, `eReader`) are set aside,
 * since a translation keeps them as they are.
 */
import { countScripts } from '../language/script.js'

/** Letters and words of a text by script, after setting aside what translations keep. */
export interface ScriptProfile {
  /** Latin letters of ordinary words. */
  latin: number
  /** Cyrillic letters of ordinary words. */
  cyrillic: number
  /** Lower-case words of two letters or more in Latin script (function words, not names). */
  latinLowerWords: number
  /** Lower-case words of two letters or more in Cyrillic script. */
  cyrillicLowerWords: number
}

const LINK = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.\S+/giu
const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu

/**
 * The script profile of a text.
 *
 * @param text A sentence.
 */
export function scriptProfile(text: string): ScriptProfile {
  const profile: ScriptProfile = { latin: 0, cyrillic: 0, latinLowerWords: 0, cyrillicLowerWords: 0 }
  for (const [token] of text.replace(LINK, ' ').matchAll(WORD)) {
    if (/\p{N}/u.test(token)) continue
    const letters = token.replace(/[^\p{L}]/gu, '')
    if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) continue
    if (/\p{Ll}\p{Lu}/u.test(token)) continue
    const counts = countScripts(token)
    profile.latin += counts.latin
    profile.cyrillic += counts.cyrillic
    const lower = letters.length >= 2 && /^\p{Ll}/u.test(letters)
    if (lower && counts.latin === letters.length) profile.latinLowerWords++
    if (lower && counts.cyrillic === letters.length) profile.cyrillicLowerWords++
  }
  return profile
}

/** Letters of the other script a sentence needs before it can be called written in it. */
export const MIN_FOREIGN_LETTERS = 20
/** Share of the Latin and Cyrillic letters the other script needs (a clear majority). */
export const MIN_FOREIGN_SHARE = 0.8
/** Lower-case words of the other script needed (names alone are not a language). */
export const MIN_FOREIGN_LOWER_WORDS = 2

/**
 * Whether a text is written in `foreign` script although `expected` was
 * expected: at least {@link MIN_FOREIGN_LETTERS} letters of ordinary words in
 * `foreign`, at least {@link MIN_FOREIGN_SHARE} of the Latin and Cyrillic
 * letters, and at least {@link MIN_FOREIGN_LOWER_WORDS} lower-case words.
 *
 * @param text A sentence.
 * @param foreign The script that would be wrong.
 * @returns The foreign share when the text is in the foreign script, otherwise undefined.
 */
export function foreignScriptShare(text: string, foreign: 'latin' | 'cyrillic'): number | undefined {
  const p = scriptProfile(text)
  const letters = foreign === 'latin' ? p.latin : p.cyrillic
  const lowerWords = foreign === 'latin' ? p.latinLowerWords : p.cyrillicLowerWords
  const total = p.latin + p.cyrillic
  if (letters < MIN_FOREIGN_LETTERS || lowerWords < MIN_FOREIGN_LOWER_WORDS || total === 0) return undefined
  const share = letters / total
  return share >= MIN_FOREIGN_SHARE ? share : undefined
}
