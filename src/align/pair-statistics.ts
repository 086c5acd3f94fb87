import type { Band } from './search.js'
import type { KeyTable, Unit } from './units.js'

/**
 * Which tokens of the sentences of a group find an equivalent on the group's
 * other side: the matched weight of a sentence, as a score (the weight itself
 * unless the statistics were made with a scoring function).
 */
export interface PairStatistics {
  /** Score of the weight of source unit `k`'s tokens that some key of the target units `[j, j + b)` matches. */
  sourceScore(k: number, j: number, b: number): number
  /** Score of the weight of target unit `l`'s tokens that some key of the source units `[i, i + a)` matches. */
  targetScore(l: number, i: number, a: number): number
  /** The weight of source unit `k`'s tokens that target unit `l` matches plus that of `l`'s that `k` matches, not scored. */
  matchedBoth(k: number, l: number): number
}

/** Turns a sentence's matched weight into the score a group counts. */
export type MatchScore = (matched: number, unit: Unit) => number

/**
 * Marks over the key table that cover() stamps with new generations: the
 * keys of the pair's source unit (`stamp`, kept while the next pairs have the
 * same source unit, as the search's order mostly gives), and the keys both
 * units have (`shared`, one generation per pair).
 */
interface Scratch {
  stamp: Int32Array
  shared: Int32Array
  generation: number
  /** Whose source unit `stamp` holds: the statistics that stamped it, the unit, and its generation. */
  stampedBy: object | undefined
  stampedUnit: number
  stampGeneration: number
}

/** One scratch per key table: the many small searches over one text (its unsure stretches) share it. */
const scratches = new WeakMap<KeyTable, Scratch>()

/** The scratch of a key table, made on first use. */
function scratchOf(table: KeyTable): Scratch {
  let scratch = scratches.get(table)
  if (!scratch) {
    scratch = {
      stamp: new Int32Array(table.words).fill(-1),
      shared: new Int32Array(table.words).fill(-1),
      generation: 0,
      stampedBy: undefined,
      stampedUnit: -1,
      stampGeneration: -1,
    }
    scratches.set(table, scratch)
  }
  return scratch
}

/** Group sizes whose weighed results are kept (the largest group has four sentences on a side). */
const MEMO = 4

/** Target positions cached beyond the band on each side: a group reaches at most four units back. */
const MARGIN = 4

/**
 * Cache, for the sentence pairs that groups near the band contain, which
 * tokens of each sentence the other sentence matches (as bit masks). A group's
 * matched weight is then exact (a token matched by any sentence of the
 * group counts once) and costs time proportional to its tokens, with no key
 * lookups. Memory is proportional to the band's size.
 *
 * @param source Source units.
 * @param target Target units.
 * @param table Sizes of the interned key sets.
 * @param band The band the search visits (the whole lattice when left out).
 * @param score What to keep of a matched weight (the weight itself by default).
 */
