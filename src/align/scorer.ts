import { lengthCost } from '../signals/length.js'
import type { CostFunction } from './search.js'
import type { KeyTable, Unit } from './units.js'

/** The fixed, documented weights of the alignment model. Costs are in nats. */
export interface ModelParameters {
  /** Expected target characters per source character (estimated from the texts). */
  ratio: number
  /** Gale-Church variance per character. */
  variance: number
  /** Cost of leaving one unit without a counterpart (1-0 or 0-1). */
  skip: number
  /** Cost of a 2-1 or 1-2 group, on top of its length and anchors. */
  merge: number
  /** Cost of a 2-2 group. */
  twoTwo: number
  /** Cost of a 1-3 or 3-1 group. */
  three: number
  /** Cost of a group that crosses a paragraph end on one side only. */
  paragraphCrossing: number
  /** Cost per number stated on one side of a group and not on the other. */
  numberMismatch: number
  /** Weight of the anchor bonus against the length cost. */
  anchorWeight: number
  /**
   * Cost per unit of anchor weight that a group leaves unmatched: a sentence
   * whose names, numbers and words find nothing on the other side is less
   * likely part of the group than left without a counterpart.
   */
  unmatched: number
}

/** How paragraph ends weigh on sentence groups. */
export type ParagraphMode = 'soft' | 'forbid' | 'ignore'

/** The default model, one configuration for every text. */
export const DEFAULT_PARAMETERS: Omit<ModelParameters, 'ratio'> = {
  variance: 6.8,
  skip: 4.5,
  merge: 2.3,
  twoTwo: 4.0,
  three: 6.0,
  paragraphCrossing: 2.5,
  numberMismatch: 0.4,
  anchorWeight: 1,
  unmatched: 0,
}

/**
 * Build the cost of a group from the length signal, the anchor matches and
 * the paragraph structure. The function keeps one scratch array of the key
 * table's size, so each call costs time proportional to the group's keys.
 *
 * @param source Source units.
 * @param target Target units.
 * @param table Interned keys and their weights.
 * @param parameters Model weights.
 * @param paragraphs How paragraph ends count: `soft` penalises a group that
 *   crosses a paragraph end on one side only, `forbid` refuses any group that
 *   crosses one (the units' `paragraph` then names aligned paragraph groups),
 *   `ignore` does neither.
 */
export function createCost(
  source: readonly Unit[],
  target: readonly Unit[],
  table: KeyTable,
  parameters: ModelParameters,
  paragraphs: ParagraphMode,
): CostFunction {
  const sourceLength = prefixLengths(source)
  const targetLength = prefixLengths(target)
  const count = new Int32Array(table.weight.length)
  const stamp = new Int32Array(table.weight.length).fill(-1)
  const isNumber = new Uint8Array(table.weight.length)
  for (const [key, id] of table.ids) if (key[0] === '#') isNumber[id] = 1
  let generation = 0

  const anchors = (i: number, a: number, j: number, b: number): number => {
    generation++
    let sourceNumbers = 0
    let total = 0
    for (let k = i; k < i + a; k++) {
      for (const key of source[k].keys) {
        if (stamp[key] !== generation) {
          stamp[key] = generation
          count[key] = 0
        }
        count[key]++
        sourceNumbers += isNumber[key]
        total += table.weight[key]
      }
    }
    let bonus = 0
    let matchedNumbers = 0
    let targetNumbers = 0
    for (let k = j; k < j + b; k++) {
      for (const key of target[k].keys) {
        targetNumbers += isNumber[key]
        total += table.weight[key]
        if (stamp[key] === generation && count[key] > 0) {
          count[key]--
          bonus += table.weight[key]
          matchedNumbers += isNumber[key]
        }
      }
    }
    const unmatchedNumbers = sourceNumbers + targetNumbers - 2 * matchedNumbers
    const unmatchedWeight = total - 2 * bonus
    return (
      parameters.anchorWeight * bonus -
      parameters.numberMismatch * Math.min(unmatchedNumbers, 6) -
      parameters.unmatched * unmatchedWeight
    )
  }

  const crossings = (units: readonly Unit[], from: number, size: number): number => {
    let crossed = 0
    for (let k = from + 1; k < from + size; k++) if (units[k].paragraph !== units[k - 1].paragraph) crossed++
    return crossed
  }

  return (i, a, j, b) => {
    if (a === 0 || b === 0) return parameters.skip
    const ls = sourceLength[i + a] - sourceLength[i]
    const lt = targetLength[j + b] - targetLength[j]
    let cost = 0
    if (a + b === 3) cost += parameters.merge
    else if (a === 2 && b === 2) cost += parameters.twoTwo
    else if (a + b === 4) cost += parameters.three
    cost += ls > 0 && lt > 0 ? lengthCost(ls, lt, parameters.ratio, parameters.variance) : ls === lt ? 0 : parameters.skip
    cost -= anchors(i, a, j, b)
    if (paragraphs !== 'ignore' && a + b > 2) {
      const crossedSource = crossings(source, i, a)
      const crossedTarget = crossings(target, j, b)
      if (paragraphs === 'forbid' && crossedSource + crossedTarget > 0) return Infinity
      cost += parameters.paragraphCrossing * Math.abs(crossedSource - crossedTarget)
    }
    return cost
  }
}

/** Cumulative lengths: `out[k]` is the length of units `[0, k)`. */
function prefixLengths(units: readonly Unit[]): Float64Array {
  const out = new Float64Array(units.length + 1)
  for (let k = 0; k < units.length; k++) out[k + 1] = out[k] + units[k].length
  return out
}

/**
 * Russian characters per English character in translations (non-blank
 * characters; measured on WMT22 1.144, UDHR 1.139, Tatoeba 1.009, Genesis 0.876).
 */
const KNOWN_RATIOS: Record<string, number> = { 'en-ru': 1.14, 'ru-en': 1 / 1.14 }

/** Characters of evidence the known ratio is worth when the texts' own ratio is blended in. */
const PRIOR_WEIGHT = 3000

/**
 * Estimate the target-to-source length ratio from the two texts. For a known
 * language pair the texts' own ratio is blended with the usual one, so that a
 * short text with an untranslated sentence does not teach the aligner that
 * the translation is short.
 *
 * @param source Source units.
 * @param target Target units.
 * @param pair The language pair as `source-target` (`en-ru`).
 */
export function estimateRatio(source: readonly Unit[], target: readonly Unit[], pair = ''): number {
  const s = source.reduce((sum, unit) => sum + unit.length, 0)
  const t = target.reduce((sum, unit) => sum + unit.length, 0)
  const known = KNOWN_RATIOS[pair]
  if (s === 0 || t === 0) return known ?? 1
  const observed = t / s
  const ratio = known === undefined ? observed : (known * PRIOR_WEIGHT + observed * s) / (PRIOR_WEIGHT + s)
  return Math.min(4, Math.max(0.25, ratio))
}
