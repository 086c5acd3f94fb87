import { describe, expect, it } from 'vitest'
import { PairCounter } from '../../src/lexicon/pair-counter.js'

/** The counter's contents as `first,second → count`. */
function contents(counter: PairCounter): Map<string, number> {
  const out = new Map<string, number>()
  counter.forEach((a, b, count) => out.set(`${a},${b}`, count))
  return out
}

describe('PairCounter', () => {
  it('counts repeated pairs and keeps (a, b) apart from (b, a)', () => {
    const counter = new PairCounter()
    counter.add(1, 2)
    counter.add(1, 2)
    counter.add(2, 1)
    counter.add(0, 0)
    expect(counter.size).toBe(3)
    expect(contents(counter)).toEqual(new Map([['1,2', 2], ['2,1', 1], ['0,0', 1]]))
  })

  it('agrees with a map of counts over 200,000 additions (the table grows many times)', () => {
    const counter = new PairCounter()
    const reference = new Map<string, number>()
    let state = 12345
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0)
    for (let k = 0; k < 200_000; k++) {
      const a = next() % 3000
      const b = k % 7 === 0 ? 2 ** 31 - 1 - (next() % 5) : next() % 500
      counter.add(a, b)
      reference.set(`${a},${b}`, (reference.get(`${a},${b}`) ?? 0) + 1)
    }
    expect(counter.size).toBe(reference.size)
    expect(contents(counter)).toEqual(reference)
  })
})
