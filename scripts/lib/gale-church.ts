/**
 * A classic length-only sentence aligner after Gale and Church (1993), "A
 * Program for Aligning Sentences in Bilingual Corpora", following the C code
 * of the paper's appendix. It is the floor the evaluation compares the
 * project against, so it shares nothing with `src/align`: its own cost, its
 * own search.
 */
import type { Group } from './metric.js'

/** Variance of the target length per source character (the paper's s²). */
export const VARIANCE = 6.8

/**
 * Penalty of each move in nats: -ln of the paper's prior probability of the
 * bead type (the C code's 0, 450, 230 and 440 in units of -100 ln).
 */
export const PENALTY = { oneOne: 0, oneZero: 4.5, twoOne: 2.3, twoTwo: 4.4 } as const

/**
 * -ln erfc(x) for x >= 0, computed in log space (Numerical Recipes' erfcc,
 * fractional error below 1.2e-7), so it never underflows: far in the tail it
 * is the asymptotic x² + ln(x·√π) rather than -ln 0.
 */
function negLogErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x)
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  // erfc(x) = t · exp(-x² + poly); the value at 0 comes out at -3e-8, so clamp.
  return Math.max(0, x * x - poly - Math.log(t))
}

/**
 * The length cost of pairing `sourceLength` characters with `targetLength`
 * characters: -ln(2·(1 - Φ(|z|))), z = (c·l1 - l2) / sqrt(s²·mean),
 * mean = (l1 + l2/c) / 2, s² = 6.8. Zero when both sides are empty; finite
 * however far the lengths are apart (see {@link negLogErfc}).
 *
 * @param sourceLength Characters on the source side (l1).
 * @param targetLength Characters on the target side (l2).
 * @param ratio Target characters per source character (c; 1 in the paper).
 */
export function matchCost(sourceLength: number, targetLength: number, ratio = 1): number {
  if (sourceLength === 0 && targetLength === 0) return 0
  const mean = (sourceLength + targetLength / ratio) / 2
  const z = Math.abs(ratio * sourceLength - targetLength) / Math.sqrt(VARIANCE * mean)
  // 2·(1 - Φ(|z|)) = erfc(|z| / √2)
  return negLogErfc(z / Math.SQRT2)
}

/** Half-width of the searched band: max(250, ⌈0.1·max(n, m)⌉), and at least the slope so consecutive rows overlap. */
export function bandWidth(n: number, m: number): number {
  return Math.max(250, Math.ceil(0.1 * Math.max(n, m)), n > 0 ? Math.ceil(m / n) + 2 : 0)
}

// Move codes in the back-pointer matrix; ties go to the earlier code.
const ONE_ONE = 1
const ONE_ZERO = 2
const ZERO_ONE = 3
const TWO_ONE = 4
const ONE_TWO = 5
const TWO_TWO = 6
/** Source and target sentences each move consumes, by code. */
const STEP: ReadonlyArray<readonly [number, number]> = [[0, 0], [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]]

/**
 * Align two sequences of sentences by their lengths alone, as Gale and Church
 * (1993) do: moves 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2, each paying its bead
 * penalty ({@link PENALTY}) plus the length cost of its two sides
 * ({@link matchCost}); the cheapest monotone path wins (ties prefer 1-1, then
 * 1-0, 0-1, 2-1, 1-2, 2-2, the C code's order).
 *
 * One adaptation to pairs whose lengths differ: the expected ratio c is the
 * pair's own total target characters over total source characters (the paper
 * takes c = 1 for its English, French and German). Memory is bounded on long
 * books: only the band |j - i·m/n| <= W around the straight diagonal is
 * searched, W = max(250, ⌈0.1·max(n, m)⌉) (widened to the slope m/n when that
 * is larger, so the band stays connected), clipped to the lattice so both
 * corners are inside; back-pointers are one byte a cell and only three rows of
 * costs are kept.
 *
 * @param sourceLengths Length in characters of each source sentence.
 * @param targetLengths Length in characters of each target sentence.
 * @returns Groups of source and target indices in order; every index of both sides is in exactly one.
 *
 * @example
 * galeChurch([10, 20], [11, 19]) // => [[[0], [0]], [[1], [1]]]
 */
