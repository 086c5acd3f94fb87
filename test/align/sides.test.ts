import { describe, expect, it } from 'vitest'
import { learnsByDefault } from '../../src/align/sides.js'
import { internEvidence, matchableShare, unitsFromEvidence } from '../../src/align/units.js'
import { sideEvidenceOf, type SentenceEvidence } from '../helpers/evidence.js'

describe('learnsByDefault', () => {
  it('learns when the first pass is unsure and the lexicons reach little of the text', () => {
    // German-French with no lexicon: 7-18% of tokens matchable, 33-46% of groups unsure.
    expect(learnsByDefault(0.4, 0.12)).toBe(true)
  })

  it('does not learn when the lexicons reach most of the text, however unsure the first pass', () => {
    // English-Russian with the built-in lexicon: 87-89% matchable (Genesis end to end: 30% unsure).
    expect(learnsByDefault(0.3, 0.87)).toBe(false)
  })

  it('does not learn when the first pass is sure of nearly every group', () => {
    expect(learnsByDefault(0.02, 0.1)).toBe(false)
  })
})

describe('matchableShare', () => {
  /** A sentence whose tokens have the given keys, one key per token. */
  const sentence = (keys: string[], firstId: number): SentenceEvidence => ({
    numbers: [],
    tokens: keys.map((key, k) => ({ form: key, keys: [key], id: firstId + k })),
  })

  it('counts the tokens some key of which occurs on the other side', () => {
    const source = [sentence(['a', 'b', 'c', 'd'], 3)]
    const target = [sentence(['a', 'x', 'y', 'b'], 3)]
    const inputs = [{ text: 'abcd', paragraph: 0 }]
    const units = unitsFromEvidence(inputs, inputs, internEvidence(sideEvidenceOf(source), sideEvidenceOf(target)))
    // a and b match on both sides: 4 of the 8 tokens.
    expect(matchableShare([...units.source, ...units.target])).toBe(0.5)
    expect(matchableShare(units.source)).toBe(0.5)
    expect(matchableShare([])).toBe(0)
  })
})
