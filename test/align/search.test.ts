import { describe, expect, it } from 'vitest'
import { bandFromRectangles, bandSize, fullBand, groupsAtEdge } from '../../src/align/band.js'
import { runSync } from '../../src/align/progress.js'
import { searchPath, searchPathWork, SENTENCE_MOVES, type CostFunction } from '../../src/align/search.js'

/** A cost that rewards exactly the groups listed and charges everything else. */
function costFrom(good: Array<[number, number, number, number]>): CostFunction {
  const set = new Set(good.map((g) => g.join(',')))
  return (i, a, j, b) => (set.has([i, a, j, b].join(',')) ? 0 : a === 0 || b === 0 ? 3 : 5)
}

describe('searchPath', () => {
  it('finds the cheapest monotone path with mixed group types', () => {
    const cost = costFrom([[0, 1, 0, 1], [1, 2, 1, 1], [3, 1, 2, 0], [4, 1, 2, 3]])
    const steps = searchPath(5, 5, SENTENCE_MOVES, cost, fullBand(5, 5))
    expect(steps.map(({ i, a, j, b }) => [i, a, j, b])).toEqual([[0, 1, 0, 1], [1, 2, 1, 1], [3, 1, 2, 0], [4, 1, 2, 3]])
  })

  it('gives posteriors in [0, 1], high where the path is unambiguous', () => {
    const cost = costFrom([[0, 1, 0, 1], [1, 1, 1, 1], [2, 1, 2, 1]])
    const steps = searchPath(3, 3, SENTENCE_MOVES, cost, fullBand(3, 3))
    for (const step of steps) {
      expect(step.posterior).toBeGreaterThan(0.9)
      expect(step.posterior).toBeLessThanOrEqual(1)
    }
  })

  it('gives a low posterior where two paths cost the same', () => {
    // 1-1 + 1-1 versus 2-2 at equal cost: each is about half likely.
    const cost: CostFunction = (_i, a, _j, b) => (a === 1 && b === 1 ? 1 : a === 2 && b === 2 ? 2 : 50)
    const steps = searchPath(2, 2, SENTENCE_MOVES, cost, fullBand(2, 2))
    for (const step of steps) expect(step.posterior).toBeLessThan(0.6)
  })

  it('only visits cells inside the band', () => {
    const seen: Array<[number, number]> = []
    const cost: CostFunction = (i, a, j, b) => {
      seen.push([i + a, j + b])
      return a === 1 && b === 1 ? 0 : 4
    }
    const band = bandFromRectangles([{ i0: 0, i1: 50, j0: 0, j1: 50 }].map((r) => r), 50, 50, 0)
    const diagonal = bandFromRectangles(Array.from({ length: 50 }, (_, k) => ({ i0: k, i1: k + 1, j0: k, j1: k + 1 })), 50, 50, 1)
    expect(bandSize(diagonal)).toBeLessThan(bandSize(band) / 5)
    const steps = searchPath(50, 50, SENTENCE_MOVES, cost, diagonal)
    expect(steps).toHaveLength(50)
    for (const [i, j] of seen) expect(Math.abs(i - j)).toBeLessThanOrEqual(3)
  })

  it('without posteriors, finds the same path while scoring fewer groups exactly', () => {
    // A cost with a lower bound it can prune on, like the scorer's: a fixed part, minus evidence of at most 4.
    let seed = 11
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const evidence = Array.from({ length: 60 * 60 * 16 }, () => random() * 4)
    let exact = 0
    const cost: CostFunction = (i, a, j, b, limit = Infinity) => {
      const fixed = (a === 0 || b === 0 ? 3 : 2 * (a + b - 2)) + Math.abs(i - j) * 0.3
      if (fixed - 4 > limit) return Infinity
      exact++
      return fixed - evidence[((i * 60 + j) * 4 + a) * 4 + b]
    }
    const key = (s: { i: number; a: number; j: number; b: number }) => [s.i, s.a, s.j, s.b].join(',')
    const withPosteriors = searchPath(60, 60, SENTENCE_MOVES, cost, fullBand(60, 60))
    const scoredWith = exact
    exact = 0
    const pathOnly = runSync(searchPathWork(60, 60, SENTENCE_MOVES, cost, fullBand(60, 60), { posteriors: false }))
    expect(pathOnly.map(key)).toEqual(withPosteriors.map(key))
    expect(pathOnly.every((s) => Number.isNaN(s.posterior))).toBe(true)
    expect(exact).toBeLessThan(scoredWith / 2)
  })

  it('tells which groups of a path end on the edge of its band, not on the lattice edge', () => {
    const band = { lo: Int32Array.from([0, 1, 1, 2, 4]), hi: Int32Array.from([1, 2, 3, 4, 4]) }
    const step = (i: number, a: number, j: number, b: number) => ({ i, a, j, b, cost: 0, posterior: 1 })
    // The diagonal ends at (1, 1) on the band's lower edge, then inside it.
    const path = [step(0, 1, 0, 1), step(1, 1, 1, 1), step(2, 1, 2, 1), step(3, 1, 3, 1)]
    expect([...groupsAtEdge(path, band, 4, 4)]).toEqual([1, 0, 0, 0])
    // This one reaches (2, 3), the upper edge; (4, 4) is the lattice's end.
    const hugging = [step(0, 1, 0, 1), step(1, 1, 1, 2), step(2, 2, 3, 1)]
    expect([...groupsAtEdge(hugging, band, 4, 4)]).toEqual([1, 1, 0])
    // In the whole lattice nothing is on an edge but the lattice's own.
    expect([...groupsAtEdge(path, fullBand(4, 4), 4, 4)]).toEqual([0, 0, 0, 0])
  })

  it('refuses a band that misses a corner', () => {
    const band = { lo: Int32Array.from([1, 1]), hi: Int32Array.from([1, 1]) }
    expect(() => searchPath(1, 1, SENTENCE_MOVES, () => 0, band)).toThrow(RangeError)
  })
})
