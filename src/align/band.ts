import type { Band, Step } from './search.js'

/** A rectangle of the lattice: source positions `[i0, i1]` with target positions `[j0, j1]`. */
export interface Rectangle {
  /** First source position. */
  i0: number
  /** Last source position (inclusive). */
  i1: number
  /** First target position. */
  j0: number
  /** Last target position (inclusive). */
  j1: number
  /** Positions to add around this rectangle instead of the band's width. */
  width?: number
  /**
   * Allow only the rectangle's two corners (a group that stays as it is),
   * not its inside; `width` is then ignored.
   */
  cornersOnly?: boolean
}

/**
 * The whole lattice: every cell allowed. Only for small inputs, since it has
 * `(n + 1) × (m + 1)` cells.
 *
 * @param n Number of source units.
 * @param m Number of target units.
 */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) }
}

/**
 * The band made of a chain of rectangles (the groups of a coarser alignment,
 * or aligned paragraph groups), widened by `width` positions on every side.
 * Its size is the sum of the rectangles' sizes plus `n × width`, so it grows
 * linearly with the text when the rectangles are small.
 *
 * @param rectangles Rectangles that together connect (0, 0) to (n, m).
 * @param n Number of source units.
 * @param m Number of target units.
 * @param width Positions to add around every rectangle (0 keeps them as they are).
 */
export function bandFromRectangles(rectangles: readonly Rectangle[], n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1).fill(m + 1)
  const hi = new Int32Array(n + 1).fill(-1)
  for (const rectangle of rectangles) {
    const { i0, i1, j0, j1 } = rectangle
    if (rectangle.cornersOnly) {
      if (j0 < lo[i0]) lo[i0] = j0
      if (j0 > hi[i0]) hi[i0] = j0
      if (j1 < lo[i1]) lo[i1] = j1
      if (j1 > hi[i1]) hi[i1] = j1
      continue
    }
    const grow = rectangle.width ?? width
    const top = Math.max(0, i0 - grow)
    const bottom = Math.min(n, i1 + grow)
    const left = Math.max(0, j0 - grow)
    const right = Math.min(m, j1 + grow)
    for (let i = top; i <= bottom; i++) {
      if (left < lo[i]) lo[i] = left
      if (right > hi[i]) hi[i] = right
    }
  }
  lo[0] = 0
  hi[n] = Math.max(hi[n], m)
  // Rows no rectangle reached borrow their neighbours' range, so the band stays connected.
  for (let i = 1; i <= n; i++) {
    if (hi[i] < 0) {
      lo[i] = lo[i - 1]
      hi[i] = hi[i - 1]
    }
  }
  // Make both edges monotone so every row overlaps the next one.
  for (let i = 1; i <= n; i++) if (lo[i] < lo[i - 1]) lo[i] = lo[i - 1]
  for (let i = n - 1; i >= 0; i--) if (hi[i] > hi[i + 1]) hi[i] = hi[i + 1]
  for (let i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i]
  return { lo, hi }
}

/**
 * Number of cells in a band.
 *
 * @param band A band.
 */
export function bandSize(band: Band): number {
  let size = 0
  for (let i = 0; i < band.lo.length; i++) size += Math.max(0, band.hi[i] - band.lo[i] + 1)
  return size
}

/**
 * The groups of a path that end on the edge of the band they were found in
 * (not on the lattice's edge): where the band may have cut a better path
 * off, since the search could not go further that way.
 *
 * @param steps The path's groups, in order.
 * @param band The band the path was found in.
 * @param n Number of source units.
 * @param m Number of target units.
 * @returns 1 for each group that ends on the band's edge, else 0.
 */
export function groupsAtEdge(steps: readonly Step[], band: Band, n: number, m: number): Uint8Array {
  const atEdge = new Uint8Array(steps.length)
  steps.forEach((step, index) => {
    const i = step.i + step.a
    const j = step.j + step.b
    if (i === n && j === m) return
    if ((j === band.lo[i] && j > 0) || (j === band.hi[i] && j < m)) atEdge[index] = 1
  })
  return atEdge
}
