import { alignSides, type AlignerSettings } from '../align/sides.js'
import { ratioOfLengths } from '../align/scorer.js'
import { countLetters } from '../align/units.js'
import { checkSides, settingsOf } from '../api/align.js'
import { checkText } from '../api/checks.js'
import type { AlignOptions } from '../api/options.js'
import { BitextError } from '../errors.js'
import { detectLanguage } from '../language/detect.js'
import { learnLexicon } from '../lexicon/learn.js'
import type { AlignmentJson } from '../outputs/json.js'
import { segmentSide } from '../text/side.js'
import type { Alignment, Pair, Side } from '../types.js'
import { invertMatching, matchSentences } from './map.js'
import { readPrevious, type PreviousAlignment } from './previous.js'
import { alignPickedWork } from '../align/sub-side.js'
import { runSync } from '../align/progress.js'

/** Options of {@link updateAlignment}. The languages are those of the previous alignment. */
export interface UpdateOptions extends Omit<AlignOptions, 'sourceLang' | 'targetLang'> {
  /**
   * Milliseconds the sentence diff of each side may take (default 2000).
   * The diff is fast when the texts are mostly alike; on large texts that
   * differ almost everywhere it gives up at this limit, and the update falls
   * back to aligning the new texts afresh (`fallback: true` in the result).
   */
  diffTimeout?: number
}

/** What {@link updateAlignment} returns. */
export interface UpdateResult {
  /** The alignment of the new texts. */
  alignment: Alignment
  /**
   * Pairs carried over from the previous alignment: the same sentences on
   * both sides (renumbered), with their previous score and `stale` flag.
   */
  kept: number
  /** Pairs made by re-aligning the changed regions (all pairs but the kept ones). */
  realigned: number
  /** Pairs marked `stale: true`, carried over or new. */
  stale: number
  /** Whether the sentence diff gave up and the new texts were aligned afresh. */
  fallback: boolean
}

/** The default of {@link UpdateOptions.diffTimeout}, in milliseconds. */
export const DEFAULT_DIFF_TIMEOUT = 2000

/** Fewest confident kept pairs from which a lexicon is learnt for the changed regions (as in `alignSides`). */
const MIN_LEARNING_PAIRS = 20
/** Score above which a kept pair teaches that lexicon (as in `alignSides`). */
const LEARNING_CONFIDENCE = 0.9

/**
 * How a re-aligned pair relates to the previous alignment, whichever way
 * the sentences were matched.
 */
interface Judge {
  /** The previous pair made of exactly the same sentences, if there was one. */
  previousPair(pair: Pair): Pair | undefined
  /** Whether new source sentence `i` was already in the previous text, unchanged. */
  sourceIsOld(i: number): boolean
  /** Whether new target sentence `j` was already in the previous text, unchanged. */
  targetIsOld(j: number): boolean
}

