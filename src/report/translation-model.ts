/**
 * A word translation model learnt from the alignment itself (IBM Model 1,
 * Brown et al. 1993): how well the words of a sentence are explained by the
 * words of some sentences of the other side. It needs no lexicon, so a
 * check can compare two readings of a group (two sentences in their order,
 * or crossed) in any language pair, from the document's own pairs.
 */
import { PairIndex } from '../lexicon/pair-index.js'
import { stemWord } from '../lexicon/stem.js'
import type { Alignment, Side } from '../types.js'

/** Words, as the model counts them. */
const WORD = /[\p{L}\p{N}]+/gu
/** EM iterations (Model 1 ranks sentence pairs alike after a few). */
const ITERATIONS = 5
/** Fewest two-sided pairs to learn from: under this the model is not built. */
const MIN_PAIRS = 200
/**
 * Most pairs each of the two cross-fitted models learns from: half of a
 * 10,000-sentence volume (so all of it), and a bound on longer texts (a
 * 60,000-sentence text: model 3.8 s with 10,000, 2.0 s with 5,000).
 */
const MAX_TRAINING_PAIRS = 5000
/** Most sentences a side of a training pair may have (longer groups teach little and cost much). */
const MAX_GROUP = 3
/** Fewest training pairs a word must occur in to count (see {@link translationModel}). */
const MIN_PAIRS_OF_WORD = 3
/**
 * Share of the pairs above which a word is left out too: function words
 * (`the`, `и`) weigh little by rarity and cost the most time. With 0.05 the
 * check of a 10,000-sentence volume takes 1.5 s less and finds the same
 * planted swaps on the dev sets (`npm run planted`, Genesis and Anna
 * Karenina EN-RU); 0.02 finds fewer in Spanish-Russian.
 */
const COMMON_SHARE = 0.05
/** Source sentences per block of the cross-fitting (see {@link translationModel}). */
const BLOCK = 100
/** Probability of a word pair the model never saw together. */
const FLOOR = 1e-6

/** How well words are explained across the two sides, sentence by sentence. */
export interface TranslationModel {
  /** Number of words of source sentence `i` the model counts (neither rare nor common). */
  sourceWords(i: number): number
  /** Number of words of target sentence `j` the model counts. */
  targetWords(j: number): number
  /** Weighted mean log-probability of the words of source sentence `i` given the words of target sentences `targets`. */
  sourceGiven(i: number, targets: readonly number[]): number
  /** Weighted mean log-probability of the words of target sentence `j` given the words of source sentences `sources`. */
  targetGiven(j: number, sources: readonly number[]): number
}

/** The word ids of every sentence of a side (from 1), and one more than the largest id. */
function readWords(side: Side): { sentences: Int32Array[]; size: number } {
  const ids = new Map<string, number>()
  const sentences = side.sentences.map((sentence) => {
    const out: number[] = []
    for (const match of sentence.text.matchAll(WORD)) {
      const stem = stemWord(match[0].toLowerCase(), side.lang)
      let id = ids.get(stem)
      if (id === undefined) ids.set(stem, (id = ids.size + 1))
      out.push(id)
    }
    return Int32Array.from(out)
  })
  return { sentences, size: ids.size + 1 }
}

/**
 * Learn p(word of `to` | word of `from`) from groups of words with Model 1's
 * EM (with the empty word, id 0, on the `from` side), and return a lookup.
 */
function train(groups: ReadonlyArray<readonly [Int32Array, Int32Array]>): (from: number, to: number) => number {
  const table = new PairIndex()
  const fromOf: number[] = []
  // The slots of each group's word pairs, the empty word first for each `to` word.
  const slotLists = groups.map(([from, to]) => {
    const list = new Int32Array(to.length * (from.length + 1))
    let k = 0
    for (const t of to) {
      for (const f of [0, ...from]) {
        const slot = table.add(f, t)
        fromOf[slot] = f
        list[k++] = slot
      }
    }
    return list
  })
  let prob = new Float64Array(table.size).fill(1)
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const counts = new Float64Array(table.size)
    groups.forEach(([from], g) => {
      const list = slotLists[g]
      const width = from.length + 1
      for (let k = 0; k < list.length; k += width) {
        let sum = 0
        for (let x = 0; x < width; x++) sum += prob[list[k + x]]
        for (let x = 0; x < width; x++) counts[list[k + x]] += prob[list[k + x]] / sum
      }
    })
    const totals = new Map<number, number>()
    counts.forEach((count, slot) => totals.set(fromOf[slot], (totals.get(fromOf[slot]) ?? 0) + count))
    prob = counts.map((count, slot) => count / (totals.get(fromOf[slot]) || 1))
  }
  return (from, to) => {
    const slot = table.find(from, to)
    return slot === -1 ? FLOOR : Math.max(FLOOR, prob[slot])
  }
}

