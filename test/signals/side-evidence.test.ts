import { describe, expect, it } from 'vitest'
import { evidenceReader, readSideEvidence, sideEvidenceOf } from '../../src/signals/keys.js'

const TEXTS = [
  'The storm reached the coast on Monday, 16.12.',
  'Did it?',
  '',
  '«Three villages» lost power for 600 hours!',
  'The storm came back.',
]

describe('readSideEvidence', () => {
  it('gives, in one buffer, what reading the sentences one by one gives', () => {
    const side = readSideEvidence(TEXTS, 'en')
    const read = evidenceReader('en')
    const one = TEXTS.map((text) => read(text))
    expect(side.starts).toHaveLength(TEXTS.length + 1)
    one.forEach((sentence, k) => {
      const ids = [...side.ids.subarray(side.starts[k], side.starts[k + 1])]
      expect(ids).toEqual(sentence.tokens.map((token) => token.id))
      expect(ids.map((id) => side.tokens[id])).toEqual(sentence.tokens)
      expect(side.numbers[k]).toEqual(sentence.numbers)
    })
    // The same word, the same id: "The" and "storm" of the first and last sentences.
    expect(side.ids[side.starts[4]]).toBe(side.ids[0])
    expect(side.ids[side.starts[4] + 1]).toBe(side.ids[1])
    // An empty sentence has no tokens.
    expect(side.starts[3]).toBe(side.starts[2])
  })

  it('is what sideEvidenceOf makes of the sentences read one by one', () => {
    const read = evidenceReader('ru')
    const texts = ['Шторм достиг побережья в понедельник.', 'Они привезли 400 палаток?']
    const side = readSideEvidence(texts, 'ru')
    const rebuilt = sideEvidenceOf(texts.map((text) => read(text)))
    expect([...rebuilt.ids]).toEqual([...side.ids])
    expect([...rebuilt.starts]).toEqual([...side.starts])
    expect(rebuilt.numbers).toEqual(side.numbers)
    for (const id of side.ids) expect(rebuilt.tokens[id]).toEqual(side.tokens[id])
  })
})
