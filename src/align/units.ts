import type { SentenceEvidence, Token } from '../signals/keys.js'

/**
 * What the scorer knows of one unit (a sentence, a paragraph, or a block of
 * merged sentences in a coarse pass): its length, the numbers it states, and
 * its words as weighted tokens, each with the keys it can be matched by.
 */
export interface Unit {
  /** Non-blank characters. */
  length: number
  /** Interned number keys; a number can repeat. */
  numbers: Int32Array
  /** Weight of each token (0 for a token no key of which occurs on the other side). */
  weights: Float32Array
  /** Token `t`'s keys are `keys[offsets[t]]` up to `keys[offsets[t + 1]]`. */
  offsets: Int32Array
  /** Interned word keys of all tokens. */
  keys: Int32Array
  /** Sum of `weights`. */
  total: number
  /** Paragraph the unit belongs to (sentences), or its own index (paragraphs). */
  paragraph: number
  /** Sentence embedding from the caller's model, when there is one (a sum, for merged units). */
  vector?: Float32Array
}

/** Interned keys shared by both sides. */
export interface KeyTable {
  /** Number of distinct word keys. */
  words: number
  /** Number of distinct number keys. */
  numbers: number
}

/** Most a word's weight can be, for the rarest words. */
const WEIGHT_MAX = 2

/** An input sentence: its text, paragraph and optional embedding. */
export interface UnitInput {
  /** The sentence. */
  text: string
  /** Its paragraph. */
  paragraph: number
  /** Its embedding, when the caller has a model. */
  vector?: Float32Array
}

/**
 * Turn two lists of sentences, with the evidence read from them, into units
 * whose keys are interned in one table. Each token is weighed by how rare its
 * word is on its side (inverse document frequency, capped), and weighs
 * nothing when none of its keys occurs anywhere on the other side, so that
 * the vocabulary a lexicon does not cover neither helps nor hurts.
 *
 * @param source Source sentences.
 * @param target Target sentences.
 * @param sourceEvidence The evidence of each source sentence.
 * @param targetEvidence The evidence of each target sentence.
 */
export function unitsFromEvidence(
  source: readonly UnitInput[],
  target: readonly UnitInput[],
  sourceEvidence: readonly SentenceEvidence[],
  targetEvidence: readonly SentenceEvidence[],
): { source: Unit[]; target: Unit[]; table: KeyTable } {
  const wordIds = new Map<string, number>()
  const numberIds = new Map<string, number>()
  const intern = (map: Map<string, number>, key: string) => {
    let id = map.get(key)
    if (id === undefined) map.set(key, (id = map.size))
    return id
  }
  // Tokens are shared by every occurrence of a word: intern each one once.
  const formIds = new Map<string, number>()
  const internedTokens = new Map<Token, InternedToken>()
  const internToken = (token: Token): InternedToken => {
    let out = internedTokens.get(token)
    if (!out) {
      out = { form: intern(formIds, token.form), keys: Int32Array.from(token.keys, (k) => intern(wordIds, k)) }
      internedTokens.set(token, out)
    }
    return out
  }
  const interned = (evidence: readonly SentenceEvidence[]) =>
    evidence.map((e) => ({
      numbers: e.numbers.length === 0 ? NO_NUMBERS : Int32Array.from(e.numbers, (n) => intern(numberIds, n)),
      tokens: e.tokens.map(internToken),
    }))
  const sourceTokens = interned(sourceEvidence)
  const targetTokens = interned(targetEvidence)
  const sourceHas = new Uint8Array(wordIds.size)
  const targetHas = new Uint8Array(wordIds.size)
  for (const s of sourceTokens) for (const t of s.tokens) for (const k of t.keys) sourceHas[k] = 1
  for (const s of targetTokens) for (const t of s.tokens) for (const k of t.keys) targetHas[k] = 1

  const make = (inputs: readonly UnitInput[], items: typeof sourceTokens, other: Uint8Array): Unit[] => {
    // Document frequency of each word form on this side, counted once per sentence.
    const df = new Int32Array(formIds.size)
    const seen = new Int32Array(formIds.size).fill(-1)
    items.forEach((item, index) => {
      for (const token of item.tokens) {
        if (seen[token.form] !== index) {
          seen[token.form] = index
          df[token.form]++
        }
      }
    })
    // A token's weight depends only on its word: compute it once per interned token.
    const n = items.length
    const weightOf = new Map<InternedToken, number>()
    const weigh = (token: InternedToken): number => {
      let weight = weightOf.get(token)
      if (weight === undefined) {
        let matchable = false
        for (const k of token.keys) if (other[k] === 1) matchable = true
        const idf = Math.log((n + 1) / Math.max(1, df[token.form]))
        weight = matchable ? Math.min(WEIGHT_MAX, Math.max(0.05, 0.5 * idf)) : 0
        weightOf.set(token, weight)
      }
      return weight
    }
    // One buffer per array for the whole side: units hold views into it.
    let tokenCount = 0
    let keyCount = 0
    for (const item of items) {
      tokenCount += item.tokens.length
      for (const token of item.tokens) keyCount += token.keys.length
    }
    const allWeights = new Float32Array(tokenCount)
    const allOffsets = new Int32Array(tokenCount + items.length)
    const allKeys = new Int32Array(keyCount)
    let tokenAt = 0
    let offsetAt = 0
    let keyAt = 0
    return items.map((item, index) => {
      const count = item.tokens.length
      const weights = allWeights.subarray(tokenAt, tokenAt + count)
      const offsets = allOffsets.subarray(offsetAt, offsetAt + count + 1)
      const firstKey = keyAt
      let total = 0
      for (let t = 0; t < count; t++) {
        const token = item.tokens[t]
        weights[t] = weigh(token)
        total += weights[t]
        allKeys.set(token.keys, keyAt)
        keyAt += token.keys.length
        offsets[t + 1] = keyAt - firstKey
      }
      tokenAt += count
      offsetAt += count + 1
      const keys = allKeys.subarray(firstKey, keyAt)
      const { text, paragraph, vector } = inputs[index]
      return { length: countLetters(text), numbers: item.numbers, weights, offsets, keys, total, paragraph, vector }
    })
  }
  return {
    source: make(source, sourceTokens, targetHas),
    target: make(target, targetTokens, sourceHas),
    table: { words: wordIds.size, numbers: numberIds.size },
  }
}