/**
 * Learn a translation model from an alignment's two-sided pairs (of at most
 * three sentences a side), in both directions. Words met in fewer than three
 * pairs are left out, and the pairs are cross-fitted: a model learnt on the
 * even blocks of 100 source sentences scores the sentences of the odd ones,
 * and the reverse, so that no pair (a wrong one included) explains itself. A
 * sentence's score is the mean, weighted by rarity (inverse document
 * frequency), of the log-probability of each of its words given the best of
 * the other sentences' words. `undefined` when the alignment has fewer than
 * 200 pairs to learn from.
 *
 * @param alignment The alignment.
 */
export function translationModel(alignment: Alignment): TranslationModel | undefined {
  const pairs = alignment.pairs.filter(
    (pair) => pair.source.length > 0 && pair.target.length > 0 && pair.source.length <= MAX_GROUP && pair.target.length <= MAX_GROUP,
  )
  if (pairs.length < MIN_PAIRS) return undefined
  const keepFrequent = (side: { sentences: Int32Array[]; size: number }, groups: ReadonlyArray<readonly number[]>) => {
    const df = new Int32Array(side.size)
    const seen = new Int32Array(side.size).fill(-1)
    groups.forEach((indices, g) => {
      for (const k of indices) {
        for (const id of side.sentences[k]) {
          if (seen[id] !== g) {
            seen[id] = g
            df[id]++
          }
        }
      }
    })
    const common = Math.max(MIN_PAIRS_OF_WORD, COMMON_SHARE * groups.length)
    return side.sentences.map((words) => words.filter((id) => df[id] >= MIN_PAIRS_OF_WORD && df[id] <= common))
  }
  const sourceRead = readWords(alignment.source)
  const targetRead = readWords(alignment.target)
  const source = { sentences: keepFrequent(sourceRead, pairs.map((pair) => pair.source)), size: sourceRead.size }
  const target = { sentences: keepFrequent(targetRead, pairs.map((pair) => pair.target)), size: targetRead.size }
  const join = (sentences: Int32Array[], indices: readonly number[]) => {
    const out: number[] = []
    for (const k of indices) for (const id of sentences[k]) out.push(id)
    return Int32Array.from(out)
  }
  const scale = alignment.source.sentences.length / Math.max(1, alignment.target.sentences.length)
  const blockOfSource = (i: number) => Math.floor(i / BLOCK) % 2
  const blockOfTarget = (j: number) => Math.floor((j * scale) / BLOCK) % 2
  const models = [0, 1].map((parity) => {
    const own = pairs.filter((pair) => blockOfSource(pair.source[0]) !== parity)
    // A few thousand pairs teach what a document can teach; a longer one is sampled evenly.
    const stride = Math.max(1, Math.ceil(own.length / MAX_TRAINING_PAIRS))
    const groups = own
      .filter((_, k) => k % stride === 0)
      .map((pair) => [join(source.sentences, pair.source), join(target.sentences, pair.target)] as const)
    return { targetGivenSource: train(groups), sourceGivenTarget: train(groups.map(([s, t]) => [t, s] as const)) }
  })
  const idf = (side: { sentences: Int32Array[]; size: number }) => {
    const df = new Int32Array(side.size)
    for (const words of side.sentences) for (const id of new Set(words)) df[id]++
    return Float64Array.from(df, (d) => Math.log((side.sentences.length + 1) / (d + 1)))
  }
  const weights = { source: idf(source), target: idf(target) }
  const given = (words: Int32Array, weight: Float64Array, others: Int32Array[], indices: readonly number[], p: (from: number, to: number) => number) => {
    const from = join(others, indices)
    let total = 0
    let sumWeights = 0
    for (const w of words) {
      let best = FLOOR
      for (const f of from) best = Math.max(best, p(f, w))
      total += weight[w] * Math.log(best)
      sumWeights += weight[w]
    }
    return sumWeights > 0 ? total / sumWeights : 0
  }
  // The checks ask about each neighbouring pair of sentences more than once.
  const memo = new Map<string, number>()
  const remember = (key: string, compute: () => number) => {
    let value = memo.get(key)
    if (value === undefined) memo.set(key, (value = compute()))
    return value
  }
  return {
    sourceWords: (i) => source.sentences[i].length,
    targetWords: (j) => target.sentences[j].length,
    sourceGiven: (i, targets) =>
      remember(`s${i}:${targets.join(',')}`, () => given(source.sentences[i], weights.source, target.sentences, targets, models[blockOfSource(i)].sourceGivenTarget)),
    targetGiven: (j, sources) =>
      remember(`t${j}:${sources.join(',')}`, () => given(target.sentences[j], weights.target, source.sentences, sources, models[blockOfTarget(j)].targetGivenSource)),
  }
}