/**
 * Bring an alignment up to date after one or both texts were edited,
 * re-aligning only what changed.
 *
 * The new texts are segmented (in the previous alignment's languages) and
 * the sentences of each side are matched to the old ones with a diff. Every
 * previous pair whose sentences all survive unchanged, still next to each
 * other, is kept as it was (renumbered, same score, same `stale` and `confirmed` flags). The
 * kept pairs with sentences on both sides are anchors; the sentences between
 * two anchors that are not covered by kept pairs form a changed region (old
 * one-sided pairs between the same anchors are re-aligned with it), which is
 * aligned on its own, with the length ratio and a lexicon learnt from the
 * kept pairs as context. Unchanged regions are never re-aligned, so the cost
 * is the diff, linear in the text when the edits are few, plus the
 * alignment of the changed regions.
 *
 * A pair of a re-aligned region that comes out exactly as a previous pair
 * counts as kept, with its previous score and flag. Any other re-aligned
 * pair is marked `stale: true` (a translator must look at it) unless all its
 * source sentences are unchanged and it has at least one new or edited
 * target sentence: that is the translator's own revision of an unchanged
 * source, which also clears the flag of a stale pair. So an edited or new
 * source sentence is always stale (with its old translation, or as a 1-0 pair
 * until it is translated), and so are target sentences left without a
 * source (0-1) and unchanged sentences whose grouping changed.
 *
 * When a diff gives up (see {@link UpdateOptions.diffTimeout}) the new texts
 * are aligned afresh; sentences and pairs are then matched to the previous
 * ones by their texts, with the same rules for kept and stale pairs.
 *
 * Page furniture is not set aside: the new texts are plain text, segmented
 * as `align` does, and the result's `noise` is empty.
 *
 * @param previous The earlier alignment, or its JSON form (`toJson`,
 *   `--format json`): only the sentence texts, languages and pairs are read.
 * @param source The new full source text.
 * @param target The new full target text.
 * @param options Lexicons, limits and the diff's time limit.
 * @returns The new alignment and how many pairs were kept, re-aligned and stale.
 * @throws {BitextError} `INVALID_INPUT` when `previous` is not an alignment
 *   or a text is not a string, `EMPTY_INPUT` when both texts are blank,
 *   `INPUT_TOO_LARGE` past `maxLength`, `INVALID_OPTION` for a bad `diffTimeout`.
 *
 * @example
 * const old = align(english, russian)
 * const saved = JSON.stringify(toJson(old))
 * // ... the English is edited ...
 * const { alignment, stale } = updateAlignment(JSON.parse(saved), newEnglish, russian)
 * // alignment.pairs.filter((p) => p.stale) => the pairs to translate again
 */
export function updateAlignment(
  previous: AlignmentJson | Alignment,
  source: string,
  target: string,
  options: UpdateOptions = {},
): UpdateResult {
  const old = readPrevious(previous)
  checkText(source, 'source', options.maxLength)
  checkText(target, 'target', options.maxLength)
  const timeout = options.diffTimeout ?? DEFAULT_DIFF_TIMEOUT
  if (typeof timeout !== 'number' || !(timeout >= 0)) {
    throw new BitextError('INVALID_OPTION', `diffTimeout must be a number of milliseconds, 0 or more, got ${String(timeout)}`)
  }
  const sourceSide = segmentSide(source, old.sourceLang ?? detectLanguage(source))
  const targetSide = segmentSide(target, old.targetLang ?? detectLanguage(target))
  // The languages come from the previous alignment: only the emptiness check applies.
  checkSides(sourceSide, targetSide, { sourceLang: sourceSide.lang, targetLang: targetSide.lang })
  const texts = (side: Side) => side.sentences.map((sentence) => sentence.text)
  const sourceMap = matchSentences(old.source, texts(sourceSide), timeout)
  const targetMap = sourceMap && matchSentences(old.target, texts(targetSide), timeout)
  const fallback = !sourceMap || !targetMap
  const pairs = fallback
    ? alignAfresh(old, sourceSide, targetSide, options)
    : alignChanges(old, sourceSide, targetSide, sourceMap, targetMap, options)
  let kept = 0
  let stale = 0
  for (const { pair, carried } of pairs) {
    if (carried) kept++
    if (pair.stale) stale++
  }
  return {
    alignment: { source: sourceSide, target: targetSide, pairs: pairs.map((p) => p.pair), noise: [] },
    kept,
    realigned: pairs.length - kept,
    stale,
    fallback,
  }
}

/** A pair of the result and whether it was carried over from the previous alignment. */
interface Outcome {
  pair: Pair
  carried: boolean
}

/** A pair with the `stale` and `confirmed` flags set only when true, so that unflagged pairs have no such keys. */
function makePair(source: number[], target: number[], score: number, stale: boolean | undefined, confirmed?: boolean): Pair {
  const pair: Pair = { source, target, score }
  if (stale) pair.stale = true
  if (confirmed) pair.confirmed = true
  return pair
}

/**
 * The pairs of the new texts when both diffs succeeded: kept pairs as they
 * were, the regions between them re-aligned.
 */
