import { describe, expect, it } from 'vitest'
import type { Group } from '../../scripts/lib/metric.js'
import { addToBands, bandOf, beadCounts, emptyBands, halfPoint, omissions, splitHalves, strictlyCorrect } from '../../scripts/lib/report.js'

const g = (s: number[], t: number[]): Group => [s, t]

describe('halves of a book', () => {
  it('cuts the gold at floor(G / 2) and places predicted groups by their first source index', () => {
    const gold = [g([0], [0]), g([1, 2], [1]), g([3], [2]), g([4], [3, 4]), g([5], [5])]
    // G = 5, cut at gold group 2: source 3, target 2.
    expect(halfPoint(gold)).toEqual({ group: 2, source: 3, target: 2 })
    const test = [g([0], [0]), g([1], [1]), g([2, 3], [2]), g([4], [3]), g([], [4]), g([5], [5])]
    const [first, second] = splitHalves(gold, test)
    expect(first.gold).toEqual(gold.slice(0, 2))
    expect(second.gold).toEqual(gold.slice(2))
    // ([2, 3], [2]) starts before source 3: first half although it crosses the cut.
    expect(first.test).toEqual([g([0], [0]), g([1], [1]), g([2, 3], [2])])
    expect(second.test).toEqual([g([4], [3]), g([], [4]), g([5], [5])])
  })

  it('skips one-sided gold groups at the cut and places predicted additions by their target', () => {
    const gold = [g([0], [0]), g([1], [1]), g([2], []), g([], [2]), g([3], [3]), g([4], [4])]
    // G = 6, cut at gold group 3, which has no source: the first group with both sides is ([3], [3]).
    expect(halfPoint(gold)).toEqual({ group: 3, source: 3, target: 3 })
    const test = [g([0], [0]), g([1], [1, 2]), g([], [3]), g([2, 3], []), g([4], [4])]
    const [first, second] = splitHalves(gold, test)
    expect(first.gold).toHaveLength(3)
    expect(first.test).toEqual([g([0], [0]), g([1], [1, 2]), g([2, 3], [])])
    expect(second.test).toEqual([g([], [3]), g([4], [4])])
  })

  it('puts every predicted group in exactly one half', () => {
    const gold = Array.from({ length: 11 }, (_, k) => g([k], [k]))
    const test = Array.from({ length: 11 }, (_, k) => (k % 4 === 0 ? g([], [k]) : g([k], [k])))
    const [first, second] = splitHalves(gold, test)
    expect([...first.test, ...second.test]).toEqual(test)
    expect(first.gold.length + second.gold.length).toBe(11)
    expect(first.gold).toHaveLength(5)
  })
})

describe('bead types', () => {
  it('counts groups per type and the rest as other', () => {
    const counts = beadCounts([g([0], [0]), g([1, 2], [1]), g([3], []), g([], [2]), g([4, 5, 6], [3]), g([7, 8, 9], [4, 5]), g([10], [6])])
    expect(counts).toEqual({ '1-1': 2, '2-1': 1, '1-2': 0, '2-2': 0, '3-1': 1, '1-3': 0, '1-0': 1, '0-1': 1, other: 1 })
    expect(omissions(counts)).toBe(2)
  })
})

describe('confidence bands', () => {
  it('bins scores at the band edges into the upper band', () => {
    expect([1, 0.9, 0.8999, 0.7, 0.6999, 0.5, 0.4999, 0].map(bandOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3])
    expect(bandOf(Number.NaN)).toBe(3)
  })

  it('counts groups and correct groups per band, pooled over files', () => {
    const bands = emptyBands()
    addToBands(bands, [0.95, 0.92, 0.75, 0.1], [true, false, true, false])
    addToBands(bands, [0.55, 0.99], [true, true])
    expect(bands).toEqual([
      { groups: 3, correct: 2 },
      { groups: 1, correct: 1 },
      { groups: 1, correct: 1 },
      { groups: 1, correct: 0 },
    ])
  })

  it('marks predicted groups strictly correct, or at the gold granularity when asked', () => {
    const gold = [g([0, 1], [0, 1]), g([2], [2]), g([3], [])]
    const test = [g([0], [0]), g([1], [1]), g([2], [2]), g([3], [])]
    expect(strictlyCorrect(gold, test)).toEqual([false, false, true, true])
    expect(strictlyCorrect(gold, test, true)).toEqual([true, true, true, true])
    // Pieces that do not cover the gold group stay wrong.
    expect(strictlyCorrect(gold, [g([0], [0]), g([1], []), g([], [1]), g([2], [2])], true)).toEqual([false, false, false, true])
  })
})
