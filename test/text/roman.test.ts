import { describe, expect, it } from 'vitest'
import { numberKeys } from '../../src/signals/numbers.js'
import { readSideEvidence } from '../../src/signals/keys.js'
import { headingNumeral } from '../../src/text/roman.js'

describe('headingNumeral', () => {
  it('reads a Roman numeral alone or after a heading word, in several languages', () => {
    expect(headingNumeral('CHAPTER IV')).toBe(4)
    expect(headingNumeral('IV')).toBe(4)
    expect(headingNumeral('XXIV.')).toBe(24)
    expect(headingNumeral('Часть II')).toBe(2)
    expect(headingNumeral('Capítulo XII.')).toBe(12)
    expect(headingNumeral('  PART   IX ')).toBe(9)
    expect(headingNumeral('MCMXCIV')).toBe(1994)
  })

  it('reads nothing in running text, so the English pronoun I never counts', () => {
    expect(headingNumeral('I am here.')).toBeUndefined()
    expect(headingNumeral("'I?")).toBeUndefined()
    expect(headingNumeral('I said so')).toBeUndefined()
    expect(headingNumeral('Louis XIV')).toBeUndefined()
    expect(headingNumeral('VI VII')).toBeUndefined()
  })

  it('reads no numeral that is not well formed or not in capitals', () => {
    expect(headingNumeral('IIII')).toBeUndefined()
    expect(headingNumeral('VX')).toBeUndefined()
    expect(headingNumeral('iv')).toBeUndefined()
    expect(headingNumeral('CHAPTER 4')).toBeUndefined()
    expect(headingNumeral('')).toBeUndefined()
  })
})

describe('chapter headings as number anchors', () => {
  it('gives the same key to an English, a Russian and a Spanish heading', () => {
    expect(numberKeys('CHAPTER IV', 'en')).toEqual(['4'])
    expect(numberKeys('IV', 'ru')).toEqual(['4'])
    expect(numberKeys('IV', 'es')).toEqual(['4'])
  })

  it('reaches the evidence of a side: a heading states its number, the pronoun does not', () => {
    const evidence = readSideEvidence(['CHAPTER XII', 'I went home.', 'I'], 'en')
    expect(evidence.numbers).toEqual([['12'], [], ['1']])
  })
})
