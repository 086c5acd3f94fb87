import { describe, expect, it } from 'vitest'
import { addFile, atGoldGranularity, emptyCounts, goldGranularityRuns, scores, type Group } from '../../scripts/lib/metric.js'

const g = (s: number[], t: number[]): Group => [s, t]
const score = (gold: Group[], test: Group[]) => scores(addFile(emptyCounts(), gold, test))

describe('strict and lax F1 (Vecalign score.py)', () => {
  it('is 1 for a perfect prediction, one-sided groups included', () => {
    const gold = [g([0], [0]), g([1], []), g([2, 3], [1])]
    const s = score(gold, gold)
    expect(s.strict).toEqual({ precision: 1, recall: 1, f1: 1 })
    expect(s.lax.f1).toBe(1)
  })

  it('counts a split group as laxly but not strictly right', () => {
    const gold = [g([0, 1], [0]), g([2], [1])]
    const test = [g([0], [0]), g([1], []), g([2], [1])]
    const s = score(gold, test)
    // precision: 3 predicted, 1 strict hit; ([0],[0]) overlaps gold laxly, ([1],[]) does not.
    expect(s.strict.precision).toBeCloseTo(1 / 3)
    expect(s.lax.precision).toBeCloseTo(2 / 3)
    // recall drops one-sided groups: gold 2 two-sided, prediction 2 two-sided; ([0,1],[0]) is missed strictly.
    expect(s.strict.recall).toBeCloseTo(1 / 2)
    expect(s.lax.recall).toBe(1)
    expect(s.strict.f1).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2))
  })

  it('counts a predicted 1-0 as right only when the gold has exactly it', () => {
    const gold = [g([0], [0]), g([1], [])]
    expect(score(gold, [g([0], [0]), g([1], [])]).strict.precision).toBe(1)
    expect(score(gold, [g([0, 1], [0])]).strict.precision).toBe(0)
  })

  it('pools counts over files before dividing', () => {
    const counts = emptyCounts()
    addFile(counts, [g([0], [0])], [g([0], [0])])
    addFile(counts, [g([0], [0]), g([1], [1]), g([2], [2])], [g([0, 1], [0, 1]), g([2], [2])])
    const s = scores(counts)
    expect(s.strict.precision).toBeCloseTo(2 / 3)
    expect(s.strict.recall).toBeCloseTo(2 / 4)
  })
})

describe('scoring at the gold granularity (verse gold)', () => {
  it('counts pieces that exactly cover one gold group as that group', () => {
    const gold = [g([0, 1], [0, 1]), g([2], [2])]
    const test = [g([0], [0]), g([1], [1]), g([2], [2])]
    expect(atGoldGranularity(gold, test)).toEqual([g([0, 1], [0, 1]), g([2], [2])])
    expect(score(gold, atGoldGranularity(gold, test)).strict.f1).toBe(1)
  })

  it('tells which predicted groups were merged (runs covering every predicted group once)', () => {
    const gold = [g([0], [0]), g([1, 2], [1, 2]), g([3], [3])]
    const test = [g([0], [0]), g([1], [1]), g([2], [2]), g([3], []), g([], [3])]
    expect(goldGranularityRuns(gold, test)).toEqual([
      { group: g([0], [0]), from: 0, to: 1 },
      { group: g([1, 2], [1, 2]), from: 1, to: 3 },
      { group: g([3], []), from: 3, to: 4 },
      { group: g([], [3]), from: 4, to: 5 },
    ])
  })

  it('leaves pieces alone that do not cover the gold group or leave it', () => {
    const gold = [g([0, 1], [0, 1]), g([2], [2])]
    expect(atGoldGranularity(gold, [g([0], [0, 1]), g([1, 2], [2])])).toEqual([g([0], [0, 1]), g([1, 2], [2])])
    expect(atGoldGranularity(gold, [g([0], [0]), g([1], []), g([], [1])])).toEqual([g([0], [0]), g([1], []), g([], [1])])
  })
})