export function galeChurch(sourceLengths: readonly number[], targetLengths: readonly number[]): Group[] {
  const n = sourceLengths.length
  const m = targetLengths.length
  if (n === 0) return targetLengths.map((_, j) => [[], [j]] as Group)
  if (m === 0) return sourceLengths.map((_, i) => [[i], []] as Group)

  const sourceTotal = sourceLengths.reduce((a, b) => a + b, 0)
  const targetTotal = targetLengths.reduce((a, b) => a + b, 0)
  const c = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
  const x = Float64Array.from(sourceLengths)
  const y = Float64Array.from(targetLengths)
  const skipSource = x.map((l) => matchCost(l, 0, c) + PENALTY.oneZero)
  const skipTarget = y.map((l) => matchCost(0, l, c) + PENALTY.oneZero)

  // The band: row i holds columns lo[i]..hi[i].
  const width = bandWidth(n, m)
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  const rowStart = new Float64Array(n + 2)
  let widest = 0
  for (let i = 0; i <= n; i++) {
    const centre = (i * m) / n
    lo[i] = Math.max(0, Math.ceil(centre - width))
    hi[i] = Math.min(m, Math.floor(centre + width))
    rowStart[i + 1] = rowStart[i] + hi[i] - lo[i] + 1
    widest = Math.max(widest, hi[i] - lo[i] + 1)
  }
  const back = new Uint8Array(rowStart[n + 1])
  const rows = [new Float64Array(widest), new Float64Array(widest), new Float64Array(widest)]

  for (let i = 0; i <= n; i++) {
    const row = rows[i % 3]
    const up = rows[(i + 2) % 3] // row i - 1
    const up2 = rows[(i + 1) % 3] // row i - 2
    const lo0 = lo[i]
    const lo1 = i >= 1 ? lo[i - 1] : 0
    const hi1 = i >= 1 ? hi[i - 1] : -1
    const lo2 = i >= 2 ? lo[i - 2] : 0
    const hi2 = i >= 2 ? hi[i - 2] : -1
    const x1 = i >= 1 ? x[i - 1] : 0
    const x12 = i >= 2 ? x1 + x[i - 2] : 0
    const base = rowStart[i] - lo0
    for (let j = lo0; j <= hi[i]; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0
        continue
      }
      let best = Infinity
      let move = 0
      const y1 = j >= 1 ? y[j - 1] : 0
      const y12 = j >= 2 ? y1 + y[j - 2] : 0
      if (i >= 1 && j >= 1 && j - 1 >= lo1 && j - 1 <= hi1) {
        const d = up[j - 1 - lo1] + matchCost(x1, y1, c) + PENALTY.oneOne
        if (d < best) {
          best = d
          move = ONE_ONE
        }
      }
      if (i >= 1 && j >= lo1 && j <= hi1) {
        const d = up[j - lo1] + skipSource[i - 1]
        if (d < best) {
          best = d
          move = ONE_ZERO
        }
      }
      if (j >= 1 && j - 1 >= lo0) {
        const d = row[j - 1 - lo0] + skipTarget[j - 1]
        if (d < best) {
          best = d
          move = ZERO_ONE
        }
      }
      if (i >= 2 && j >= 1 && j - 1 >= lo2 && j - 1 <= hi2) {
        const d = up2[j - 1 - lo2] + matchCost(x12, y1, c) + PENALTY.twoOne
        if (d < best) {
          best = d
          move = TWO_ONE
        }
      }
      if (i >= 1 && j >= 2 && j - 2 >= lo1 && j - 2 <= hi1) {
        const d = up[j - 2 - lo1] + matchCost(x1, y12, c) + PENALTY.twoOne
        if (d < best) {
          best = d
          move = ONE_TWO
        }
      }
      if (i >= 2 && j >= 2 && j - 2 >= lo2 && j - 2 <= hi2) {
        const d = up2[j - 2 - lo2] + matchCost(x12, y12, c) + PENALTY.twoTwo
        if (d < best) {
          best = d
          move = TWO_TWO
        }
      }
      row[j - lo0] = best
      back[base + j] = move
    }
  }
  if (!Number.isFinite(rows[n % 3][m - lo[n]])) throw new Error('galeChurch: no path inside the band')

  const groups: Group[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [ds, dt] = STEP[back[rowStart[i] + j - lo[i]]]
    const source: number[] = []
    const target: number[] = []
    for (let k = i - ds; k < i; k++) source.push(k)
    for (let k = j - dt; k < j; k++) target.push(k)
    groups.push([source, target])
    i -= ds
    j -= dt
  }
  return groups.reverse()
}
