import { bandFromRectangles, type Rectangle } from './band.js'
import { alignUnitsWork } from './coarse-to-fine.js'
import { scaled, type Work } from './progress.js'
import type { RealignInput } from './realign.js'
import type { Band, Step } from './search.js'

/**
 * Groups over which the posterior is averaged to tell a path that follows the
 * translation from one that has lost it. Read off a histogram of the whole
 * Anna Karenina ES-RU volume before the repair existed (so it saw the second
 * half, a test row too): groups on the gold path average 0.7-0.9 over 30
 * groups, groups off it 0.2-0.6. Not tuned further.
 */
const DRIFT_WINDOW = 30

/** Mean posterior over {@link DRIFT_WINDOW} groups under which the path is taken to have drifted (same source). */
const DRIFT_THRESHOLD = 0.6

/** Groups of context added on each side of a drifted stretch, so that it starts and ends on confident groups. */
const DRIFT_MARGIN = 30

/**
 * How far from the straight line between a stretch's two ends the repair
 * searches, as a share of the stretch's longer side, and at least
 * {@link DRIFT_MIN_REACH} positions: a path that drifted is typically tens of
 * sentences off (60-90 in the Spanish-Russian volume after a block of 22
 * Russian sentences the Spanish leaves out).
 */
const DRIFT_REACH_SHARE = 0.05
const DRIFT_MIN_REACH = 40

/**
 * Most cells one repair's wide band may hold (about 30 MB with its pair
 * statistics): a stretch so long that its reach would exceed it gets a
 * narrower reach, so time and memory stay bounded on any input.
 */
const DRIFT_MAX_CELLS = 1_500_000

/** Positions around the wide search's path in which the posteriors are computed. */
const PATH_REACH = 2

/** Most repairs in a row: a repaired text is checked again, since a stretch can drift anew further on. */
const MAX_ROUNDS = 2

/**
 * The stretches of a path that have lost their way, as ranges `[from, to)`
 * of group indices: runs of groups whose posterior, averaged over
 * {@link DRIFT_WINDOW} groups around each, is under {@link DRIFT_THRESHOLD},
 * widened by {@link DRIFT_MARGIN} groups on each side and merged where they
 * meet.
 *
 * @param steps The path's groups, with posteriors.
 * @param window Groups to average over.
 * @param threshold Mean posterior under which a group counts as drifted.
 */
export function driftStretches(
  steps: readonly Step[],
  window = DRIFT_WINDOW,
  threshold = DRIFT_THRESHOLD,
): Array<[number, number]> {
  const count = steps.length
  if (count < window) return []
  const sums = new Float64Array(count + 1)
  for (let k = 0; k < count; k++) sums[k + 1] = sums[k] + steps[k].posterior
  const half = Math.floor(window / 2)
  const stretches: Array<[number, number]> = []
  for (let k = 0; k < count; k++) {
    const from = Math.max(0, Math.min(count - window, k - half))
    const mean = (sums[from + window] - sums[from]) / window
    if (!(mean < threshold)) continue
    const start = Math.max(0, k - DRIFT_MARGIN)
    const end = Math.min(count, k + DRIFT_MARGIN + 1)
    const last = stretches[stretches.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else stretches.push([start, end])
  }
  return stretches
}

/** What a drift repair needs: the path so far and the whole text's units and model (with its baselines set). */
export type DriftInput = Omit<RealignInput, 'reach'>

/**
 * Find the stretches where a path lost the translation
 * ({@link driftStretches}) and align each again in a wide band around the
 * straight line between the stretch's two confident ends, keeping the new
 * path where it costs less than the old one. A path that ran
 * tens of sentences off after an untranslated block or a dropped chapter
 * comes back to the diagonal between the confident groups on either side.
 *
 * @param input The path and what to align with.
 * @returns All groups, in order (the input's where nothing drifted).
 */
export function* repairDriftWork(input: DriftInput): Work<Step[]> {
  let steps = [...input.steps]
  // Target units per source unit over the whole text.
  const unitRatio = input.source.length > 0 ? input.target.length / input.source.length : 1
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const stretches = driftStretches(steps)
    if (stretches.length === 0) break
    const out: Step[] = []
    let kept = 0
    let changed = false
    for (const [s, [from, to]] of stretches.entries()) {
      for (let k = kept; k < from; k++) out.push(steps[k])
      const first = steps[from]
      const last = steps[to - 1]
      const i0 = first.i
      const j0 = first.j
      const i1 = last.i + last.a
      const j1 = last.j + last.b
      const band = repairBand(i1 - i0, j1 - j0, unitRatio)
      const sourceUnits = input.source.slice(i0, i1)
      const targetUnits = input.target.slice(j0, j1)
      const progress = (x: number) => (round + (s + x) / stretches.length) / MAX_ROUNDS
      // A wide band without posteriors first, then the posteriors in a narrow band around its path.
      const path = yield* scaled(
        alignUnitsWork(sourceUnits, targetUnits, input.table, input.parameters, input.paragraphs, { band, posteriors: false }),
        progress(0),
        progress(0.5),
      )
      const narrow = bandFromRectangles(
        path.map((step) => ({ i0: step.i, i1: step.i + step.a, j0: step.j, j1: step.j + step.b })),
        i1 - i0,
        j1 - j0,
        PATH_REACH,
      )
      const found = yield* scaled(
        alignUnitsWork(sourceUnits, targetUnits, input.table, input.parameters, input.paragraphs, { band: narrow }),
        progress(0.5),
        progress(1),
      )
      // The band leaves the old path out where it ran far from the line, so keep whichever path is cheaper.
      const before = steps.slice(from, to)
      if (totalCost(found) < totalCost(before)) {
        for (const step of found) out.push({ ...step, i: step.i + i0, j: step.j + j0 })
        changed = true
      } else out.push(...before)
      kept = to
    }
    for (let k = kept; k < steps.length; k++) out.push(steps[k])
    steps = out
    // Nothing moved: a second round would search the same stretches again.
    if (!changed) break
  }
  return steps
}

/**
 * The band a repair searches, in the stretch's own coordinates: the straight
 * line from corner to corner widened by {@link DRIFT_REACH_SHARE} of the
 * longer side, or by the units one side has beyond what the text's ratio of
 * units gives (a block left out), whichever is more, within
 * {@link DRIFT_MAX_CELLS}, and never less than the line's slope, so that a
 * path can cross it. The old path is not in it: a band that held both
 * would hold everything between them.
 */
function repairBand(n: number, m: number, ratio: number): Band {
  // A stretch with more (or fewer) units on one side than the text's ratio gives holds a block left out: reach past it.
  const excess = Math.abs(m - n * ratio)
  const wanted = Math.max(DRIFT_MIN_REACH, DRIFT_REACH_SHARE * Math.max(n, m), excess + DRIFT_MIN_REACH / 2)
  // Consecutive rows must overlap, however steep the line, or no path crosses the band.
  const steep = Math.ceil(m / Math.max(1, n)) + 2
  const reach = Math.max(steep, Math.ceil(Math.min(wanted, DRIFT_MAX_CELLS / (2 * (n + 1)))))
  const rectangles: Rectangle[] = []
  for (let i = 0; i <= n; i++) {
    const j = n === 0 ? 0 : Math.round((i * m) / n)
    rectangles.push({ i0: i, i1: i, j0: Math.max(0, j - reach), j1: Math.min(m, j + reach), width: 0 })
  }
  return bandFromRectangles(rectangles, n, m, 0)
}

/** The summed cost of some groups. */
function totalCost(steps: readonly Step[]): number {
  let sum = 0
  for (const step of steps) sum += step.cost
  return sum
}
