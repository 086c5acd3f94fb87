/**
 * The one search every alignment runs: a monotone dynamic programme over the
 * lattice of (source units consumed, target units consumed), restricted to a
 * band of cells, with a fixed set of moves (group types). It returns the
 * cheapest path and, for each group on it, the posterior probability of that
 * exact group under the model (forward-backward over the same band), which is
 * the group's confidence.
 *
 * Time and memory are proportional to the number of cells in the band, never
 * to n × m unless the band says so.
 */
import { runSync, type Work } from './progress.js'

/** A group type: `a` source units with `b` target units. */
export interface Move {
  /** Source units in the group. */
  a: number
  /** Target units in the group. */
  b: number
}

/**
 * Cost, in nats (negative log probability), of grouping source units
 * `[i, i + a)` with target units `[j, j + b)`. `Infinity` forbids the group.
 * When `limit` is given, a cost function may return `Infinity` for a group
 * it can prove costs more than `limit` without computing it exactly.
 */
export type CostFunction = (i: number, a: number, j: number, b: number, limit?: number) => number

/**
 * Groups costing this much more than the best way into a cell are not scored
 * exactly: their share of the posterior is below e^-12.
 */
const PRUNE_MARGIN = 12

/** For each source position `i` in `0..n`, the inclusive range of target positions allowed. */
export interface Band {
  /** Lowest allowed target position per source position. */
  lo: Int32Array
  /** Highest allowed target position per source position. */
  hi: Int32Array
}

/** One group of the chosen path. */
export interface Step {
  /** First source unit. */
  i: number
  /** Number of source units. */
  a: number
  /** First target unit. */
  j: number
  /** Number of target units. */
  b: number
  /** The group's cost. */
  cost: number
  /** Posterior probability of this exact group, in [0, 1]. */
  posterior: number
}

/**
 * The group types of sentence alignment, 1-1 first: up to four sentences
 * on one side, five in all (a long Russian sentence often holds what English
 * says in three or four).
 */
export const SENTENCE_MOVES: readonly Move[] = [
  { a: 1, b: 1 },
  { a: 1, b: 0 },
  { a: 0, b: 1 },
  { a: 2, b: 1 },
  { a: 1, b: 2 },
  { a: 2, b: 2 },
  { a: 1, b: 3 },
  { a: 3, b: 1 },
  { a: 2, b: 3 },
  { a: 3, b: 2 },
  { a: 1, b: 4 },
  { a: 4, b: 1 },
]

/** The group types of a coarse pass over merged blocks of sentences. */
export const COARSE_MOVES: readonly Move[] = SENTENCE_MOVES.slice(0, 5)

/** Terms further than this above the smallest add less than e^-36 to a soft minimum: left out. */
const SOFTMIN_GAP = 36

/**
 * `-log(Σ exp(-values[k]))` over the first `count` values, whose smallest
 * is `low`: the soft minimum of several costs, with one logarithm.
 */
function softmin(values: Float64Array, count: number, low: number): number {
  if (low === Infinity) return Infinity
  let sum = 0
  for (let k = 0; k < count; k++) {
    const gap = values[k] - low
    if (gap < SOFTMIN_GAP) sum += Math.exp(-gap)
  }
  return low - Math.log(sum)
}

/**
 * Find the cheapest monotone path from (0, 0) to (n, m) inside `band`.
 *
 * @param n Number of source units.
 * @param m Number of target units.
 * @param moves Allowed group types.
 * @param cost Cost of a group.
 * @param band Allowed cells; must contain (0, 0) and (n, m).
 * @returns The groups of the path in order, each with its posterior.
 */
export function searchPath(n: number, m: number, moves: readonly Move[], cost: CostFunction, band: Band): Step[] {
  return runSync(searchPathWork(n, m, moves, cost, band))
}

/** Options of {@link searchPathWork}. */
export interface SearchOptions {
  /**
   * Compute each group's posterior (a forward-backward pass); when false, the
   * path's posteriors are NaN, and a group is scored exactly only when it
   * could beat the best way into its cell found so far (the path is the
   * same). Passes whose path only bounds a later search skip them.
   */
  posteriors?: boolean
}

/** Whether a move leaves units without a counterpart (1-0 or 0-1). */
function isSkip(move: Move): boolean {
  return move.a === 0 || move.b === 0
}

/** Rows of the lattice between two progress reports. */
const ROWS_PER_YIELD = 256

/**
 * {@link searchPath} as work that yields its progress (the share of the
 * forward and backward passes done) every few hundred rows.
 *
 * @param n Number of source units.
 * @param m Number of target units.
 * @param moves Allowed group types.
 * @param cost Cost of a group.
 * @param band Allowed cells; must contain (0, 0) and (n, m).
 * @param options Whether to compute posteriors.
 */