function alignChanges(
  old: PreviousAlignment,
  sourceSide: Side,
  targetSide: Side,
  sourceMap: Int32Array,
  targetMap: Int32Array,
  options: UpdateOptions,
): Outcome[] {
  const sourceBack = invertMatching(sourceMap, sourceSide.sentences.length)
  const targetBack = invertMatching(targetMap, targetSide.sentences.length)
  const moved = old.pairs.map((pair) => movePair(pair, sourceMap, targetMap))
  let settings: AlignerSettings | undefined
  const context = () => (settings ??= regionSettings(moved, sourceSide, targetSide, options))
  const judge: Judge = {
    previousPair(pair) {
      const p = pair.source.length > 0 ? old.pairOfSource[sourceBack[pair.source[0]]] : old.pairOfTarget[targetBack[pair.target[0]]]
      const candidate = old.pairs[p]
      if (!candidate) return undefined
      const same = (indices: number[], back: Int32Array, before: number[]) =>
        indices.length === before.length && indices.every((k, n) => back[k] === before[n])
      return same(pair.source, sourceBack, candidate.source) && same(pair.target, targetBack, candidate.target) ? candidate : undefined
    },
    sourceIsOld: (i) => sourceBack[i] >= 0,
    targetIsOld: (j) => targetBack[j] >= 0,
  }

  const out: Outcome[] = []
  let nextSource = 0
  let nextTarget = 0
  let pending: Pair[] = []
  // Close the region that ends before new sentences (s, t): keep its
  // one-sided pairs when they cover it, re-align it otherwise.
  const closeRegion = (s: number, t: number) => {
    const covered = pending.reduce((sum, pair) => sum + pair.source.length + pair.target.length, 0)
    if (covered === s - nextSource + (t - nextTarget)) {
      for (const pair of pending) out.push({ pair, carried: true })
    } else {
      const pairs = alignRegion(sourceSide, targetSide, [nextSource, s], [nextTarget, t], context)
      for (const pair of pairs) out.push(judgePair(pair, judge))
    }
    pending = []
  }
  for (const pair of moved) {
    if (!pair) continue
    if (pair.source.length === 0 || pair.target.length === 0) {
      pending.push(pair)
      continue
    }
    closeRegion(pair.source[0], pair.target[0])
    out.push({ pair, carried: true })
    nextSource = pair.source[pair.source.length - 1] + 1
    nextTarget = pair.target[pair.target.length - 1] + 1
  }
  closeRegion(sourceSide.sentences.length, targetSide.sentences.length)
  return out
}

/**
 * A previous pair renumbered into the new texts, or `undefined` when one of
 * its sentences is gone or edited, or its sentences are no longer next to
 * each other.
 */
function movePair(pair: Pair, sourceMap: Int32Array, targetMap: Int32Array): Pair | undefined {
  const move = (indices: number[], map: Int32Array) => {
    const moved = indices.map((k) => map[k])
    return moved.every((k, n) => k >= 0 && k === moved[0] + n) ? moved : undefined
  }
  const source = move(pair.source, sourceMap)
  const target = move(pair.target, targetMap)
  return source && target ? makePair(source, target, pair.score, pair.stale, pair.confirmed) : undefined
}

/**
 * Align the new sentences `[s0, s1)` × `[t0, t1)` on their own. A region
 * with one side empty needs no aligner: each sentence is a pair alone, with
 * the score the aligner gives such pairs.
 */
function alignRegion(
  sourceSide: Side,
  targetSide: Side,
  [s0, s1]: [number, number],
  [t0, t1]: [number, number],
  settings: () => AlignerSettings,
): Pair[] {
  const alone = (from: number, to: number, side: 'source' | 'target') =>
    Array.from({ length: to - from }, (_, k) => (side === 'source' ? makePair([from + k], [], 1, false) : makePair([], [from + k], 1, false)))
  if (t1 === t0) return alone(s0, s1, 'source')
  if (s1 === s0) return alone(t0, t1, 'target')
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k)
  const pairs = runSync(alignPickedWork(sourceSide, targetSide, range(s0, s1), range(t0, t1), settings()))
  return pairs.map((pair) => makePair(pair.source, pair.target, pair.score, false))
}

