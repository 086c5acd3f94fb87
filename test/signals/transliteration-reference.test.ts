import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { transliterationKey } from '../../src/signals/transliteration.js'

// The straightforward definition of the key (normalise, respell with regular
// expressions, walk the code points), kept as the oracle the fast version in
// src/signals/transliteration.ts must agree with.

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'Z', з: 'z', и: 'i', й: 'j',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'c', ч: 'C', ш: 'S', щ: 'S', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
  // Ukrainian, Belarusian, Kazakh, Serbian letters read the nearest way.
  і: 'i', ї: 'ji', є: 'je', ґ: 'g', ў: 'v', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u',
  ү: 'u', һ: 'h', ј: 'j', љ: 'l', њ: 'n', ђ: 'd', ћ: 'C', џ: 'Z',
}

/** Latin spellings rewritten to the single letters the Cyrillic map uses. */
const LATIN_RULES: Array<[RegExp, string]> = [
  [/sch/g, 'S'],
  [/shch/g, 'S'],
  [/tch/g, 'C'],
  [/ch/g, 'C'],
  [/sh/g, 'S'],
  [/zh/g, 'Z'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/qu/g, 'kv'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/ä/g, 'a'],
  [/[öø]/g, 'o'],
  [/ü/g, 'u'],
  [/ß/g, 's'],
]

/** Sounds that the two alphabets write differently often enough to merge. */
const MERGE: Record<string, string> = { h: 'g', C: 'S', c: 's', Z: 'z', j: '' }

/** Vowels (and `y`, a vowel in both readings) that the key leaves out. */
const VOWEL = /[aeiouy]/

/** Number of consonants in a key. */
const KEY_LENGTH = 4

/**
 * The transliteration key of one word: its first four consonants after
 * spelling both alphabets alike, or `undefined` for words too short to carry
 * evidence (fewer than three consonants).
 *
 * @param word One word, any case, Latin or Cyrillic letters.
 */
function reference(word: string): string | undefined {
  let text = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  if (/[\u0400-\u04FF]/.test(text)) {
    let latin = ''
    for (const char of text) latin += CYRILLIC_TO_LATIN[char] ?? char
    text = latin
  } else {
    for (const [pattern, replacement] of LATIN_RULES) text = text.replace(pattern, replacement)
  }
  let key = ''
  let last = ''
  for (const char of text) {
    if (VOWEL.test(char)) {
      last = ''
      continue
    }
    if (!/[a-zA-Z]/.test(char)) continue
    const merged = MERGE[char] ?? char
    if (merged === '' || merged === last) continue
    key += merged
    last = merged
    if (key.length === KEY_LENGTH) break
  }
  return key.length >= 3 ? key : undefined
}

/** Every UTF-16 code unit, as a one-unit string. */
const UNITS = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))

describe('transliterationKey agrees with its straightforward definition', () => {
  it('on every code unit, alone and inside Latin and Cyrillic words', () => {
    const wrong: string[] = []
    for (const unit of UNITS) {
      // Alone, doubled, among letters no rule rewrites, as half of a rewritten pair, among rewritten letters.
      const words = [unit, `${unit}${unit}${unit}`, `m${unit}rd${unit}n`, `mor${unit}hn`, `mor${unit}sn`, `mor${unit}zn`]
      words.push(`bar${unit}kh`, `Ch${unit}ts`, `ПР${unit}ВДа`, `сл${unit}йщ`)
      for (const word of words) {
        if (transliterationKey(word) !== reference(word)) wrong.push(word)
      }
    }
    expect(wrong).toEqual([])
  })

  it('on random words of Latin, Cyrillic and other letters', () => {
    const letters = fc.constantFrom(...'abcdehkpqstwxyzäöüßøAEKSZабвгдежзийклмнопрстуфхцчшщъыьэюяёЁЙЩЪіїєґўәғқңөұүһјљњђћџ\u0306\u0308\u0301é'.split(''))
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }), (chars) => {
        const word = chars.join('')
        expect(transliterationKey(word)).toBe(reference(word))
      }),
      { numRuns: 20000 },
    )
  })
})
