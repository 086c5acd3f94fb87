import { describe, expect, it } from 'vitest'
import { estimatePrecision, wilson, type Review, type Verdict } from '../../scripts/lib/review.js'

const review = (verdicts: Verdict[]): Review => ({
  set: 'x',
  sample: 'x',
  reviewed: '2026-12-07',
  cases: verdicts.map((verdict, n) => ({ n, ours: [[n], [n]], gold: [], verdict, correct: null, why: '' })),
})

describe('wilson', () => {
  it('brackets the share, narrower with more trials', () => {
    const [low, high] = wilson(30, 40)
    expect(low).toBeLessThan(0.75)
    expect(high).toBeGreaterThan(0.75)
    const [low2, high2] = wilson(300, 400)
    expect(high2 - low2).toBeLessThan(high - low)
  })

  it('matches a published value: 8 of 10 gives about 0.49 to 0.94', () => {
    const [low, high] = wilson(8, 10)
    expect(low).toBeCloseTo(0.49, 2)
    expect(high).toBeCloseTo(0.943, 2)
  })
})

describe('estimatePrecision', () => {
  it('counts the exact groups of the gold and the reviewed share of the disagreements as right', () => {
    // 100 predicted, 80 in the gold, 20 two-sided disagreements, 3 of 4 judged right: 80 + 15.
    const estimate = estimatePrecision(review(['gold-wrong', 'ours-finer', 'gold-wrong', 'ours-wrong', 'undecided']), 100, 80, 20)
    expect(estimate.judged).toBe(4)
    expect(estimate.right).toBe(3)
    expect(estimate.precision).toBeCloseTo(0.95, 10)
    expect(estimate.low).toBeLessThan(0.95)
    expect(estimate.high).toBeGreaterThan(0.95)
  })

  it('counts both-wrong and ours-coarser as wrong', () => {
    const estimate = estimatePrecision(review(['both-wrong', 'ours-coarser']), 10, 5, 5)
    expect(estimate.precision).toBeCloseTo(0.5, 10)
  })
})
