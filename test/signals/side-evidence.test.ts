import { describe, expect, it } from 'vitest'
import { readSideEvidence } from '../../src/signals/keys.js'

const TEXTS = [
  'The storm reached the coast on Monday, 16.12.',
  'Did it?',
  '',
  '«Three villages» lost power for 600 hours!',
  'The storm came back.',
]

describe('readSideEvidence', () => {
  const side = readSideEvidence(TEXTS, 'en')
  const ids = (k: number) => [...side.ids.subarray(side.starts[k], side.starts[k + 1])]
  const forms = (k: number) => ids(k).map((id) => side.tokens[id].form)

  it('keeps the token ids of all sentences in one buffer, in order', () => {
    expect(side.starts).toHaveLength(TEXTS.length + 1)
    expect(side.starts[TEXTS.length]).toBe(side.ids.length)
    expect(forms(4)).toEqual(['the', 'storm', 'come', 'back'])
    // An empty sentence has no tokens.
    expect(ids(2)).toEqual([])
  })

  it('gives the same word the same id in every sentence', () => {
    expect(ids(4).slice(0, 2)).toEqual(ids(0).slice(0, 2))
    expect(ids(0)[0]).not.toBe(ids(0)[1])
  })

  it('adds the marks translations keep, and reads the numbers of each sentence', () => {
    expect(forms(1)).toEqual(['do', 'it', '?'])
    expect(forms(3)).toContain('!')
    expect(forms(3)).toContain('"')
    expect(side.numbers[3]).toContain('600')
    expect(side.numbers[1]).toEqual([])
  })
})
