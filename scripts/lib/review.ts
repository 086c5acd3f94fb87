/**
 * What reading a gold tells of it: a review file (docs/gold-review/SET.json)
 * holds a random sample of the groups where the aligner and the gold
 * disagree, each judged by reading both texts. From the share of sampled
 * disagreements where the aligner was right, estimate the precision the
 * aligner would have against a gold without the gold's own errors.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Group } from './metric.js'

/** How a sampled disagreement was judged. */
export type Verdict = 'gold-wrong' | 'ours-wrong' | 'both-wrong' | 'ours-finer' | 'ours-coarser' | 'undecided'

/** One judged disagreement. */
export interface ReviewCase {
  n: number
  ours: Group
  gold: Group[]
  verdict: Verdict
  /** The right groups over the same sentences, when the reader could tell. */
  correct: Group[] | null
  why: string
}

/** A review file. */
export interface Review {
  set: string
  /** The command that drew the sample. */
  sample: string
  reviewed: string
  cases: ReviewCase[]
}

/** Verdicts under which the aligner's group is right (a finer pairing inside a coarse gold group is right too). */
const OURS_RIGHT: ReadonlySet<Verdict> = new Set(['gold-wrong', 'ours-finer'])

/**
 * Read a set's review file, if there is one.
 *
 * @param path Path of the JSON file.
 */
export function readReview(path: string): Review | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Review) : undefined
}

/** The estimate of {@link estimatePrecision}. */
export interface ReviewEstimate {
  /** Cases judged (undecided ones left out). */
  judged: number
  /** Of them, cases where the aligner's group is right. */
  right: number
  /** Estimated precision, and its 95% interval (Wilson's, on the share of sampled disagreements the aligner got right). */
  precision: number
  low: number
  high: number
}

/**
 * Estimate the aligner's precision against a gold without its own errors:
 * the groups the gold has exactly count as right, and of the two-sided
 * groups it does not have, the share the review found right (one-sided
 * groups the gold lacks count as wrong: the sample holds none).
 *
 * @param review The judged sample.
 * @param predicted Number of predicted groups.
 * @param inGold Predicted groups the gold has exactly.
 * @param disagreements Two-sided predicted groups the gold does not have.
 */
export function estimatePrecision(review: Review, predicted: number, inGold: number, disagreements: number): ReviewEstimate {
  const judged = review.cases.filter((c) => c.verdict !== 'undecided')
  const right = judged.filter((c) => OURS_RIGHT.has(c.verdict)).length
  const [lowShare, highShare] = wilson(right, judged.length)
  const at = (share: number) => (predicted === 0 ? 0 : (inGold + disagreements * share) / predicted)
  return {
    judged: judged.length,
    right,
    precision: at(judged.length === 0 ? 0 : right / judged.length),
    low: at(lowShare),
    high: at(highShare),
  }
}

/**
 * Wilson's 95% score interval for a share `k / n`.
 *
 * @param k Successes.
 * @param n Trials.
 */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1]
  const z = 1.96
  const p = k / n
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n)
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}
