import { describe, expect, it } from 'vitest'
import { bandSize, fullBand } from '../../src/align/band.js'
import { alignUnits, chooseBand } from '../../src/align/coarse-to-fine.js'
import { DEFAULT_PARAMETERS } from '../../src/align/scorer.js'
import type { KeyTable, Unit } from '../../src/align/units.js'

/** Deterministic pseudo-random lengths, the same on both sides with noise, a number in every tenth unit. */
function synthetic(n: number, dropEvery = 0): { source: Unit[]; target: Unit[]; table: KeyTable } {
  let seed = 7
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const source: Unit[] = []
  const target: Unit[] = []
  const unit = (length: number, numbers: Int32Array): Unit => ({
    length,
    numbers,
    tokens: new Int32Array(0),
    words: { weight: new Float32Array(0), keyStart: new Int32Array(1), keys: new Int32Array(0) },
    total: 0,
    paragraph: 0,
  })
  for (let k = 0; k < n; k++) {
    const length = 20 + Math.floor(random() * 150)
    const numbers = k % 10 === 0 ? Int32Array.of(k) : new Int32Array(0)
    source.push(unit(length, numbers))
    if (dropEvery > 0 && k % dropEvery === dropEvery - 1) continue
    target.push(unit(Math.round(length * (0.9 + random() * 0.2)), numbers))
  }
  return { source, target, table: { words: 0, numbers: n } }
}

describe('coarse-to-fine alignment', () => {
  it('searches a band that grows linearly with the text, not the whole lattice', () => {
    const small = synthetic(2000)
    const large = synthetic(8000)
    const smallBand = bandSize(chooseBand(small.source, small.target, small.table, { ...DEFAULT_PARAMETERS, ratio: 1 }))
    const largeBand = bandSize(chooseBand(large.source, large.target, large.table, { ...DEFAULT_PARAMETERS, ratio: 1 }))
    expect(largeBand).toBeLessThan(8000 * 60)
    expect(largeBand / smallBand).toBeLessThan(4 * 1.3)
  })

  it('finds the same path as a search of the whole lattice', () => {
    const { source, target, table } = synthetic(1500, 97)
    const parameters = { ...DEFAULT_PARAMETERS, ratio: 1 }
    const banded = alignUnits(source, target, table, parameters, 'ignore')
    const whole = alignUnits(source, target, table, parameters, 'ignore', { band: fullBand(source.length, target.length) })
    const key = (s: { i: number; a: number; j: number; b: number }) => `${s.i},${s.a},${s.j},${s.b}`
    const wholeKeys = new Set(whole.map(key))
    const same = banded.filter((s) => wholeKeys.has(key(s))).length
    expect(same / whole.length).toBeGreaterThan(0.995)
  })
})
