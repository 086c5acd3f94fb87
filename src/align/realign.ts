import { bandFromRectangles, type Rectangle } from './band.js'
import { alignUnitsWork } from './coarse-to-fine.js'
import { scaled, type Work } from './progress.js'
import { embeddingBaseline, wordBaseline, type ModelParameters, type ParagraphMode } from './scorer.js'
import type { Step } from './search.js'
import { unitsFromEvidence, type InternedEvidence, type UnitInput, type UnitOptions } from './units.js'

/** Posterior from which a first-pass group is kept as it is. */
export const SURE = 0.9

/** Sure groups on each side of an unsure one that are aligned again with it. */
const CONTEXT = 4

/** Positions around an unsure group that the second pass searches. */
const WIDTH = 2

/** What the second pass over a long text needs. */
export interface RealignInput {
  /** The first pass's groups, with their posteriors. */
  steps: readonly Step[]
  /** Source sentences as the first pass saw them (paragraph labels, embeddings). */
  source: readonly UnitInput[]
  /** Target sentences as the first pass saw them. */
  target: readonly UnitInput[]
  /** The evidence of the sentences, interned. */
  evidence: InternedEvidence
  /** Keys learnt from the first pass, per token. */
  extend: UnitOptions['extend']
  /** The first pass's model. */
  parameters: ModelParameters
  /** How paragraph ends counted in the first pass. */
  paragraphs: ParagraphMode
}

/**
 * The second pass of a long text: align again, with the lexicon learnt from
 * the first pass, only the stretches the first pass was unsure of, each with
 * {@link CONTEXT} of its neighbouring groups, inside a band {@link WIDTH}
 * positions around the first path (the sure groups of a stretch keep their
 * place unless an unsure neighbour's band reaches them). Groups outside the
 * stretches are kept with their first-pass posteriors, so the work follows
 * the unsure part of the text, not its length. Word weights and baselines are
 * those of the whole text.
 *
 * @param input The first pass and what it used.
 * @returns All groups, in order.
 */
export function* realignUnsureWork(input: RealignInput): Work<Step[]> {
  const { steps } = input
  const stretches = unsureStretches(steps)
  if (stretches.length === 0) return [...steps]
  const built = unitsFromEvidence(input.source, input.target, input.evidence, { extend: input.extend })
  const parameters: ModelParameters = {
    ...input.parameters,
    wordBaseline: wordBaseline(built.source, built.target, built.table),
    embeddingBaseline: embeddingBaseline(built.source, built.target),
  }
  const total = stretches.reduce((sum, [from, to]) => sum + to - from, 0)
  const out: Step[] = []
  let kept = 0
  let done = 0
  for (const [from, to] of stretches) {
    for (let s = kept; s < from; s++) out.push(steps[s])
    const { i0, i1, j0, j1 } = extent(steps, from, to)
    const rectangles: Rectangle[] = []
    for (let s = from; s < to; s++) {
      const { i, a, j, b, posterior } = steps[s]
      rectangles.push({ i0: i - i0, i1: i + a - i0, j0: j - j0, j1: j + b - j0, width: WIDTH, cornersOnly: posterior >= SURE })
    }
    const band = bandFromRectangles(rectangles, i1 - i0, j1 - j0, 0)
    const work = alignUnitsWork(
      built.source.slice(i0, i1),
      built.target.slice(j0, j1),
      built.table,
      parameters,
      input.paragraphs,
      { band },
    )
    const found = yield* scaled(work, done / total, (done + to - from) / total)
    const sure = new Map<string, number>()
    for (let s = from; s < to; s++) if (steps[s].posterior >= SURE) sure.set(key(steps[s]), steps[s].posterior)
    for (const step of found) {
      const moved = { ...step, i: step.i + i0, j: step.j + j0 }
      // A sure group kept in place is never more certain than the first pass said.
      const before = sure.get(key(moved))
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
 * every unsure group with {@link CONTEXT} groups on each side, overlapping
 * stretches merged.
 */
function unsureStretches(steps: readonly Step[]): Array<[number, number]> {
  const stretches: Array<[number, number]> = []
  for (let s = 0; s < steps.length; s++) {
    if (steps[s].posterior >= SURE) continue
    const from = Math.max(0, s - CONTEXT)
    const to = Math.min(steps.length, s + CONTEXT + 1)
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
