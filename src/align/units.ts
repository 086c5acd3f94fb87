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
  /** Interned word keys of all tokens, only those that occur on the other side. */
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
  evidence: readonly SentenceEvidence[]
  /** Interned number keys per sentence. */
  numbers: Int32Array[]
  /** Ids of the distinct tokens of the side, with the tokens by id. */
  ids: number[]
  tokens: Token[]
  /** Interned form, by token id. */
  form: Int32Array
  /** Interned keys, by token id. */
  keys: Int32Array[]
  /** Sentences of the side each form occurs in, by form. */
  df: Int32Array
}

/**
 * Intern the evidence of two sides: their word keys, word forms and numbers,
 * visiting each distinct token (word) once.
 *
 * @param sourceEvidence The evidence of each source sentence.
 * @param targetEvidence The evidence of each target sentence.
 */
export function internEvidence(
  sourceEvidence: readonly SentenceEvidence[],
  targetEvidence: readonly SentenceEvidence[],
): InternedEvidence {
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
 * @param options Keys to add (a learnt lexicon), sentences to read.
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
    source: makeUnits(source, evidence.source, sourceKeys, targetHas, options.needed?.source),
    target: makeUnits(target, evidence.target, targetKeys, sourceHas, options.needed?.target),
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
  /**
   * The sentences whose words a search will read (1 = needed). The others get
   * their length and numbers only; word weights still count every sentence.
   */
  needed?: PerSide<Uint8Array>
}

/** Intern one side's keys, forms and numbers into shared tables, visiting each distinct token once. */
function internSide(
  evidence: readonly SentenceEvidence[],
  words: Map<string, number>,
  forms: Map<string, number>,
  numbers: Map<string, number>,
): InternedSide {
  let maxId = 0
  for (const sentence of evidence) for (const token of sentence.tokens) if (token.id > maxId) maxId = token.id
  const form = new Int32Array(maxId + 1)
  const keys: Int32Array[] = new Array<Int32Array>(maxId + 1)
  const tokens: Token[] = new Array<Token>(maxId + 1)
  const ids: number[] = []
  for (const sentence of evidence) {
    for (const token of sentence.tokens) {
      if (keys[token.id] !== undefined) continue
      ids.push(token.id)
      tokens[token.id] = token
      form[token.id] = intern(forms, token.form)
      const interned = new Int32Array(token.keys.length)
      for (let k = 0; k < token.keys.length; k++) interned[k] = intern(words, token.keys[k])
      keys[token.id] = interned
    }
  }
  const numberIds = evidence.map((e) => {
    if (e.numbers.length === 0) return NO_NUMBERS
    const out = new Int32Array(e.numbers.length)
    for (let k = 0; k < out.length; k++) out[k] = intern(numbers, e.numbers[k])
    return out
  })
  return { evidence, numbers: numberIds, ids, tokens, form, keys, df: new Int32Array(0) }
}

/** Number of sentences of the side each form occurs in. */
function documentFrequencies(side: InternedSide, formCount: number): Int32Array {
  const df = new Int32Array(formCount)
  const seen = new Int32Array(formCount).fill(-1)
  side.evidence.forEach((sentence, index) => {
    for (const token of sentence.tokens) {
      const f = side.form[token.id]
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
 * none of its keys occurs on the other side (`other`).
 */
function makeUnits(
  inputs: readonly UnitInput[],
  side: InternedSide,
  keys: readonly Int32Array[],
  other: Uint8Array,
  needed?: Uint8Array,
): Unit[] {
  const { evidence, form, df } = side
  let tokenCount = 0
  let keyCount = 0
  for (let index = 0; index < evidence.length; index++) {
    if (needed && needed[index] === 0) continue
    const tokens = evidence[index].tokens
    tokenCount += tokens.length
    for (const token of tokens) keyCount += keys[token.id].length
  }
  // A token's weight depends only on its word: computed once per token id.
  const weight = new Float32Array(form.length)
  const n = evidence.length
  for (const id of side.ids) {
    let matchable = false
    for (const key of keys[id]) if (other[key] === 1) matchable = true
    const idf = Math.log((n + 1) / Math.max(1, df[form[id]]))
    weight[id] = matchable ? Math.min(WEIGHT_MAX, Math.max(0.05, 0.5 * idf)) : 0
  }
  // One buffer per array for the whole side: units hold views into it.
  const allWeights = new Float32Array(tokenCount)
  const allOffsets = new Int32Array(tokenCount + n)
  const allKeys = new Int32Array(keyCount)
  let tokenAt = 0
  let offsetAt = 0
  let keyAt = 0
  const units: Unit[] = new Array<Unit>(n)
  for (let index = 0; index < n; index++) {
    const tokens = !needed || needed[index] === 1 ? evidence[index].tokens : NO_TOKEN_LIST
    const count = tokens.length
    const weights = allWeights.subarray(tokenAt, tokenAt + count)
    const offsets = allOffsets.subarray(offsetAt, offsetAt + count + 1)
    const firstKey = keyAt
    let total = 0
    for (let t = 0; t < count; t++) {
      const id = tokens[t].id
      weights[t] = weight[id]
      total += weight[id]
      // Keys that occur nowhere on the other side can match nothing: left out.
      const tokenKeys = keys[id]
      for (let k = 0; k < tokenKeys.length; k++) if (other[tokenKeys[k]] === 1) allKeys[keyAt++] = tokenKeys[k]
      offsets[t + 1] = keyAt - firstKey
    }
    tokenAt += count
    offsetAt += count + 1
    const { text, paragraph, vector } = inputs[index]
    units[index] = {
      length: countLetters(text),
      numbers: side.numbers[index],
      weights,
      offsets,
      keys: allKeys.subarray(firstKey, keyAt),
      total,
      paragraph,
      vector,
    }
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

/** No tokens, for sentences whose words no search reads. */
const NO_TOKEN_LIST: readonly Token[] = []

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
