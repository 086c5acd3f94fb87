import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtinLexicon } from '../../src/lexicon/builtin.js'
import type { Lexicon } from '../../src/lexicon/lexicon.js'
import { stemWord } from '../../src/lexicon/stem.js'
import type { Token } from '../../src/signals/keys.js'
import { isNumberWord, numberKeys } from '../../src/signals/numbers.js'
import { headingNumeral } from '../../src/text/roman.js'
import { transliterationKey } from '../../src/signals/transliteration.js'
import { readSentences, type SentenceEvidence } from '../helpers/evidence.js'

// The straightforward reading of a sentence's evidence (a Unicode regex for
// the words, a map from each word to its token, regular expressions for the
// digits, quotes, final marks and the dash or quote that opens a turn of dialogue), kept as the oracle the fast reader in
// src/signals/keys.ts must agree with.

/** A letter or combining mark of the Basic Multilingual Plane (the reader reads code units). */
const LETTER = '(?:(?=[\\u0000-\\uFFFF])[\\p{L}\\p{M}])'
/** A word: letters and marks, with one inner apostrophe allowed. */
const WORD = new RegExp(`${LETTER}+(?:['’]${LETTER}+)?`, 'gu')

function referenceReader(lang: string, lexicons: readonly Lexicon[]): (text: string) => SentenceEvidence {
  const words = new Map<string, { token: Token; number: boolean }>()
  let nextId = 4
  return (text) => {
    const tokens: Token[] = []
    let numbers = false
    for (const [word] of text.matchAll(WORD)) {
      let found = words.get(word)
      if (!found) {
        const lower = word.toLowerCase()
        const keys: string[] = []
        lexicons.forEach((lexicon, q) => keys.push(...lexicon.lookup(lower, lang).map((id) => `@${q}:${id}`)))
        const acronym = word.length >= 2 && word === word.toUpperCase() && word !== lower
        const key = word.length >= 4 || acronym ? transliterationKey(word) : undefined
        if (key) keys.push(`~${key}`)
        found = { token: { form: stemWord(lower, lang), keys, id: nextId++ }, number: isNumberWord(lower) }
        words.set(word, found)
      }
      tokens.push(found.token)
      if (found.number) numbers = true
    }
    if (/\d/.test(text)) numbers = true
    // A sentence that is only a heading in Roman numerals (checked on its own in roman.test.ts).
    if (headingNumeral(text) !== undefined) numbers = true
    const trimmed = text.trimEnd()
    if (trimmed.endsWith('?')) tokens.push({ form: '?', keys: ['!?'], id: 0 })
    if (trimmed.endsWith('!')) tokens.push({ form: '!', keys: ['!!'], id: 1 })
    if (/["«»“”„]/.test(text)) tokens.push({ form: '"', keys: ['!"'], id: 2 })
    if (/^\s*[-–—―'‘"“«„]/.test(text)) tokens.push({ form: '-', keys: ['!-'], id: 3 })
    return { numbers: numbers ? numberKeys(text, lang) : [], tokens }
  }
}

/** Pieces of hostile sentences: words of both scripts in any case, number words, marks, digits, odd code units. */
const PIECES = [
  'the', 'The', 'THE', 'EU', 'ООН', 'May', 'may', 'two', 'Twenty', 'hundred', 'шестисот', 'мая', 'ма', 'семья',
  'Назарбаевым', 'Kazakhstan', 'Kazakhstan’s', "doesn't", "rock'n'roll", 'ёж', 'ЁЖ', 'и\u0306од', 'cafe\u0301',
  'İstanbul', 'ΣΟΦΙΑ', 'Straße', '𝐀𝐁𝐂', '😀', '\ud800', '\udc00', 'constructor', '__proto__',
  ' ', ' ', ' ', '  ', '\u00a0', '\u2028', '\t', '\n', '\u3000', '\ufeff', '\u0000',
  '.', ',', '?', '!', '?!', '"', '«', '»', '“', '”', '„', "'", '’', '‘', '-', '–', '—', '―', '(', ')',
  '0', '7', '16.12.2015', '1 000', '3,5', '2011', '17th', 'IV', 'XII', 'CHAPTER', 'I',
]

describe('readSideEvidence agrees with its straightforward definition', () => {
  it('on random sentences of words, marks, digits and odd code units', () => {
    const lexicons = [builtinLexicon()]
    const sentence = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''))
    for (const lang of ['en', 'ru', 'de']) {
      fc.assert(
        fc.property(fc.array(sentence, { minLength: 1, maxLength: 20 }), (sentences) => {
          const reference = referenceReader(lang, lexicons)
          expect(readSentences(sentences, lang, lexicons)).toEqual(sentences.map(reference))
        }),
        { numRuns: 300 },
      )
    }
  })

  it('on thousands of distinct words, gives each word the same token every time', () => {
    const reference = referenceReader('en', [])
    const texts: string[] = []
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 5000; k++) texts.push(`Word${String.fromCharCode(0x61 + (k % 26))}${k.toString(36)} and WORD ${k}?`)
    }
    // The reference numbers each new word in order, so equal ids mean the same word got the same token.
    expect(readSentences(texts, 'en')).toEqual(texts.map(reference))
  })
})