export function createPairStatistics(
  source: readonly Unit[],
  target: readonly Unit[],
  table: KeyTable,
  band?: Band,
  score: MatchScore = (matched) => matched,
): PairStatistics {
  const n = source.length
  const m = target.length
  const scratch = scratchOf(table)
  const { stamp, shared } = scratch
  const words = (unit: Unit) => (unit.tokens.length + 31) >>> 5

  /** This statistics object, as the owner of the scratch's source stamp. */
  const owner = {}

  /**
   * Write into `out` at `at` the mask of source unit `k`'s tokens that have a
   * key among target unit `l`'s keys, and right after it the mask of `l`'s
   * tokens that have a key among `k`'s: `k`'s keys are stamped (unless the
   * last pair had the same `k`), then one pass over `l`'s keys finds the
   * shared ones and one over `k`'s marks its tokens.
   */
  const cover = (k: number, l: number, out: Uint32Array, at: number): void => {
    const first = source[k]
    const second = target[l]
    const { keyStart: firstStart, keys: firstKeys } = first.words
    const { keyStart: secondStart, keys: secondKeys } = second.words
    const firstTokens = first.tokens
    const secondTokens = second.tokens
    if (scratch.stampedBy !== owner || scratch.stampedUnit !== k) {
      const gen = ++scratch.generation
      for (let t = 0; t < firstTokens.length; t++) {
        const id = firstTokens[t]
        const end = firstStart[id + 1]
        for (let x = firstStart[id]; x < end; x++) stamp[firstKeys[x]] = gen
      }
      scratch.stampedBy = owner
      scratch.stampedUnit = k
      scratch.stampGeneration = gen
    }
    const stamped = scratch.stampGeneration
    const pairGen = ++scratch.generation
    const secondAt = at + ((firstTokens.length + 31) >>> 5)
    for (let t = 0; t < secondTokens.length; t++) {
      const id = secondTokens[t]
      const end = secondStart[id + 1]
      let hit = false
      for (let x = secondStart[id]; x < end; x++) {
        const key = secondKeys[x]
        if (stamp[key] === stamped) {
          shared[key] = pairGen
          hit = true
        }
      }
      if (hit) out[secondAt + (t >>> 5)] |= 1 << (t & 31)
    }
    for (let t = 0; t < firstTokens.length; t++) {
      const id = firstTokens[t]
      const end = firstStart[id + 1]
      for (let x = firstStart[id]; x < end; x++) {
        if (shared[firstKeys[x]] === pairGen) {
          out[at + (t >>> 5)] |= 1 << (t & 31)
          break
        }
      }
    }
  }

  // Row k caches target units [from[k], from[k] + width[k]); each cached
  // pair holds k's mask then l's mask, at maskAt[pair].
  const targetWords = new Float64Array(m + 1)
  for (let l = 0; l < m; l++) targetWords[l + 1] = targetWords[l] + words(target[l])
  const from = new Int32Array(n)
  const width = new Int32Array(n)
  const pairAt = new Float64Array(n + 1)
  const poolAt = new Float64Array(n + 1)
  for (let k = 0; k < n; k++) {
    const lo = band ? Math.min(band.lo[k], band.lo[k + 1]) : 0
    const hi = band ? Math.max(band.hi[k], band.hi[k + 1]) : m
    from[k] = Math.max(0, lo - MARGIN)
    width[k] = Math.max(0, Math.min(m, hi + MARGIN) - from[k])
    pairAt[k + 1] = pairAt[k] + width[k]
    poolAt[k + 1] = poolAt[k] + width[k] * words(source[k]) + (targetWords[from[k] + width[k]] - targetWords[from[k]])
  }
  const done = new Uint8Array(pairAt[n])
  const pool = new Uint32Array(poolAt[n])
  // Scored results, per cached pair (k, l) and group size 1 to MEMO: the
  // source side's for targets [l, l + size), the target side's for sources [k, k + size).
  const sourceMemo = new Float32Array(pairAt[n] * MEMO).fill(Number.NaN)
  const targetMemo = new Float32Array(pairAt[n] * MEMO).fill(Number.NaN)
  const pairIndex = (k: number, l: number): number => {
    const offset = l - from[k]
    return offset < 0 || offset >= width[k] ? -1 : pairAt[k] + offset
  }

  /** Where the masks of pair (k, l) are, computing them on first use; -1 outside the cache. */
  const masks = (k: number, l: number): number => {
    const offset = l - from[k]
    if (offset < 0 || offset >= width[k]) return -1
    const at = poolAt[k] + offset * words(source[k]) + (targetWords[l] - targetWords[from[k]])
    const pair = pairAt[k] + offset
    if (done[pair] === 0) {
      done[pair] = 1
      cover(k, l, pool, at)
    }
    return at
  }

  /** Weight of the tokens of `unit` whose bits are set in `mask`. */
  const weigh = (unit: Unit, mask: Uint32Array, at: number): number => {
    let sum = 0
    const count = words(unit)
    const { tokens } = unit
    const { weight } = unit.words
    for (let w = 0; w < count; w++) {
      let bits = mask[at + w]
      while (bits !== 0) {
        const low = bits & -bits
        sum += weight[tokens[(w << 5) + 31 - Math.clz32(low)]]
        bits ^= low
      }
    }
    return sum
  }

  /** Masks of a pair outside the cache, computed into a fresh array: the source's mask, then the target's. */
  const fresh = (k: number, l: number): Uint32Array => {
    const out = new Uint32Array(words(source[k]) + words(target[l]))
    cover(k, l, out, 0)
    return out
  }

  let union = new Uint32Array(64)
  const clear = (count: number) => {
    if (union.length < count) union = new Uint32Array(count * 2)
    else union.fill(0, 0, count)
  }
  const merge = (from: Uint32Array, at: number, count: number) => {
    for (let w = 0; w < count; w++) union[w] |= from[at + w]
  }

  const sourceMatched = (k: number, j: number, b: number): number => {
      const unit = source[k]
      const count = words(unit)
      if (b === 1) {
        const at = masks(k, j)
        return at < 0 ? weigh(unit, fresh(k, j), 0) : weigh(unit, pool, at)
      }
      clear(count)
      for (let l = j; l < j + b; l++) {
        const at = masks(k, l)
        if (at < 0) merge(fresh(k, l), 0, count)
        else merge(pool, at, count)
      }
      return weigh(unit, union, 0)
  }
  const targetMatched = (l: number, i: number, a: number): number => {
      const unit = target[l]
      const count = words(unit)
      if (a === 1) {
        const at = masks(i, l)
        return at < 0 ? weigh(unit, fresh(i, l), words(source[i])) : weigh(unit, pool, at + words(source[i]))
      }
      clear(count)
      for (let k = i; k < i + a; k++) {
        const at = masks(k, l)
        if (at < 0) merge(fresh(k, l), words(source[k]), count)
        else merge(pool, at + words(source[k]), count)
      }
      return weigh(unit, union, 0)
  }

  return {
    matchedBoth: (k, l) => sourceMatched(k, l, 1) + targetMatched(l, k, 1),
    sourceScore(k, j, b) {
      const pair = b <= MEMO ? pairIndex(k, j) : -1
      if (pair < 0) return score(sourceMatched(k, j, b), source[k])
      const at = pair * MEMO + b - 1
      let value = sourceMemo[at]
      if (Number.isNaN(value)) sourceMemo[at] = value = score(sourceMatched(k, j, b), source[k])
      return value
    },
    targetScore(l, i, a) {
      const pair = a <= MEMO ? pairIndex(i, l) : -1
      if (pair < 0) return score(targetMatched(l, i, a), target[l])
      const at = pair * MEMO + a - 1
      let value = targetMemo[at]
      if (Number.isNaN(value)) targetMemo[at] = value = score(targetMatched(l, i, a), target[l])
      return value
    },
  }
}
