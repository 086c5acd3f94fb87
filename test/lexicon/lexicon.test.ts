import { describe, expect, it } from 'vitest'
import { builtinLexicon, builtinPairs, createLexicon } from '../../src/index.js'
import { learnLexicon } from '../../src/lexicon/learn.js'

const shares = (lexicon: ReturnType<typeof createLexicon>, en: string, ru: string) =>
  lexicon.lookup(en, 'en').some((id) => lexicon.lookup(ru, 'ru').includes(id))

describe('createLexicon', () => {
  const lexicon = createLexicon(
    [
      ['party', 'партия'],
      ['party', 'вечеринка'],
      ['child', 'ребенок'],
      ['go', 'идти'],
      ['trade union', 'профсоюз'],
    ],
    ['en', 'ru'],
  )

  it('matches inflected forms on both sides through the stemmers', () => {
    expect(shares(lexicon, 'parties', 'партиями')).toBe(true)
    expect(shares(lexicon, 'Party', 'вечеринку')).toBe(true)
    expect(shares(lexicon, 'children', 'ребенок')).toBe(true)
    expect(shares(lexicon, 'went', 'идти')).toBe(true)
  })

  it('does not match words that are not translations', () => {
    expect(shares(lexicon, 'party', 'ребенок')).toBe(false)
    expect(lexicon.lookup('unknown', 'en')).toEqual([])
    expect(lexicon.lookup('партия', 'de')).toEqual([])
  })

  it('leaves out phrases of several words', () => {
    expect(lexicon.lookup('trade', 'en')).toEqual([])
    expect(lexicon.size).toBe(3)
  })
})

describe('the built-in lexicon', () => {
  const lexicon = builtinLexicon()

  it('has several thousand English words', () => {
    expect(lexicon.size).toBeGreaterThan(4000)
    expect(builtinPairs().length).toBeGreaterThan(15000)
  })

  it.each([
    ['government', 'правительства'],
    ['strike', 'забастовки'],
    ['workers', 'рабочих'],
    ['ban', 'запрета'],
    ['istanbul', 'стамбуле'],
    ['elections', 'выборах'],
    ['god', 'бог'],
    ['said', 'сказал'],
  ])('translates %s as %s', (en, ru) => {
    expect(shares(lexicon, en, ru)).toBe(true)
  })
})

describe('learnLexicon', () => {
  it('learns word pairs that keep occurring together, and not chance pairs', () => {
    const pairs: Array<[string, string]> = []
    const animals = [['Hund', 'chien'], ['Katze', 'chat'], ['Vogel', 'oiseau'], ['Pferd', 'cheval']]
    for (let k = 0; k < 12; k++) {
      const [de, fr] = animals[k % 4]
      pairs.push([`Der ${de} schläft ${k}`, `Le ${fr} dort ${k}`])
    }
    const learnt = learnLexicon(pairs, ['de', 'fr'])
    const same = (de: string, fr: string) => learnt.lookup(de, 'de').some((id) => learnt.lookup(fr, 'fr').includes(id))
    expect(same('Hund', 'chien')).toBe(true)
    expect(same('Vogel', 'oiseau')).toBe(true)
    expect(same('schläft', 'dort')).toBe(true)
    expect(same('Hund', 'chat')).toBe(false)
  })
})
