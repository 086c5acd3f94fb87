import type { SideEvidence, Token } from '../signals/keys.js'

/**
 * What the scorer knows of one unit (a sentence, a paragraph, or a block of
 * merged sentences in a coarse pass): its length, the numbers it states, and
 * its words as ids into its side's word table, which gives each distinct
 * word its weight and the keys it can be matched by.
 */
export interface Unit {
  /** Non-blank characters. */
  length: number
  /** Interned number keys; a number can repeat. */
  numbers: Int32Array
  /** The ids of the unit's words (and sentence marks), in order; index `words`. */
  tokens: Int32Array
  /** The word table of the unit's side that its token ids index. */
  words: WordTable
  /** Sum of the weights of `tokens`. */
  total: number
  /** Paragraph the unit belongs to (sentences), or its own index (paragraphs). */
  paragraph: number
  /** Sentence embedding from the caller's model, when there is one (a sum, for merged units). */
  vector?: Float32Array
}

/**
 * One side's distinct words for one pass, by token id: what a word weighs and
 * which interned keys it can be matched by, only those that occur on the
 * other side.
 */
export interface WordTable {
  /** Weight of each token id (0 for a token no key of which occurs on the other side). */
  weight: Float32Array
  /** Token id `t`'s keys are `keys[keyStart[t]]` up to `keys[keyStart[t + 1]]`. */
  keyStart: Int32Array
  /** Interned word keys of all token ids. */
  keys: Int32Array
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
 * Two sides' evidence with its keys, forms and numbers interned in shared
 * tables, ready to make units from, as often as passes need: the interning
 * is done once per text.
 */
export interface InternedEvidence {
  /** Interned word keys of both sides (later passes may add learnt keys). */
  words: Map<string, number>
  /** Interned number keys of both sides. */
  numbers: Map<string, number>
  /** The source side. */
  source: InternedSide
  /** The target side. */
  target: InternedSide
}

/** One side's evidence with keys, forms and numbers interned, each distinct token once (by its id). */
interface InternedSide {
  /** Interned number keys per sentence. */
  numbers: Int32Array[]
  /** The token ids of each sentence, views into one buffer holding the side's tokens in order. */
  sentenceTokens: Int32Array[]
  /** Ids of the distinct tokens of the side, with the tokens by id. */
  ids: number[]
  tokens: Token[]
  /** Interned form, by token id. */
  form: Int32Array
  /** Interned keys, by token id. */
  keys: Int32Array[]
  /** Sentences of the side each form occurs in, by form. */
  df: Int32Array
  /** Non-blank characters of each sentence, counted on first use (every pass reads the same sentences). */
  lengths?: Int32Array
}

/**
 * Intern the evidence of two sides: their word keys, word forms and numbers,
 * visiting each distinct token (word) once.
 *
 * @param sourceEvidence The evidence of the source sentences.
 * @param targetEvidence The evidence of the target sentences.
 */
export function internEvidence(sourceEvidence: SideEvidence, targetEvidence: SideEvidence): InternedEvidence {
  const words = new Map<string, number>()
  const numbers = new Map<string, number>()
  const forms = new Map<string, number>()
  const source = internSide(sourceEvidence, words, forms, numbers)
  const target = internSide(targetEvidence, words, forms, numbers)
  source.df = documentFrequencies(source, forms.size)
  target.df = documentFrequencies(target, forms.size)
  return { words, numbers, source, target }
}

/**
 * Turn two lists of sentences, with their interned evidence, into units whose
 * keys share one table. Each token is weighed by how rare its word is on its
 * side (inverse document frequency, capped), and weighs nothing when none of
 * its keys occurs anywhere on the other side, so that the vocabulary a
 * lexicon does not cover neither helps nor hurts.
 *
 * @param source Source sentences.
 * @param target Target sentences.
 * @param evidence Their evidence, interned ({@link internEvidence}).
 * @param options Keys to add (a learnt lexicon).
 */
export function unitsFromEvidence(
  source: readonly UnitInput[],
  target: readonly UnitInput[],
  evidence: InternedEvidence,
  options: UnitOptions = {},
): { source: Unit[]; target: Unit[]; table: KeyTable } {
  const { words } = evidence
  const sourceKeys = extendKeys(evidence.source, words, options.extend?.source)
  const targetKeys = extendKeys(evidence.target, words, options.extend?.target)
  const sourceHas = sideKeys(evidence.source.ids, sourceKeys, words.size)
  const targetHas = sideKeys(evidence.target.ids, targetKeys, words.size)
  return {
    source: makeUnits(source, evidence.source, sourceKeys, targetHas),
    target: makeUnits(target, evidence.target, targetKeys, sourceHas),
    table: { words: words.size, numbers: evidence.numbers.size },
  }
}

/** Per side, a choice of {@link unitsFromEvidence}. */
export interface PerSide<T> {
  /** For the source side. */
  source?: T
  /** For the target side. */
  target?: T
}

/** What {@link unitsFromEvidence} can do besides reading the evidence as it is. */
export interface UnitOptions {
  /** More keys for a token (entries of a lexicon learnt from the document), asked once per distinct token. */
  extend?: PerSide<(token: Token) => readonly string[]>
}

/** Intern one side's keys, forms and numbers into shared tables, visiting each distinct token once. */
function internSide(
  evidence: SideEvidence,
  words: Map<string, number>,
  forms: Map<string, number>,
  numbers: Map<string, number>,
): InternedSide {
  const { ids: sequence, starts } = evidence
  const size = evidence.tokens.length
  const form = new Int32Array(size)
  const keys: Int32Array[] = new Array<Int32Array>(size)
  const tokens: Token[] = new Array<Token>(size)
  const ids: number[] = []
  // Distinct tokens in the order the sentences first use them.
  for (let x = 0; x < sequence.length; x++) {
    const id = sequence[x]
    if (keys[id] !== undefined) continue
    const token = evidence.tokens[id]
    ids.push(id)
    tokens[id] = token
    form[id] = intern(forms, token.form)
    const interned = new Int32Array(token.keys.length)
    for (let k = 0; k < token.keys.length; k++) interned[k] = intern(words, token.keys[k])
    keys[id] = interned
  }
  const count = starts.length - 1
  const sentenceTokens: Int32Array[] = new Array<Int32Array>(count)
  for (let k = 0; k < count; k++) sentenceTokens[k] = sequence.subarray(starts[k], starts[k + 1])
  const numberIds = evidence.numbers.map((stated) => {
    if (stated.length === 0) return NONE
    const out = new Int32Array(stated.length)
    for (let k = 0; k < out.length; k++) out[k] = intern(numbers, stated[k])
    return out
  })
  return { numbers: numberIds, sentenceTokens, ids, tokens, form, keys, df: new Int32Array(0) }
}

/** Number of sentences of the side each form occurs in. */
function documentFrequencies(side: InternedSide, formCount: number): Int32Array {
  const df = new Int32Array(formCount)
  const seen = new Int32Array(formCount).fill(-1)
  const { form } = side
  side.sentenceTokens.forEach((tokens, index) => {
    for (let t = 0; t < tokens.length; t++) {
      const f = form[tokens[t]]
      if (seen[f] !== index) {
        seen[f] = index
        df[f]++
      }
    }
  })
  return df
}

/** The side's keys by token id, with `extend`'s keys added (interned into `words`); the side's own when there are none. */
function extendKeys(side: InternedSide, words: Map<string, number>, extend?: (token: Token) => readonly string[]): Int32Array[] {
  if (!extend) return side.keys
  const keys = [...side.keys]
  for (const id of side.ids) {
    const more = extend(side.tokens[id])
    if (more.length === 0) continue
    const own = side.keys[id]
    const extended = new Int32Array(own.length + more.length)
    extended.set(own)
    for (let k = 0; k < more.length; k++) extended[own.length + k] = intern(words, more[k])
    keys[id] = extended
  }
  return keys
}

/** The id of `key` in `table`, adding it when new. */
function intern(table: Map<string, number>, key: string): number {
  let id = table.get(key)
  if (id === undefined) table.set(key, (id = table.size))
  return id
}

/** Which word keys occur on a side: 1 at a key's index when some token of the side has it. */
function sideKeys(ids: readonly number[], keys: readonly Int32Array[], size: number): Uint8Array {
  const has = new Uint8Array(size)
  for (const id of ids) for (const key of keys[id]) has[key] = 1
  return has
}

/**
 * The units of one side. Each token is weighed by how rare its word form is
 * on the side (inverse document frequency, capped), and weighs nothing when
 * none of its keys occurs on the other side (`other`). The work is per
 * distinct word; the units are views of the side's tokens.
 */
function makeUnits(inputs: readonly UnitInput[], side: InternedSide, keys: readonly Int32Array[], other: Uint8Array): Unit[] {
  const { form, df, sentenceTokens } = side
  const n = sentenceTokens.length
  const size = form.length
  const weight = new Float32Array(size)
  const keyStart = new Int32Array(size + 1)
  let keyCount = 0
  for (const id of side.ids) for (const key of keys[id]) if (other[key] === 1) keyCount++
  const matchable = new Int32Array(keyCount)
  // Ids missing from the side (the marks it lacks) get no keys.
  let at = 0
  for (let id = 0; id < size; id++) {
    keyStart[id] = at
    const own = keys[id]
    if (own === undefined) continue
    for (let k = 0; k < own.length; k++) if (other[own[k]] === 1) matchable[at++] = own[k]
    if (at > keyStart[id]) weight[id] = Math.min(WEIGHT_MAX, Math.max(0.05, 0.5 * Math.log((n + 1) / Math.max(1, df[form[id]]))))
  }
  keyStart[size] = at
  const words: WordTable = { weight, keyStart, keys: matchable }
  side.lengths ??= Int32Array.from(inputs, (input) => countLetters(input.text))
  const units: Unit[] = new Array<Unit>(n)
  for (let index = 0; index < n; index++) {
    const tokens = sentenceTokens[index]
    let total = 0
    for (let t = 0; t < tokens.length; t++) total += weight[tokens[t]]
    const { paragraph, vector } = inputs[index]
    units[index] = { length: side.lengths[index], numbers: side.numbers[index], tokens, words, total, paragraph, vector }
  }
  return units
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
 * embeddings add up. The tokens of consecutive sentences are consecutive in
 * their side's buffer, so they are viewed, not copied.
 *
 * @param group Units in order (at least one), of one side.
 * @param paragraph The merged unit's paragraph.
 */
function mergeGroup(group: readonly Unit[], paragraph: number): Unit {
  if (group.length === 1) return { ...group[0], paragraph }
  let length = 0
  let total = 0
  let vector: Float32Array | undefined
  for (const unit of group) {
    if (unit.words !== group[0].words) throw new Error('units of different word tables cannot be merged')
    length += unit.length
    total += unit.total
    if (unit.vector) {
      vector ??= new Float32Array(unit.vector.length)
      for (let d = 0; d < vector.length; d++) vector[d] += unit.vector[d]
    }
  }
  const numbers = concatenate(group.map((unit) => unit.numbers))
  const tokens = concatenate(group.map((unit) => unit.tokens))
  return { length, numbers, tokens, words: group[0].words, total, paragraph, vector }
}

/**
 * The arrays one after the other: none when they are all empty, a view when
 * they lie one after the other in one buffer, else a copy.
 */
function concatenate(parts: readonly Int32Array[]): Int32Array {
  const first = parts[0]
  let adjacent = true
  let count = 0
  for (const part of parts) {
    if (part.buffer !== first.buffer || part.byteOffset !== first.byteOffset + count * Int32Array.BYTES_PER_ELEMENT) adjacent = false
    count += part.length
  }
  if (count === 0) return NONE
  if (adjacent) return new Int32Array(first.buffer, first.byteOffset, count)
  const out = new Int32Array(count)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}


/** The word table of units with no tokens. */
const NO_WORDS: WordTable = { weight: new Float32Array(0), keyStart: new Int32Array(1), keys: new Int32Array(0) }

/** An empty list of ids, shared by every unit with no numbers or no tokens. */
const NONE = new Int32Array(0)

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
    for (let k = start; k < end; k++) length += units[k].length
    const numbers = concatenate(units.slice(start, end).map((unit) => unit.numbers))
    const paragraph = units[start].paragraph
    merged.push({ length, numbers, tokens: NONE, words: NO_WORDS, total: 0, paragraph, vector: undefined })
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

/**
 * The share of the units' tokens that could match something on the other
 * side (some key of which occurs there): how much of the text the lexicons
 * and transliteration reach.
 *
 * @param units Units of both sides.
 */
export function matchableShare(units: readonly Unit[]): number {
  let tokens = 0
  let matchable = 0
  for (const unit of units) {
    const { weight } = unit.words
    tokens += unit.tokens.length
    for (let t = 0; t < unit.tokens.length; t++) if (weight[unit.tokens[t]] > 0) matchable++
  }
  return tokens === 0 ? 0 : matchable / tokens
}
