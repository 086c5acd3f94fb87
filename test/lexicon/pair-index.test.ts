import { describe, expect, it } from 'vitest'
import { PairIndex } from '../../src/lexicon/pair-index.js'

describe('PairIndex', () => {
  it('numbers pairs in the order they are first met, and finds them again', () => {
    const index = new PairIndex()
    expect(index.add(3, 4)).toBe(0)
    expect(index.add(4, 3)).toBe(1)
    expect(index.add(3, 4)).toBe(0)
    expect(index.size).toBe(2)
    expect(index.find(4, 3)).toBe(1)
    expect(index.find(3, 3)).toBe(-1)
  })

  it('agrees with a map over 100,000 pairs (the table grows many times)', () => {
    const index = new PairIndex()
    const reference = new Map<string, number>()
    let state = 99
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0)
    for (let k = 0; k < 100_000; k++) {
      const a = next() % 2000
      const b = next() % 700
      const key = `${a},${b}`
      if (!reference.has(key)) reference.set(key, reference.size)
      expect(index.add(a, b)).toBe(reference.get(key))
    }
    expect(index.size).toBe(reference.size)
    for (const [key, number] of reference) {
      const [a, b] = key.split(',').map(Number)
      if (index.find(a, b) !== number) throw new Error(`${key}: ${index.find(a, b)} instead of ${number}`)
    }
    expect(index.find(2001, 0)).toBe(-1)
  })
})
