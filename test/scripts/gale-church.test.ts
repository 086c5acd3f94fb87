import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PENALTY, bandWidth, galeChurch, matchCost } from '../../scripts/lib/gale-church.js'
import type { Group } from '../../scripts/lib/metric.js'

const g = (s: number[], t: number[]): Group => [s, t]
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const ratioOf = (x: readonly number[], y: readonly number[]) => (sum(x) > 0 && sum(y) > 0 ? sum(y) / sum(x) : 1)

/** Penalty of a bead of a source and b target sentences. */
function penalty(a: number, b: number): number {
  if (a === 1 && b === 1) return PENALTY.oneOne
  if (a + b === 1) return PENALTY.oneZero
  if (a + b === 3) return PENALTY.twoOne
  return PENALTY.twoTwo
}

/** Cost of an alignment under the model. */
function pathCost(x: readonly number[], y: readonly number[], groups: readonly Group[]): number {
  const c = ratioOf(x, y)
  return sum(groups.map(([s, t]) => matchCost(sum(s.map((i) => x[i])), sum(t.map((j) => y[j])), c) + penalty(s.length, t.length)))
}

/** The cheapest cost over the whole lattice, no band: the reference the banded search must reach. */
function fullLatticeCost(x: readonly number[], y: readonly number[]): number {
  const c = ratioOf(x, y)
  const n = x.length
  const m = y.length
  const d = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity))
  d[0][0] = 0
  const moves = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]]
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (const [a, b] of moves) {
        if (i < a || j < b) continue
        const cost = matchCost(sum(x.slice(i - a, i)), sum(y.slice(j - b, j)), c) + penalty(a, b)
        d[i][j] = Math.min(d[i][j], d[i - a][j - b] + cost)
      }
    }
  }
  return d[n][m]
}

/** Groups are in order, each side ascending and consecutive, and cover 0..n-1 and 0..m-1 once each. */
function expectMonotoneCover(groups: readonly Group[], n: number, m: number): void {
  expect(groups.flatMap((group) => group[0])).toEqual([...Array(n).keys()])
  expect(groups.flatMap((group) => group[1])).toEqual([...Array(m).keys()])
  for (const [s, t] of groups) {
    expect(s.length + t.length).toBeGreaterThan(0)
    expect(s.length).toBeLessThanOrEqual(2)
    expect(t.length).toBeLessThanOrEqual(2)
  }
}

describe('matchCost', () => {
  it('is zero for equal lengths at ratio 1 and grows with the difference', () => {
    expect(matchCost(0, 0)).toBe(0)
    expect(matchCost(100, 100)).toBeCloseTo(0, 6)
    expect(matchCost(100, 110)).toBeGreaterThan(0)
    expect(matchCost(100, 150)).toBeGreaterThan(matchCost(100, 110))
    // z = 1 when d = l1 - l2 solves d² = 6.8·(2l + d)/2; then the cost is -ln(2·(1 - Φ(1))) = -ln 0.3173105.
    const l = 100
    const d = (3.4 + Math.sqrt(3.4 * 3.4 + 4 * 6.8 * l)) / 2
    expect(d * d).toBeCloseTo(3.4 * (2 * l + d), 9)
    expect(matchCost(l + d, l)).toBeCloseTo(-Math.log(0.3173105), 5)
  })

  it('applies the ratio c to the source side', () => {
    expect(matchCost(100, 120, 1.2)).toBeCloseTo(0, 6)
    expect(matchCost(100, 100, 1.2)).toBeGreaterThan(0)
  })

  it('stays finite and increasing far in the tail, where erfc underflows', () => {
    const far = matchCost(100_000, 0)
    expect(Number.isFinite(far)).toBe(true)
    expect(far).toBeGreaterThan(matchCost(10_000, 0))
    expect(matchCost(10_000, 0)).toBeGreaterThan(matchCost(1_000, 0))
    // asymptotically -ln erfc(x) ≈ x² + ln(x·√π), x = z/√2 = sqrt(l1/6.8)
    const x = Math.sqrt(100_000 / 6.8)
    expect(far).toBeCloseTo(x * x + Math.log(x * Math.sqrt(Math.PI)), 3)
  })
})

