/**
 * Gale and Church's length signal: the character lengths of a sentence and of
 * its translation are close to proportional, with a variance that grows with
 * the length. The cost is `-log P(|δ| or more)` for the standardised
 * difference δ, in nats.
 */

/** Complementary error function (Numerical Recipes' erfcc, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? r : 2 - r
}

/**
 * Cost of pairing `sourceLength` characters with `targetLength` characters.
 *
 * @param sourceLength Characters on the source side (> 0).
 * @param targetLength Characters on the target side (> 0).
 * @param ratio Expected target characters per source character.
 * @param variance Variance of the difference per character (Gale-Church's s², 6.8).
 * @returns A cost in nats, 0 for a perfect ratio, growing about as δ²/2.
 */
export function lengthCost(sourceLength: number, targetLength: number, ratio: number, variance: number): number {
  const mean = (sourceLength * ratio + targetLength) / 2
  const z = Math.abs(targetLength - sourceLength * ratio) / Math.sqrt(Math.max(1, mean) * variance)
  if (z < TABLE_END) {
    // Linear interpolation in a table of -log P(|δ| ≥ z): the cost is smooth, and this is the hot path.
    const x = z * TABLE_STEPS
    const k = x | 0
    return TABLE[k] + (TABLE[k + 1] - TABLE[k]) * (x - k)
  }
  return tailCost(z)
}

/** `-log P(|δ| ≥ z)` for a standard normal δ, exactly. */
function tailCost(z: number): number {
  const tail = erfc(z / Math.SQRT2)
  if (tail > 1e-300) return -Math.log(tail)
  // Far in the tail: the asymptotic form of -log erfc.
  return (z * z) / 2 + Math.log(z * Math.sqrt(Math.PI / 2))
}

/** Where the table ends, in standard deviations, and its resolution per unit. */
const TABLE_END = 16
const TABLE_STEPS = 64
const TABLE = Float64Array.from({ length: TABLE_END * TABLE_STEPS + 2 }, (_, k) => tailCost(k / TABLE_STEPS))
