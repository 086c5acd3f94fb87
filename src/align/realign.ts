import { bandFromRectangles, type Rectangle } from './band.js'
import { alignUnitsWork } from './coarse-to-fine.js'
import { scaled, type Work } from './progress.js'
import type { ModelParameters, ParagraphMode } from './scorer.js'
import type { Step } from './search.js'
import type { KeyTable, Unit } from './units.js'

/** Posterior from which a first-pass group is kept as it is. */
export const SURE = 0.9

/** Groups on each side of a group aligned again that are aligned again with it. */
const CONTEXT = 4

/** Positions around an unsure group that a learning pass searches. */
export const UNSURE_REACH = 2

/**
 * Positions around a group that ran along the edge of the band it was found
 * in: the band may have cut a better path off there, which can lie several
 * sentences away (measured on Genesis end to end, docs/eval.md).
 */
export const EDGE_REACH = 6

/** What aligning parts of a long text again needs. */
export interface RealignInput {
  /** The groups found so far, with their posteriors. */
  steps: readonly Step[]
  /** The source units, as the new search sees them (with learnt keys, in a learning pass). */
  source: readonly Unit[]
  /** The target units, likewise. */
  target: readonly Unit[]
  /** Their interned keys. */
  table: KeyTable
  /** The model, with the whole text's baselines set (the stretches are too short to estimate them). */
  parameters: ModelParameters
  /** How paragraph ends count. */
  paragraphs: ParagraphMode
  /**
   * How many positions around each group the new search may go; 0 keeps the
   * group where it is (only its corners are allowed).
   */
  reach: (step: Step, index: number) => number
}

/**
 * How far a learning pass searches around a group: {@link UNSURE_REACH}
 * around groups under {@link SURE}, nothing around the others.
 *
 * @param step A group.
 */
export function unsureReach(step: Step): number {
  return step.posterior < SURE ? UNSURE_REACH : 0
}

/**
 * Align parts of a long text again: each group with a reach (the unsure
 * ones, for a learning pass; those along the band's edge, for a band
 * repair), with {@link CONTEXT} of its neighbouring groups, inside a band
 * that reach around the groups (the others of a stretch keep their place
 * unless a neighbour's reach covers them). Groups outside the stretches are
 * kept with their posteriors, so the work follows the part of the text
 * aligned again, not its length.
 *
 * @param input The groups so far and what to align them with.
 * @returns All groups, in order.
 */
export function* realignWork(input: RealignInput): Work<Step[]> {
  const { steps, reach } = input
  const reaches = steps.map(reach)
  const stretches = stretchesAround(reaches)
  if (stretches.length === 0) return [...steps]
  const total = stretches.reduce((sum, [from, to]) => sum + to - from, 0)
  const out: Step[] = []
  let kept = 0
  let done = 0
  for (const [from, to] of stretches) {
    for (let s = kept; s < from; s++) out.push(steps[s])
    const { i0, i1, j0, j1 } = extent(steps, from, to)
    const rectangles: Rectangle[] = []
    for (let s = from; s < to; s++) {
      const { i, a, j, b } = steps[s]
      rectangles.push({ i0: i - i0, i1: i + a - i0, j0: j - j0, j1: j + b - j0, width: reaches[s], cornersOnly: reaches[s] === 0 })
    }
    const band = bandFromRectangles(rectangles, i1 - i0, j1 - j0, 0)
    const work = alignUnitsWork(input.source.slice(i0, i1), input.target.slice(j0, j1), input.table, input.parameters, input.paragraphs, {
      band,
    })
    const found = yield* scaled(work, done / total, (done + to - from) / total)
    const fixed = new Map<string, number>()
    for (let s = from; s < to; s++) if (reaches[s] === 0) fixed.set(key(steps[s]), steps[s].posterior)
    for (const step of found) {
      const moved = { ...step, i: step.i + i0, j: step.j + j0 }
      // A group kept in place is never more certain than it was.
      const before = fixed.get(key(moved))
      if (before !== undefined) moved.posterior = Math.min(before, moved.posterior)
      out.push(moved)
    }
    kept = to
    done += to - from
    // Many small stretches never reach a search's own progress report.
    yield done / total
  }
  for (let s = kept; s < steps.length; s++) out.push(steps[s])
  return out
}

/**
 * The stretches to align again, as ranges `[from, to)` of group indices:
 * every group with a reach, with {@link CONTEXT} groups on each side,
 * overlapping stretches merged.
 */
function stretchesAround(reaches: readonly number[]): Array<[number, number]> {
  const stretches: Array<[number, number]> = []
  for (let s = 0; s < reaches.length; s++) {
    if (reaches[s] === 0) continue
    const from = Math.max(0, s - CONTEXT)
    const to = Math.min(reaches.length, s + CONTEXT + 1)
    const last = stretches[stretches.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else stretches.push([from, to])
  }
  return stretches
}

/** The sentences groups `[from, to)` cover: source `[i0, i1)`, target `[j0, j1)`. */
function extent(steps: readonly Step[], from: number, to: number): { i0: number; i1: number; j0: number; j1: number } {
  const last = steps[to - 1]
  return { i0: steps[from].i, i1: last.i + last.a, j0: steps[from].j, j1: last.j + last.b }
}

/** A group as a map key. */
function key(step: Step): string {
  return `${step.i},${step.a},${step.j},${step.b}`
}