/** A token with its form and keys interned. */
interface InternedToken {
  form: number
  keys: Int32Array
}

/**
 * Non-blank characters of a text, the length Gale-Church counts.
 *
 * @param text Any text.
 */
export function countLetters(text: string): number {
  let count = 0
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code > 32 && code !== 0xa0 && !(code >= 0x2000 && code <= 0x200d) && code !== 0xfeff) count++
  }
  return count
}

/**
 * Merge consecutive units into one: lengths, tokens and numbers concatenate,
 * embeddings add up.
 *
 * @param group Units in order (at least one).
 * @param paragraph The merged unit's paragraph.
 */
function mergeGroup(group: readonly Unit[], paragraph: number): Unit {
  if (group.length === 1) return { ...group[0], paragraph }
  let tokens = 0
  let keyCount = 0
  let numberCount = 0
  for (const unit of group) {
    tokens += unit.weights.length
    keyCount += unit.keys.length
    numberCount += unit.numbers.length
  }
  const weights = new Float32Array(tokens)
  const offsets = new Int32Array(tokens + 1)
  const keys = new Int32Array(keyCount)
  const numbers = new Int32Array(numberCount)
  let t = 0
  let k = 0
  let m = 0
  let length = 0
  let total = 0
  let vector: Float32Array | undefined
  for (const unit of group) {
    weights.set(unit.weights, t)
    for (let u = 0; u < unit.weights.length; u++) offsets[t + u + 1] = k + unit.offsets[u + 1]
    keys.set(unit.keys, k)
    numbers.set(unit.numbers, m)
    t += unit.weights.length
    k += unit.keys.length
    m += unit.numbers.length
    length += unit.length
    total += unit.total
    if (unit.vector) {
      vector ??= new Float32Array(unit.vector.length)
      for (let d = 0; d < vector.length; d++) vector[d] += unit.vector[d]
    }
  }
  return { length, numbers, weights, offsets, keys, total, paragraph, vector }
}

/** No numbers, shared by every unit that states none. */
const NO_NUMBERS = new Int32Array(0)

/** A unit with no tokens, for passes that score length and numbers only. */
const NO_TOKENS = { weights: new Float32Array(0), offsets: new Int32Array(1), keys: new Int32Array(0), total: 0 }

/**
 * Merge consecutive units `size` at a time: the coarse units of a
 * coarse-to-fine search, which score length and numbers only, so their
 * tokens are left out.
 *
 * @param units Fine units.
 * @param size How many fine units make one coarse unit.
 */
export function mergeUnits(units: readonly Unit[], size: number): Unit[] {
  const merged: Unit[] = []
  for (let start = 0; start < units.length; start += size) {
    const end = Math.min(units.length, start + size)
    let length = 0
    let count = 0
    for (let k = start; k < end; k++) {
      length += units[k].length
      count += units[k].numbers.length
    }
    let numbers = NO_NUMBERS
    if (count > 0) {
      numbers = new Int32Array(count)
      let at = 0
      for (let k = start; k < end; k++) {
        numbers.set(units[k].numbers, at)
        at += units[k].numbers.length
      }
    }
    merged.push({
      length,
      numbers,
      weights: NO_TOKENS.weights,
      offsets: NO_TOKENS.offsets,
      keys: NO_TOKENS.keys,
      total: 0,
      paragraph: units[start].paragraph,
    })
  }
  return merged
}

/**
 * Merge units by ranges: one unit per `[from, to)` range (paragraphs made of
 * their sentences).
 *
 * @param units Fine units.
 * @param ranges Half-open index ranges covering the units in order.
 */
export function mergeRanges(units: readonly Unit[], ranges: ReadonlyArray<readonly [number, number]>): Unit[] {
  return ranges.map(([from, to], index) => mergeGroup(units.slice(from, to), index))
}
