import { describe, expect, it } from 'vitest'
import { lengthCost } from '../../src/signals/length.js'

describe('lengthCost', () => {
  it('is near zero at the expected ratio and grows with the difference', () => {
    expect(lengthCost(100, 114, 1.14, 6.8)).toBeLessThan(0.01)
    const near = lengthCost(100, 120, 1.14, 6.8)
    const far = lengthCost(100, 200, 1.14, 6.8)
    expect(near).toBeLessThan(far)
    expect(far).toBeGreaterThan(3)
  })

  it('stays finite far in the tail', () => {
    const cost = lengthCost(1, 1_000_000, 1, 6.8)
    expect(Number.isFinite(cost)).toBe(true)
    expect(cost).toBeGreaterThan(1000)
  })

  it('is symmetric in the sign of the difference for equal totals', () => {
    expect(lengthCost(100, 80, 1, 6.8)).toBeCloseTo(lengthCost(80, 100, 1, 6.8), 1)
  })
})