export function* searchPathWork(
  n: number,
  m: number,
  moves: readonly Move[],
  cost: CostFunction,
  band: Band,
  options: SearchOptions = {},
): Work<Step[]> {
  const posteriors = options.posteriors !== false
  const { lo, hi } = band
  const offset = new Float64Array(n + 2)
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + Math.max(0, hi[i] - lo[i] + 1)
  const cells = offset[n + 1]
  const K = moves.length
  const at = (i: number, j: number): number =>
    i < 0 || i > n || j < lo[i] || j > hi[i] ? -1 : offset[i] + j - lo[i]
  const origin = at(0, 0)
  const end = at(n, m)
  if (origin < 0 || end < 0) throw new RangeError('the band must contain both corners')
  const lattice: Lattice = {
    n,
    lo,
    hi,
    offset,
    best: new Float64Array(cells).fill(Infinity),
    forward: new Float64Array(cells).fill(Infinity),
    backward: new Float64Array(posteriors ? cells : 0).fill(Infinity),
    back: new Uint8Array(cells),
    costs: new Float32Array(posteriors ? cells * K : 0).fill(Infinity),
    ways: new Float64Array(K),
    moveA: Int32Array.from(moves, (move) => move.a),
    moveB: Int32Array.from(moves, (move) => move.b),
    // Skips first: their cost is fixed, and the best way they give lets the
    // cost function prune the groups that cannot beat it.
    order: Int32Array.from(moves.keys()).sort((x, y) => Number(isSkip(moves[y])) - Number(isSkip(moves[x])) || x - y),
    origin,
    end,
    // Without posteriors, only the cheapest way into a cell matters.
    margin: posteriors ? PRUNE_MARGIN : 0,
    posteriors,
    cost,
  }
  const { best, forward, backward, back } = lattice
  best[origin] = 0
  forward[origin] = 0
  // The passes run in plain functions, a few hundred rows at a time, with a
  // progress report in between.
  for (let i = 0; i <= n; i += ROWS_PER_YIELD) {
    forwardRows(lattice, i, Math.min(n + 1, i + ROWS_PER_YIELD))
    yield (0.8 * Math.min(n + 1, i + ROWS_PER_YIELD)) / (n + 1)
  }
  if (best[end] === Infinity) throw new RangeError('no path through the band')
  if (posteriors) {
    backward[end] = 0
    for (let i = n; i >= 0; i -= ROWS_PER_YIELD) {
      backwardRows(lattice, i, Math.max(-1, i - ROWS_PER_YIELD))
      yield 0.8 + (0.2 * (n - Math.max(-1, i - ROWS_PER_YIELD))) / (n + 1)
    }
  }

  const whole = forward[end]
  const steps: Step[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const here = at(i, j)
    const { a, b } = moves[back[here]]
    const from = at(i - a, j - b)
    const c = best[here] - best[from]
    const posterior = posteriors ? Math.min(1, Math.max(0, Math.exp(-(forward[from] + c + backward[here] - whole)))) : Number.NaN
    steps.push({ i: i - a, a, j: j - b, b, cost: c, posterior })
    i -= a
    j -= b
  }
  return steps.reverse()
}

/** The arrays and settings of one search, shared by its passes. */
interface Lattice {
  n: number
  lo: Int32Array
  hi: Int32Array
  /** Index of row `i`'s first cell. */
  offset: Float64Array
  /** Cheapest cost of reaching each cell, and the move it came by. */
  best: Float64Array
  back: Uint8Array
  /** Soft cost of reaching each cell (all paths), and of finishing from it. */
  forward: Float64Array
  backward: Float64Array
  /** Each group's cost, kept from the forward pass for the backward pass (with posteriors). */
  costs: Float32Array
  /** The costs of the ways into (or out of) one cell, for their soft minimum. */
  ways: Float64Array
  moveA: Int32Array
  moveB: Int32Array
  /** The order the moves are tried in. */
  order: Int32Array
  origin: number
  end: number
  /** How far above the best way into a cell a group is still scored exactly. */
  margin: number
  posteriors: boolean
  cost: CostFunction
}

/** The forward pass over rows `[from, to)`: the best and soft costs of reaching each cell. */
function forwardRows(lattice: Lattice, from: number, to: number): void {
  const { lo, hi, offset, best, forward, back, costs, ways, moveA, moveB, order, origin, margin, posteriors, cost } = lattice
  const K = order.length
  for (let i = from; i < to; i++) {
    const rowLo = lo[i]
    const rowHi = hi[i]
    for (let j = rowLo; j <= rowHi; j++) {
      const here = offset[i] + j - rowLo
      if (here === origin) continue
      let bestCost = Infinity
      let bestMove = 0
      let count = 0
      let low = Infinity
      for (let q = 0; q < K; q++) {
        const k = order[q]
        const a = moveA[k]
        const b = moveB[k]
        const fromI = i - a
        const fromJ = j - b
        if (fromI < 0 || fromJ < lo[fromI] || fromJ > hi[fromI]) continue
        const previous = offset[fromI] + fromJ - lo[fromI]
        if (best[previous] === Infinity) continue
        const c = cost(fromI, a, fromJ, b, bestCost - best[previous] + margin)
        if (c === Infinity) continue
        const via = best[previous] + c
        // Ties go to the move listed first, whatever order the moves are tried in.
        if (via < bestCost || (via === bestCost && k < bestMove)) {
          bestCost = via
          bestMove = k
        }
        if (posteriors) {
          costs[here * K + k] = c
          const way = forward[previous] + c
          ways[count++] = way
          if (way < low) low = way
        }
      }
      best[here] = bestCost
      back[here] = bestMove
      forward[here] = posteriors ? softmin(ways, count, low) : Infinity
    }
  }
}

/** The backward pass over rows `from` down to `to` (exclusive): the soft cost of finishing from each cell. */
function backwardRows(lattice: Lattice, from: number, to: number): void {
  const { n, lo, hi, offset, forward, backward, costs, ways, moveA, moveB, end } = lattice
  const K = moveA.length
  for (let i = from; i > to; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      const here = offset[i] + j - lo[i]
      if (here === end || forward[here] === Infinity) continue
      let count = 0
      let low = Infinity
      for (let k = 0; k < K; k++) {
        const toI = i + moveA[k]
        const toJ = j + moveB[k]
        if (toI > n || toJ < lo[toI] || toJ > hi[toI]) continue
        const next = offset[toI] + toJ - lo[toI]
        if (backward[next] === Infinity) continue
        const c = costs[next * K + k]
        if (c === Infinity) continue
        const way = c + backward[next]
        ways[count++] = way
        if (way < low) low = way
      }
      backward[here] = softmin(ways, count, low)
    }
  }
}
