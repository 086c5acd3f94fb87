import { describe, expect, it } from 'vitest'
import { bandFromRectangles } from '../../src/align/band.js'
import { runSync } from '../../src/align/progress.js'
import { EDGE_REACH, realignWork, SURE, unsureReach } from '../../src/align/realign.js'
import { DEFAULT_PARAMETERS } from '../../src/align/scorer.js'
import { searchPath, SENTENCE_MOVES, type Step } from '../../src/align/search.js'
import { sideEvidenceOf, type SentenceEvidence } from '../helpers/evidence.js'
import { internEvidence, unitsFromEvidence } from '../../src/align/units.js'

/** `count` sentences whose word `w<k>` only sentence k of the other side shares, of varied lengths. */
function sentences(count: number) {
  const inputs = Array.from({ length: count }, (_, k) => ({ text: 'x'.repeat(30 + ((k * 7) % 23)), paragraph: 0 }))
  const evidence: SentenceEvidence[] = Array.from({ length: count }, (_, k) => ({
    numbers: [],
    tokens: [{ form: `w${k}`, keys: [`w${k}`], id: 3 + k }],
  }))
  return { inputs, evidence }
}

/** A 1-1 group. */
const one = (k: number, posterior: number): Step => ({ i: k, a: 1, j: k, b: 1, cost: 0, posterior })

describe('realignWork', () => {
  const n = 400
  const { inputs, evidence } = sentences(n)
  const units = unitsFromEvidence(inputs, inputs, internEvidence(sideEvidenceOf(evidence), sideEvidenceOf(evidence)))
  const run = (steps: Step[], reach: (step: Step, index: number) => number = unsureReach) =>
    runSync(
      realignWork({
        steps,
        ...units,
        parameters: { ...DEFAULT_PARAMETERS, ratio: 1 },
        paragraphs: 'soft',
        reach,
      }),
    )

  it('keeps a first pass it was sure of everywhere, as it is', () => {
    const steps = Array.from({ length: n }, (_, k) => one(k, 0.95))
    expect(run(steps)).toEqual(steps)
  })

  it('aligns again only around the unsure groups, and keeps the rest untouched', () => {
    // The first pass got sentences 200-201 wrong (a 2-1 and a 0-1) and was unsure of them.
    const steps: Step[] = []
    for (let k = 0; k < 200; k++) steps.push(one(k, 0.97))
    steps.push({ i: 200, a: 2, j: 200, b: 1, cost: 0, posterior: 0.4 })
    steps.push({ i: 202, a: 0, j: 201, b: 1, cost: 0, posterior: 0.4 })
    for (let k = 202; k < n; k++) steps.push({ ...one(k, 0.97), j: k })
    const out = run(steps)
    expect(out.map(({ i, a, j, b }) => [i, a, j, b])).toEqual(Array.from({ length: n }, (_, k) => [k, 1, k, 1]))
    // Far from the unsure groups, the very same group objects come back.
    expect(out[10]).toBe(steps[10])
    expect(out[390]).toBe(steps[390])
    // A sure group that was aligned again is not more certain than the first pass said.
    expect(out[197].posterior).toBeLessThanOrEqual(0.97)
    expect(SURE).toBeLessThanOrEqual(0.97)
  })

  it('repairs a path that a band cut off, several sentences away, where a group reaches that far', () => {
    // A band forced sentences 100-104 of the source onto nothing and the target's 100-104 onto nothing:
    // ten skips, all sure. Only a reach of EDGE_REACH around them finds the 1-1 pairs again.
    const steps: Step[] = []
    for (let k = 0; k < 100; k++) steps.push(one(k, 0.99))
    for (let k = 100; k < 105; k++) steps.push({ i: k, a: 1, j: 100, b: 0, cost: 0, posterior: 0.99 })
    for (let k = 100; k < 105; k++) steps.push({ i: 105, a: 0, j: k, b: 1, cost: 0, posterior: 0.99 })
    for (let k = 105; k < n; k++) steps.push(one(k, 0.99))
    const atEdge = (step: Step) => (step.a === 0 || step.b === 0 ? EDGE_REACH : 0)
    expect(run(steps, atEdge).map(({ i, a, j, b }) => [i, a, j, b])).toEqual(Array.from({ length: n }, (_, k) => [k, 1, k, 1]))
    // The unsure reach leaves them: they are sure.
    expect(run(steps)).toEqual(steps)
  })
})

describe('bandFromRectangles with corner-only rectangles', () => {
  it('keeps a chain of sure groups to their corners: one cell per row', () => {
    const rectangles = [0, 1, 2, 3].map((k) => ({ i0: k, i1: k + 1, j0: k, j1: k + 1, cornersOnly: true }))
    const band = bandFromRectangles(rectangles, 4, 4, 2)
    expect([...band.lo]).toEqual([0, 1, 2, 3, 4])
    expect([...band.hi]).toEqual([0, 1, 2, 3, 4])
    // Whatever the costs, every group of the path starts and ends on the corners.
    const steps = searchPath(4, 4, SENTENCE_MOVES, (_i, a, _j, b) => (a === 1 && b === 1 ? 5 : 0), band)
    for (const { i, j } of steps) expect(i).toBe(j)
  })

  it('widens an unsure rectangle among them', () => {
    const rectangles = [0, 1, 2, 3, 4, 5].map((k) => ({ i0: k, i1: k + 1, j0: k, j1: k + 1, cornersOnly: k !== 2, width: 1 }))
    const band = bandFromRectangles(rectangles, 6, 6, 0)
    expect([...band.lo]).toEqual([0, 1, 1, 1, 1, 5, 6])
    expect([...band.hi]).toEqual([0, 4, 4, 4, 4, 5, 6])
  })
})
