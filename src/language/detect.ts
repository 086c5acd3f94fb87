/**
 * Language identification of a piece of text: writing system first (exact for
 * English versus Russian), then letters that only some languages use, then
 * `franc` restricted to the plausible candidates when the text is long enough
 * for trigram statistics to be trusted.
 */
import { francAll } from 'franc'
import type { Range } from '../types.js'
import { countScripts } from './script.js'

/**
 * Letters of the dominant script needed before `franc` is consulted. Below it,
 * Cyrillic text is Russian and Latin text English unless the alphabet rules
 * them out. Chosen by measurement (see docs/language.md and scripts/language.ts).
 */
export const FRANC_MIN_LETTERS = { cyrillic: 50, latin: 200 }

/** ISO 639-3 (franc) to ISO 639-1. */
const ISO3_TO_1: Record<string, string> = {
  rus: 'ru', ukr: 'uk', bel: 'be', kaz: 'kk', bul: 'bg', srp: 'sr', mkd: 'mk',
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl',
  ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', hun: 'hu', ron: 'ro',
  tur: 'tr', cat: 'ca', hrv: 'hr', slv: 'sl', lit: 'lt', ell: 'el', cmn: 'zh', jpn: 'ja',
  kor: 'ko', arb: 'ar', heb: 'he', hin: 'hi', ben: 'bn', tha: 'th', kat: 'ka', hye: 'hy',
}
const ISO1_TO_3: Record<string, string> = Object.fromEntries(Object.entries(ISO3_TO_1).map(([k, v]) => [v, k]))

/** Plausible Cyrillic-script languages, most likely first (the first is the default). */
export const CYRILLIC_CANDIDATES = ['rus', 'ukr', 'bel', 'kaz', 'bul', 'srp', 'mkd']
/** Plausible Latin-script languages, most likely first (the first is the default). */
export const LATIN_CANDIDATES = [
  'eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol', 'ces', 'swe', 'dan', 'fin', 'hun', 'ron',
]

const BASE = 'абвгдежзийклмнопрстуфхцчшщъыьэюя'
const without = (s: string, drop: string): string => [...s].filter((c) => !drop.includes(c)).join('')

/** Lowercase Cyrillic alphabet of each candidate. */
const ALPHABETS: Record<string, Set<string>> = {
  rus: new Set(BASE + 'ё'),
  ukr: new Set(without(BASE, 'ъыэ') + 'ґєії'),
  bel: new Set(without(BASE, 'ищъ') + 'ёіў'),
  kaz: new Set(BASE + 'ёәғқңөұүһі'),
  bul: new Set(without(BASE, 'ыэ') + 'ѝ'),
  srp: new Set('абвгдђежзијклљмнњопрстћуфхцчџш'),
  mkd: new Set('абвгдѓежзѕијклљмнњопрстќуфхцчџшѐѝ'),
}
/**
 * Letters of which a candidate needs at least one to be chosen: the letters
 * only it (or few) uses. Russian and Bulgarian need none (Bulgarian has its own
 * test, see {@link cyrillicEvidence}); Kazakh holds every Russian letter, and
 * Ukrainian, Belarusian, Serbian and Macedonian text of a sentence or more
 * almost never lacks its own letters.
 */
const REQUIRED: Record<string, Set<string>> = {
  ukr: new Set('іїєґ'),
  bel: new Set('іў'),
  kaz: new Set('әғқңөұүһ'),
  srp: new Set('ђјљњћџ'),
  mkd: new Set('ѓјљњќѕџ'),
}
/** Letters of more than this many are long enough to accept Bulgarian on `franc`'s word alone. */
const BULGARIAN_WITHOUT_MARKS = 200

/** Options of {@link detectLanguage}. */
export interface DetectOptions {
  /** Languages allowed (ISO 639-1 or 639-3 codes); the default lists of each script otherwise. */
  candidates?: string[]
  /** Letters of the dominant script needed before `franc` is consulted ({@link FRANC_MIN_LETTERS}). */
  minLetters?: number | { cyrillic: number; latin: number }
}

/** How much of a long text `franc` reads (it reads at most 2048 characters itself). */
const FRANC_SAMPLE = 4096
/** How much of a long text the alphabet tests read: plenty for letter statistics. */
const EVIDENCE_SAMPLE = 65536

function toIso3(code: string): string {
  return code.length === 3 ? code : (ISO1_TO_3[code] ?? code)
}

/**
 * ISO 639-1 code of a franc code (`und` when unknown).
 *
 * @param code An ISO 639-3 code as franc gives it.
 */
export function toIso1(code: string): string {
  return ISO3_TO_1[code] ?? 'und'
}

/** Best of `francAll` restricted to `only`, or `fallback`. */
function francBest(sample: string, only: string[], fallback: string): string {
  if (only.length === 1) return only[0]
  const ranked = francAll(sample, { only, minLength: 1 })
  const best = ranked[0]
  return best && best[0] !== 'und' ? best[0] : fallback
}

/** Count of each Cyrillic letter's violations of each candidate's alphabet. */
function cyrillicEvidence(text: string, start: number, end: number, candidates: string[]) {
  const violations: Record<string, number> = {}
  const required: Record<string, number> = {}
  for (const c of candidates) {
    violations[c] = 0
    required[c] = 0
  }
  let letters = 0
  let previous = ''
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x0400 || code > 0x052f || (code >= 0x0482 && code <= 0x0489)) {
      previous = ''
      continue
    }
    const ch = text[i].toLowerCase()
    // Bulgarian ъ is a vowel (път, във, държава); Russian ъ only separates
    // a prefix from е ё ю я (объём, подъезд).
    if (previous === 'ъ' && !'еёюяъь'.includes(ch) && 'bul' in required) required.bul++
    previous = ch
    letters++
    for (const c of candidates) {
      const alphabet = ALPHABETS[c]
      if (alphabet && !alphabet.has(ch)) violations[c]++
      if (REQUIRED[c]?.has(ch)) required[c]++
    }
  }
  return { violations, required, letters }
}

