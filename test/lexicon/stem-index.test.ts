import { describe, expect, it } from 'vitest'
import { builtinLexicon, builtinPairs } from '../../src/lexicon/builtin.js'
import shipped from '../../src/lexicon/data/stem-index.js'
import { createLexicon, readStemIndex, stemIndex, writeStemIndex } from '../../src/lexicon/lexicon.js'

describe('the built-in stem index', () => {
  it('is what stemming the word lists gives now (else run npm run stem-index)', () => {
    expect(shipped).toBe(writeStemIndex(stemIndex(builtinPairs(), ['en', 'ru'])))
  })

  it('reads back to the same index', () => {
    const index = stemIndex(builtinPairs(), ['en', 'ru'])
    expect(readStemIndex(writeStemIndex(index))).toEqual(index)
  })

  it('gives the lexicon that createLexicon builds from the word pairs', () => {
    const built = createLexicon(builtinPairs(), ['en', 'ru'])
    const lexicon = builtinLexicon()
    expect(lexicon.size).toBe(built.size)
    for (const [en, ru] of builtinPairs().filter((_, k) => k % 7 === 0)) {
      expect(lexicon.lookup(en, 'en')).toEqual(built.lookup(en, 'en'))
      expect(lexicon.lookup(ru, 'ru')).toEqual(built.lookup(ru, 'ru'))
    }
  })
})