/**
 * The aligner settings for the changed regions: the caller's lexicons, plus
 * what a region is too small to estimate on its own, taken from the kept
 * pairs with both sides present: the target-to-source length ratio, and a
 * lexicon learnt from the confident ones (unless learning is off).
 */
function regionSettings(moved: ReadonlyArray<Pair | undefined>, sourceSide: Side, targetSide: Side, options: UpdateOptions): AlignerSettings {
  const settings = settingsOf(options)
  let sourceLetters = 0
  let targetLetters = 0
  const confident: Array<[string, string]> = []
  const join = (side: Side, indices: number[]) => indices.map((k) => side.sentences[k].text).join(' ')
  for (const pair of moved) {
    if (!pair || pair.source.length === 0 || pair.target.length === 0) continue
    const s = join(sourceSide, pair.source)
    const t = join(targetSide, pair.target)
    sourceLetters += countLetters(s)
    targetLetters += countLetters(t)
    if (pair.score >= LEARNING_CONFIDENCE) confident.push([s, t])
  }
  if (sourceLetters > 0 && targetLetters > 0) {
    settings.parameters = { ratio: ratioOfLengths(sourceLetters, targetLetters, `${sourceSide.lang}-${targetSide.lang}`) }
  }
  if (options.learnLexicon !== false && confident.length >= MIN_LEARNING_PAIRS) {
    const learnt = learnLexicon(confident, [sourceSide.lang, targetSide.lang])
    if (learnt.size > 0) settings.lexicons = [...(settings.lexicons ?? []), learnt]
  }
  return settings
}

/**
 * The flag and score of a re-aligned pair: a pair that is exactly a
 * previous one is carried over with its score and flag; any other is stale
 * unless it revises the translation of an unchanged source (see
 * {@link updateAlignment}).
 */
function judgePair(pair: Pair, judge: Judge): Outcome {
  const before = judge.previousPair(pair)
  if (before) return { pair: makePair(pair.source, pair.target, before.score, before.stale, before.confirmed), carried: true }
  const sourceUnchanged = pair.source.length > 0 && pair.source.every((i) => judge.sourceIsOld(i))
  const revised = pair.target.some((j) => !judge.targetIsOld(j))
  return { pair: makePair(pair.source, pair.target, pair.score, !(sourceUnchanged && revised)), carried: false }
}

/**
 * The pairs of the new texts when a diff gave up: align them afresh, and
 * match pairs and sentences to the previous ones by their texts.
 */
function alignAfresh(old: PreviousAlignment, sourceSide: Side, targetSide: Side, options: UpdateOptions): Outcome[] {
  const key = (source: string[], target: string[]) => `${source.join('\u0000')}\u0001${target.join('\u0000')}`
  const previous = new Map<string, Pair>()
  for (const pair of old.pairs) {
    previous.set(
      key(
        pair.source.map((i) => old.source[i]),
        pair.target.map((j) => old.target[j]),
      ),
      pair,
    )
  }
  const oldSource = new Set(old.source)
  const oldTarget = new Set(old.target)
  const judge: Judge = {
    previousPair: (pair) =>
      previous.get(
        key(
          pair.source.map((i) => sourceSide.sentences[i].text),
          pair.target.map((j) => targetSide.sentences[j].text),
        ),
      ),
    sourceIsOld: (i) => oldSource.has(sourceSide.sentences[i].text),
    targetIsOld: (j) => oldTarget.has(targetSide.sentences[j].text),
  }
  const { pairs } = alignSides(sourceSide, targetSide, settingsOf(options))
  return pairs.map((pair) => judgePair(makePair(pair.source, pair.target, pair.score, false), judge))
}
