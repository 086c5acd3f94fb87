/**
 * Small pieces of the evaluation report: splitting a long book into a dev and
 * a test half, counting bead types, and binning predicted groups by their
 * confidence.
 */
import { goldGranularityRuns, type Group } from './metric.js'

const keyOf = ([s, t]: Group): string => `${s.join(',')}|${t.join(',')}`

// ---------------------------------------------------------------- halves

/** Where a book is cut in two: the first gold group of the second half and its first indices. */
export interface HalfPoint {
  /** Gold groups before this index are in the first half: floor(G / 2). */
  group: number
  /** Predicted groups whose smallest source index is below this are in the first half. */
  source: number
  /** For predicted groups without source: those whose smallest target index is below this. */
  target: number
}

/** Gold and predicted groups of one half. */
export interface Half {
  gold: Group[]
  test: Group[]
}

/**
 * The cut of a book aligned whole: gold group floor(G / 2) starts the second
 * half, and the first source and target indices of the first gold group at
 * or after it with both sides non-empty place the predicted groups. When no
 * such group exists, every predicted group is in the first half.
 *
 * @param gold The gold groups, in document order.
 */
export function halfPoint(gold: readonly Group[]): HalfPoint {
  const group = Math.floor(gold.length / 2)
  for (let k = group; k < gold.length; k++) {
    const [s, t] = gold[k]
    if (s.length > 0 && t.length > 0) return { group, source: Math.min(...s), target: Math.min(...t) }
  }
  return { group, source: Infinity, target: Infinity }
}

/**
 * Whether a predicted group belongs to the first half: its smallest source
 * index is before the cut or, when it has no source, its smallest target
 * index is. A group with neither side goes to the second half.
 *
 * @param group A predicted group.
 * @param point The cut, from {@link halfPoint}.
 */
export function inFirstHalf([s, t]: Group, point: HalfPoint): boolean {
  if (s.length > 0) return Math.min(...s) < point.source
  if (t.length > 0) return Math.min(...t) < point.target
  return false
}

/**
 * Split the gold and a prediction of one book into its two halves, to score
 * each on its own.
 *
 * @param gold The gold groups, in document order.
 * @param test The predicted groups.
 * @param point The cut; by default {@link halfPoint} of the gold.
 */
export function splitHalves(gold: readonly Group[], test: readonly Group[], point: HalfPoint = halfPoint(gold)): [first: Half, second: Half] {
  const first: Half = { gold: gold.slice(0, point.group), test: [] }
  const second: Half = { gold: gold.slice(point.group), test: [] }
  for (const group of test) (inFirstHalf(group, point) ? first : second).test.push(group)
  return [first, second]
}

// ---------------------------------------------------------------- bead types

/** The bead types reported, `source-target` sentence counts; `other` is every other shape. */
export const BEAD_TYPES = ['1-1', '2-1', '1-2', '2-2', '3-1', '1-3', '1-0', '0-1', 'other'] as const

/** One of {@link BEAD_TYPES}. */
export type BeadType = (typeof BEAD_TYPES)[number]

/**
 * Count groups per bead type.
 *
 * @param groups Groups of an alignment, predicted or gold.
 */
export function beadCounts(groups: readonly Group[]): Record<BeadType, number> {
  const counts = Object.fromEntries(BEAD_TYPES.map((type) => [type, 0])) as Record<BeadType, number>
  for (const [s, t] of groups) {
    const type = `${s.length}-${t.length}`
    counts[(BEAD_TYPES as readonly string[]).includes(type) ? (type as BeadType) : 'other']++
  }
  return counts
}

/**
 * Omissions and additions: the 1-0 and 0-1 groups.
 *
 * @param counts Counts from {@link beadCounts}.
 */
export function omissions(counts: Readonly<Record<BeadType, number>>): number {
  return counts['1-0'] + counts['0-1']
}

// ---------------------------------------------------------------- confidence

/** Confidence bands, highest first; a band holds scores from `min` (inclusive) up to the previous band's `min`. */
export const CONFIDENCE_BANDS = [
  { label: '[0.9, 1]', min: 0.9 },
  { label: '[0.7, 0.9)', min: 0.7 },
  { label: '[0.5, 0.7)', min: 0.5 },
  { label: '[0, 0.5)', min: -Infinity },
] as const

/**
 * Index into {@link CONFIDENCE_BANDS} of a score (a score that is not a number
 * falls into the lowest band).
 *
 * @param score A pair's confidence in [0, 1].
 */
export function bandOf(score: number): number {
  const k = CONFIDENCE_BANDS.findIndex((band) => score >= band.min)
  return k < 0 ? CONFIDENCE_BANDS.length - 1 : k
}

/** Predicted groups of one confidence band and how many of them are right. */
export interface BandCount {
  groups: number
  correct: number
}

/**
 * Empty band counts to add files into, one per {@link CONFIDENCE_BANDS} entry.
 */
export function emptyBands(): BandCount[] {
  return CONFIDENCE_BANDS.map(() => ({ groups: 0, correct: 0 }))
}

/**
 * Add one file's predicted groups to the band counts.
 *
 * @param bands Counts from {@link emptyBands}, changed in place.
 * @param scores Confidence of each predicted group.
 * @param correct Whether each predicted group is right, parallel to `scores`.
 */
export function addToBands(bands: BandCount[], scores: readonly number[], correct: readonly boolean[]): BandCount[] {
  scores.forEach((score, k) => {
    const band = bands[bandOf(score)]
    band.groups++
    if (correct[k]) band.correct++
  })
  return bands
}

/**
 * Whether each predicted group is strictly correct: exactly that group is in
 * the gold. With `granular` (the verse gold), a predicted group is also
 * correct when it is one of a run of predicted groups that together cover one
 * gold group exactly (the runs `atGoldGranularity` merges).
 *
 * @param gold The gold groups.
 * @param test The predicted groups.
 * @param granular Score at the gold's granularity.
 */
export function strictlyCorrect(gold: readonly Group[], test: readonly Group[], granular = false): boolean[] {
  const goldKeys = new Set(gold.map(keyOf))
  if (!granular) return test.map((group) => goldKeys.has(keyOf(group)))
  const correct: boolean[] = []
  for (const run of goldGranularityRuns(gold, test)) {
    const hit = goldKeys.has(keyOf(run.group))
    for (let k = run.from; k < run.to; k++) correct.push(hit)
  }
  return correct
}