describe('galeChurch', () => {
  it('pairs equal lengths one to one', () => {
    const lengths = [40, 120, 75, 33, 210, 90, 64]
    expect(galeChurch(lengths, lengths)).toEqual(lengths.map((_, i) => g([i], [i])))
  })

  it('takes a planted extra source sentence out as 1-0 or merges it 2-1 with the neighbour the lengths favour, the rest 1-1', () => {
    // Lengths that vary a lot, so that shifting the 1-1 pairs around the extra sentence is dear.
    const cycle = [30, 250, 80, 180, 50, 300, 120, 210]
    const target = Array.from({ length: 200 }, (_, k) => cycle[k % cycle.length])
    for (const [at, planted] of [[101, 200], [104, 100], [100, 100], [37, 150]]) {
      const source = [...target.slice(0, at), planted, ...target.slice(at)]
      const around = (middle: Group[]): Group[] => [
        ...target.slice(0, at - 1).map((_, k) => g([k], [k])),
        ...middle,
        ...target.slice(at + 1).map((_, k) => g([at + 2 + k], [at + 1 + k])),
      ]
      const candidates = [
        around([g([at - 1], [at - 1]), g([at], []), g([at + 1], [at])]), // 1-0
        around([g([at - 1, at], [at - 1]), g([at + 1], [at])]), // 2-1 with the sentence before
        around([g([at - 1], [at - 1]), g([at, at + 1], [at])]), // 2-1 with the sentence after
      ]
      const cheapest = candidates.reduce((a, b) => (pathCost(source, target, b) < pathCost(source, target, a) ? b : a))
      expect(galeChurch(source, target)).toEqual(cheapest)
    }
  })

  it('merges a planted source sentence as 2-1 where the lengths say so', () => {
    // Source 2 and 3 together are as long as target 2.
    const source = [80, 95, 30, 70, 110, 85]
    const target = [80, 95, 100, 110, 85]
    expect(galeChurch(source, target)).toEqual([g([0], [0]), g([1], [1]), g([2, 3], [2]), g([4], [3]), g([5], [4])])
  })

  it('splits one source into two targets of half its length (1-2)', () => {
    const source = [90, 60, 200, 75, 120]
    const target = [90, 60, 100, 100, 75, 120]
    expect(galeChurch(source, target)).toEqual([g([0], [0]), g([1], [1]), g([2], [2, 3]), g([3], [4]), g([4], [5])])
  })

  it('handles empty sides', () => {
    expect(galeChurch([], [])).toEqual([])
    expect(galeChurch([10, 20], [])).toEqual([g([0], []), g([1], [])])
    expect(galeChurch([], [5, 6, 7])).toEqual([g([], [0]), g([], [1]), g([], [2])])
    // Zero-length sentences are sentences too.
    expectMonotoneCover(galeChurch([0, 0, 0], [0, 0]), 3, 2)
  })

  it('is monotone and covers every index exactly once (random lengths)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(400), { maxLength: 60 }), fc.array(fc.nat(400), { maxLength: 60 }), (x, y) => {
        expectMonotoneCover(galeChurch(x, y), x.length, y.length)
      }),
      { seed: 1993, numRuns: 300 },
    )
  })

  it('finds the cheapest path of the model (random lengths, against a full-lattice search)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 25 }), fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 25 }), (x, y) => {
        const groups = galeChurch(x, y)
        expect(pathCost(x, y, groups)).toBeCloseTo(fullLatticeCost(x, y), 6)
      }),
      { seed: 1993, numRuns: 200 },
    )
  })

  it('searches a band that leaves out far corners but keeps the diagonal optimum', () => {
    const rand = mulberry(7)
    const n = 900
    const target = Array.from({ length: n }, () => 20 + Math.floor(rand() * 200))
    // Perturb: merge a few pairs on the source side, drop one, add one.
    const source = target.flatMap((l, k) => (k % 37 === 5 ? [Math.floor(l / 2), l - Math.floor(l / 2)] : k === 400 ? [] : [l]))
    expect(bandWidth(source.length, target.length)).toBeLessThan(source.length / 2)
    const groups = galeChurch(source, target)
    expectMonotoneCover(groups, source.length, target.length)
    expect(pathCost(source, target, groups)).toBeCloseTo(fullLatticeCost(source, target), 6)
  })

  it('keeps the band connected for a very skewed pair', () => {
    const groups = galeChurch([6000], Array(1200).fill(5))
    expectMonotoneCover(groups, 1, 1200)
  })
})

/** A small seeded generator. */
function mulberry(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