/** Latin letters outside a-z (accented letters that English does not use). */
function nonEnglishLatin(text: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) n++
  }
  return n
}

/**
 * The language of `[range)` of `text`: an ISO 639-1 code (`en`, `ru`, `uk`,
 * `be`, `kk`, `bg`, `sr`, `mk`, `de`, `fr`, ...) or `und` when the range has
 * no letters or mixes scripts too much to tell.
 *
 * The dominant script decides first. Then letters that a candidate's alphabet
 * lacks rule it out (Russian ы э ъ ё are not Ukrainian; Ukrainian ї є ґ,
 * Belarusian ў, Serbian ђ ћ ... are not Russian); Kazakh also needs one of its
 * own letters. Among the candidates left, `franc` decides when the text has at
 * least `minLetters` letters; shorter text is Russian (Cyrillic) or English
 * (Latin) when those are still possible.
 *
 * @param text The original text.
 * @param range The part to identify; the whole text by default.
 * @param options Candidates and the length threshold.
 */
export function detectLanguage(text: string, range?: Range, options?: DetectOptions): string {
  const start = Math.max(0, range?.start ?? 0)
  const end = Math.min(text.length, range?.end ?? text.length)
  const min = options?.minLetters ?? FRANC_MIN_LETTERS
  const minLetters = typeof min === 'number' ? { cyrillic: min, latin: min } : min
  const allowed = options?.candidates?.map(toIso3)
  const counts = countScripts(text, { start, end })
  const total = counts.latin + counts.cyrillic + counts.other
  if (total === 0) return 'und'
  const sample = (): string => text.slice(start, Math.min(end, start + FRANC_SAMPLE))

  // Cyrillic text often carries Latin names and brands; English text rarely
  // carries Cyrillic. So Cyrillic wins from 40% of the letters, Latin needs 60%.
  if (counts.cyrillic * 5 >= total * 2) {
    const candidates = CYRILLIC_CANDIDATES.filter((c) => !allowed || allowed.includes(c))
    if (candidates.length === 0) return 'und'
    const { violations, required, letters } = cyrillicEvidence(text, start, Math.min(end, start + EVIDENCE_SAMPLE), candidates)
    const least = Math.min(...candidates.map((c) => violations[c]))
    const tolerance = Math.floor(letters / 200)
    const evident = (c: string): boolean =>
      c === 'bul' ? required[c] > 0 || letters >= BULGARIAN_WITHOUT_MARKS : !REQUIRED[c] || required[c] > 0
    let plausible = candidates.filter((c) => violations[c] <= least + tolerance && evident(c))
    if (plausible.length === 0) plausible = candidates.filter((c) => violations[c] === least)
    if (plausible.length === 1) return toIso1(plausible[0])
    if (letters >= minLetters.cyrillic) return toIso1(francBest(sample(), plausible, plausible[0]))
    // Too short for franc: a candidate showing its own letters beats the default.
    const marked = plausible.filter((c) => required[c] > 0).sort((a, b) => required[b] - required[a])
    return toIso1(marked[0] ?? plausible[0])
  }

  if (counts.latin * 5 >= total * 3) {
    let candidates = LATIN_CANDIDATES.filter((c) => !allowed || allowed.includes(c))
    if (allowed) {
      // A caller may allow Latin-script languages outside the default list.
      for (const c of allowed) if (!candidates.includes(c) && c in ISO3_TO_1 && !CYRILLIC_CANDIDATES.includes(c)) candidates.push(c)
    }
    if (candidates.length === 0) return 'und'
    const sampleEnd = Math.min(end, start + EVIDENCE_SAMPLE)
    const accented = nonEnglishLatin(text, start, sampleEnd)
    const sampled = sampleEnd === end ? counts.latin : countScripts(text, { start, end: sampleEnd }).latin
    const englishFits = accented <= Math.floor(sampled / 100)
    if (!englishFits) candidates = candidates.filter((c) => c !== 'eng')
    if (candidates.length === 0) return 'und'
    if (counts.latin >= minLetters.latin || !englishFits) return toIso1(francBest(sample(), candidates, candidates[0]))
    return toIso1(candidates[0])
  }

  if (counts.other * 5 >= total * 3) {
    const only = allowed?.filter((c) => !CYRILLIC_CANDIDATES.includes(c) && !LATIN_CANDIDATES.includes(c))
    const ranked = francAll(sample(), only && only.length > 0 ? { only, minLength: 1 } : { minLength: 1 })
    return toIso1(ranked[0]?.[0] ?? 'und')
  }
  return 'und'
}

/**
 * The base language of a code: `en` of `en-GB`, `pt` of `pt_BR`.
 *
 * @param lang A language code.
 */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/u)[0]
}

/** The script a language code is written in (for labelling neighbours). */
export function scriptOf(lang: string): 'latin' | 'cyrillic' | 'other' | 'none' {
  if (lang === 'und') return 'none'
  const iso3 = toIso3(lang)
  if (CYRILLIC_CANDIDATES.includes(iso3)) return 'cyrillic'
  if (LATIN_CANDIDATES.includes(iso3) || ['tur', 'cat', 'hrv', 'slv', 'lit', 'slk', 'nob'].includes(iso3)) return 'latin'
  return 'other'
}
