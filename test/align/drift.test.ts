import { describe, expect, it } from 'vitest'
import { driftStretches, repairDriftWork } from '../../src/align/drift.js'
import { runSync } from '../../src/align/progress.js'
import { DEFAULT_PARAMETERS } from '../../src/align/scorer.js'
import type { Step } from '../../src/align/search.js'
import { internEvidence, unitsFromEvidence } from '../../src/align/units.js'
import { sideEvidenceOf, type SentenceEvidence } from '../helpers/evidence.js'
import { alignSegments } from '../../src/index.js'
import { syntheticBook, type SyntheticBook } from '../helpers/synthetic-book.js'

/** A 1-1 group at `k` with a posterior. */
const one = (k: number, posterior: number): Step => ({ i: k, a: 1, j: k, b: 1, cost: 0, posterior })

/** Share of the gold groups in source sentences `[from, to)` that the alignment has exactly. */
function exactShare(book: SyntheticBook, pairs: ReadonlyArray<{ source: number[]; target: number[] }>, from = 0, to = Infinity): number {
  const predicted = new Set(pairs.map((p) => `${p.source}|${p.target}`))
  const gold = book.gold.filter(([s]) => s.length > 0 && s[0] >= from && s[0] < to)
  return gold.filter(([s, t]) => predicted.has(`${s}|${t}`)).length / gold.length
}

describe('driftStretches', () => {
  it('finds nothing on a path it was sure of', () => {
    expect(driftStretches(Array.from({ length: 500 }, (_, k) => one(k, 0.95)))).toEqual([])
  })

  it('finds a run of unsure groups, with a margin of sure ones on each side', () => {
    const steps = Array.from({ length: 600 }, (_, k) => one(k, k >= 200 && k < 300 ? 0.3 : 0.95))
    const stretches = driftStretches(steps)
    expect(stretches).toHaveLength(1)
    const [[from, to]] = stretches
    expect(from).toBeLessThan(200)
    expect(from).toBeGreaterThan(140)
    expect(to).toBeGreaterThan(300)
    expect(to).toBeLessThan(360)
  })

  it('leaves a few unsure groups alone where the window stays confident', () => {
    const steps = Array.from({ length: 600 }, (_, k) => one(k, k % 50 === 0 ? 0.2 : 0.95))
    expect(driftStretches(steps)).toEqual([])
  })

  it('merges stretches that meet', () => {
    const steps = Array.from({ length: 800 }, (_, k) => one(k, (k >= 200 && k < 260) || (k >= 300 && k < 360) ? 0.2 : 0.95))
    expect(driftStretches(steps)).toHaveLength(1)
  })
})

describe('repairDriftWork', () => {
  /** `count` sentences whose word `w<k>` only sentence k of the other side shares, of varied lengths. */
  function units(count: number) {
    const inputs = Array.from({ length: count }, (_, k) => ({ text: 'x'.repeat(30 + ((k * 37) % 61)), paragraph: 0 }))
    const evidence: SentenceEvidence[] = Array.from({ length: count }, (_, k) => ({
      numbers: [],
      tokens: [{ form: `w${k}`, keys: [`w${k}`], id: 4 + k }],
    }))
    const side = sideEvidenceOf(evidence)
    return unitsFromEvidence(inputs, inputs, internEvidence(side, side))
  }
  const n = 1000
  const built = units(n)
  const repair = (steps: Step[]) =>
    runSync(repairDriftWork({ steps, ...built, parameters: { ...DEFAULT_PARAMETERS, ratio: 1, wordBaseline: 0 }, paragraphs: 'soft' }))
  const cost = (i: number, j: number) => (i === j ? 1 : 10)

  it('brings a path that ran 25 sentences off for 300 groups back to the diagonal', () => {
    // 25 source sentences skipped at 300, the next 300 paired 25 off, 25 target sentences skipped at 625: all unsure.
    const steps: Step[] = []
    for (let k = 0; k < 300; k++) steps.push({ ...one(k, 0.97), cost: cost(k, k) })
    for (let k = 300; k < 325; k++) steps.push({ i: k, a: 1, j: 300, b: 0, cost: 5, posterior: 0.3 })
    for (let k = 325; k < 625; k++) steps.push({ i: k, a: 1, j: k - 25, b: 1, cost: cost(k, k - 25), posterior: 0.3 })
    for (let j = 600; j < 625; j++) steps.push({ i: 625, a: 0, j, b: 1, cost: 5, posterior: 0.3 })
    for (let k = 625; k < n; k++) steps.push({ ...one(k, 0.97), cost: cost(k, k) })
    const out = repair(steps)
    expect(out.map(({ i, a, j, b }) => [i, a, j, b])).toEqual(Array.from({ length: n }, (_, k) => [k, 1, k, 1]))
    // Far from the stretch, the very same group objects come back.
    expect(out[10]).toBe(steps[10])
  })

  it('keeps a path it was sure of as it is', () => {
    const steps = Array.from({ length: n }, (_, k) => ({ ...one(k, 0.95), cost: 1 }))
    expect(repair(steps)).toEqual(steps)
  })
})

describe('a long book with a planted drift-inducing stretch, in a pair no lexicon knows', () => {
  it('aligns the made-up pair well with no lexicon at all', () => {
    const book = syntheticBook({ sentences: 3000, seed: 11 })
    const { pairs } = alignSegments(book.source, book.target, { sourceLang: 'es', targetLang: 'ru' })
    expect(exactShare(book, pairs)).toBeGreaterThan(0.97)
  })

  it('recovers after a dropped chapter: the chapter comes out as omissions and the rest stays aligned', () => {
    const book = syntheticBook({ sentences: 4000, seed: 5, dropped: [1500, 1620] })
    const { pairs } = alignSegments(book.source, book.target, { sourceLang: 'es', targetLang: 'ru' })
    // The chapter's words match nothing, so where exactly it starts is a matter of lengths; but about
    // as many sentences as it holds are left out, near it, and nothing is left out far from it.
    const leftOut = pairs.filter((p) => p.target.length === 0).flatMap((p) => p.source)
    expect(leftOut.length).toBeGreaterThan(0.6 * 120)
    expect(leftOut.length).toBeLessThan(1.4 * 120)
    expect(leftOut.every((i) => i > 1400 && i < 1720)).toBe(true)
    const chapterStart = book.gold.find(([, t]) => t.length === 0)![0][0]
    expect(exactShare(book, pairs, 0, chapterStart)).toBeGreaterThan(0.95)
    expect(exactShare(book, pairs, chapterStart + 200)).toBeGreaterThan(0.95)
  })

  it('recovers after a block left untranslated, aligned to itself', () => {
    const book = syntheticBook({ sentences: 4000, seed: 9, untranslated: [2000, 2080] })
    const { pairs } = alignSegments(book.source, book.target, { sourceLang: 'es', targetLang: 'ru' })
    expect(exactShare(book, pairs)).toBeGreaterThan(0.95)
    const blockStart = book.gold[2000][0][0]
    expect(exactShare(book, pairs, blockStart + 150)).toBeGreaterThan(0.95)
  })
})
