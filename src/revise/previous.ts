import { BitextError } from '../errors.js'
import type { AlignmentJson } from '../outputs/json.js'
import type { Alignment, Pair } from '../types.js'

/** What an update needs of the previous alignment. */
export interface PreviousAlignment {
  /** Language of the source side, when the previous alignment states one. */
  sourceLang?: string
  /** Language of the target side, when the previous alignment states one. */
  targetLang?: string
  /** Texts of the old source sentences, in order. */
  source: string[]
  /** Texts of the old target sentences, in order. */
  target: string[]
  /** The old pairs, in order, each sentence in exactly one. */
  pairs: Pair[]
  /** For each old source sentence, the index of its pair. */
  pairOfSource: Int32Array
  /** For each old target sentence, the index of its pair. */
  pairOfTarget: Int32Array
}

/** Throw the error for a previous alignment that cannot be read. */
function invalid(what: string): never {
  throw new BitextError(
    'INVALID_INPUT',
    `the previous alignment is not valid: ${what}; pass an Alignment or the JSON that toJson (or --format json) produced`,
  )
}

/** Whether a value is a non-null object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The sentence texts and language of one side of the previous alignment. */
function readSide(value: unknown, name: string): { lang?: string; texts: string[] } {
  if (!isObject(value)) invalid(`${name} is missing`)
  const sentences = value.sentences
  if (!Array.isArray(sentences)) invalid(`${name}.sentences is not an array`)
  const texts = sentences.map((sentence: unknown, k) => {
    if (!isObject(sentence) || typeof sentence.text !== 'string') invalid(`${name}.sentences[${k}].text is not a string`)
    return sentence.text
  })
  const lang = typeof value.lang === 'string' && value.lang.length > 0 ? value.lang : undefined
  return { lang, texts }
}

/** The indices of one side of a pair, checked to continue the previous pairs. */
function readIndices(value: unknown, next: number, size: number, where: string): number[] {
  if (!Array.isArray(value)) invalid(`${where} is not an array`)
  return value.map((index: unknown, k) => {
    if (index !== next + k || next + k >= size) {
      invalid(`${where} must continue the previous pairs with sentence ${next + k} (of ${size}), got ${String(index)}`)
    }
    return index as number
  })
}

/**
 * Read and check the previous alignment an update starts from: either an
 * {@link Alignment} or its JSON form. Only the sentence texts of both sides,
 * their languages and the pairs are used; the pairs must cover every
 * sentence once, in order, as every alignment does.
 *
 * @param previous The previous alignment, as the caller passed it.
 * @throws {BitextError} `INVALID_INPUT` when it is not an alignment.
 */
export function readPrevious(previous: AlignmentJson | Alignment): PreviousAlignment {
  if (!isObject(previous)) invalid('it is not an object')
  const source = readSide(previous.source, 'source')
  const target = readSide(previous.target, 'target')
  const rawPairs: unknown = previous.pairs
  if (!Array.isArray(rawPairs)) invalid('pairs is not an array')
  const pairOfSource = new Int32Array(source.texts.length).fill(-1)
  const pairOfTarget = new Int32Array(target.texts.length).fill(-1)
  let nextSource = 0
  let nextTarget = 0
  const pairs = rawPairs.map((pair: unknown, p): Pair => {
    if (!isObject(pair)) invalid(`pairs[${p}] is not an object`)
    const s = readIndices(pair.source, nextSource, source.texts.length, `pairs[${p}].source`)
    const t = readIndices(pair.target, nextTarget, target.texts.length, `pairs[${p}].target`)
    if (s.length + t.length === 0) invalid(`pairs[${p}] is empty`)
    const score = pair.score
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) invalid(`pairs[${p}].score is not a number in [0, 1]`)
    for (const i of s) pairOfSource[i] = p
    for (const j of t) pairOfTarget[j] = p
    nextSource += s.length
    nextTarget += t.length
    const read: Pair = { source: s, target: t, score }
    if (pair.stale === true) read.stale = true
    if (pair.confirmed === true) read.confirmed = true
    return read
  })
  if (nextSource !== source.texts.length || nextTarget !== target.texts.length) {
    invalid(`the pairs cover ${nextSource} of ${source.texts.length} source and ${nextTarget} of ${target.texts.length} target sentences`)
  }
  return {
    sourceLang: source.lang,
    targetLang: target.lang,
    source: source.texts,
    target: target.texts,
    pairs,
    pairOfSource,
    pairOfTarget,
  }
}
