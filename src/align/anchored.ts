/**
 * Alignment around what a person confirmed: the confirmed pairs stand as
 * they are, the alignment passes through the corners of confirmed pairs and
 * paragraphs, and only the stretches between those points are aligned.
 */
import type { ResolvedAnchors } from '../api/anchors.js'
import type { Pair, Side } from '../types.js'
import { ratioOfLengths } from './scorer.js'
import { alignSidesWork, type AlignerSettings } from './sides.js'
import { alignPickedWork } from './sub-side.js'
import { scaled, type Work } from './progress.js'
import { countLetters } from './units.js'

/** A stretch between two cuts: source sentences `[s0, s1)` and target sentences `[t0, t1)`. */
interface Stretch {
  s0: number
  s1: number
  t0: number
  t1: number
}

/**
 * Align two sides so that the anchors hold. The sides are first aligned as
 * a whole, as without anchors. Then, between each two consecutive cuts (the
 * corners of the confirmed pairs and paragraphs, see
 * {@link ResolvedAnchors.cuts}):
 *
 * - a confirmed pair is given as it is, `confirmed: true` (with the whole
 *   alignment's score when it made the same pair, 1 otherwise);
 * - a stretch whose pairs in the whole alignment stay inside it, and keep
 *   alone the sentences confirmed to have no counterpart, keeps those pairs:
 *   where the anchors agree with the aligner, nothing changes;
 * - any other stretch is aligned again on its own (its sentences confirmed
 *   to have no counterpart left out, then put back as pairs alone), with the
 *   whole text's length ratio, so that the alignment next to a correction
 *   follows it; from where the new path meets the whole alignment's path,
 *   the whole alignment's pairs are kept ({@link rejoin}).
 *
 * @param source The source side.
 * @param target The target side.
 * @param anchors The checked anchors.
 * @param settings The aligner's settings.
 */
export function* alignAnchoredWork(source: Side, target: Side, anchors: ResolvedAnchors, settings: AlignerSettings): Work<Pair[]> {
  const whole = yield* scaled(alignSidesWork(source, target, settings), 0, 0.5)
  const pairOfSource = new Int32Array(source.sentences.length)
  const pairOfTarget = new Int32Array(target.sentences.length)
  whole.pairs.forEach((pair, k) => {
    for (const i of pair.source) pairOfSource[i] = k
    for (const j of pair.target) pairOfTarget[j] = k
  })
  const confirmedAt = new Map<string, { source: number[]; target: number[] }>()
  for (const pair of anchors.pairs) confirmedAt.set(`${pair.source[0]},${pair.target[0]}`, pair)

  const stretches: Array<Stretch & { confirmed?: { source: number[]; target: number[] } }> = []
  for (let c = 1; c < anchors.cuts.length; c++) {
    const [s0, t0] = anchors.cuts[c - 1]
    const [s1, t1] = anchors.cuts[c]
    const confirmed = confirmedAt.get(`${s0},${t0}`)
    if (confirmed && confirmed.source[confirmed.source.length - 1] + 1 === s1 && confirmed.target[confirmed.target.length - 1] + 1 === t1) {
      stretches.push({ s0, s1, t0, t1, confirmed })
    } else if (s1 > s0 || t1 > t0) stretches.push({ s0, s1, t0, t1 })
  }

  let ratio: number | undefined
  let points: Map<string, number> | undefined
  const regionSettings = (): AlignerSettings => {
    ratio ??= wholeRatio(source, target)
    return { ...settings, parameters: { ...settings.parameters, ratio } }
  }
  const out: Pair[] = []
  const total = Math.max(1, source.sentences.length + target.sentences.length)
  let done = 0
  for (const stretch of stretches) {
    const size = stretch.s1 - stretch.s0 + stretch.t1 - stretch.t0
    if (stretch.confirmed) {
      const { source: s, target: t } = stretch.confirmed
      const same = whole.pairs[pairOfSource[s[0]]]
      const kept = same.source.length === s.length && same.target.length === t.length && same.target[0] === t[0] && same.source[0] === s[0]
      out.push({ source: [...s], target: [...t], score: kept ? same.score : 1, confirmed: true })
    } else {
      const kept = keptPairs(whole.pairs, stretch, pairOfSource, pairOfTarget, anchors)
      if (kept) out.push(...kept)
      else {
        const from = 0.5 + (0.5 * done) / total
        const to = 0.5 + (0.5 * (done + size)) / total
        const fresh = yield* scaled(realignStretch(source, target, stretch, anchors, regionSettings), from, to)
        out.push(...rejoin(fresh, stretch, whole.pairs, (points ??= pathPoints(whole.pairs)), anchors))
      }
    }
    done += size
  }
  return out
}

/** The target-to-source length ratio of the whole text, for stretches too short to tell it. */
function wholeRatio(source: Side, target: Side): number {
  const letters = (side: Side) => side.sentences.reduce((sum, sentence) => sum + countLetters(sentence.text), 0)
  return ratioOfLengths(letters(source), letters(target), `${source.lang}-${target.lang}`)
}

/**
 * The whole alignment's pairs for a stretch, when they fit it: every pair
 * touching the stretch lies inside it, and each sentence confirmed to have
 * no counterpart is alone in its pair (then marked confirmed). Otherwise
 * `undefined`.
 */
function keptPairs(
  pairs: readonly Pair[],
  { s0, s1, t0, t1 }: Stretch,
  pairOfSource: Int32Array,
  pairOfTarget: Int32Array,
  anchors: ResolvedAnchors,
): Pair[] | undefined {
  const touched = new Set<number>()
  for (let i = s0; i < s1; i++) touched.add(pairOfSource[i])
  for (let j = t0; j < t1; j++) touched.add(pairOfTarget[j])
  const out: Pair[] = []
  for (const k of [...touched].sort((a, b) => a - b)) {
    const pair = pairs[k]
    const inside =
      pair.source.every((i) => i >= s0 && i < s1) && pair.target.every((j) => j >= t0 && j < t1)
    if (!inside) return undefined
    const alone = aloneAnchorOf(pair, anchors)
    if (alone === false) return undefined
    out.push(alone ? { ...pair, confirmed: true } : pair)
  }
  return out
}

/**
 * The points the whole alignment's path passes through: `"s,t"` (before
 * source sentence `s` and target sentence `t` at once) mapped to the index of
 * the pair that starts there (`pairs.length` at the end).
 */
function pathPoints(pairs: readonly Pair[]): Map<string, number> {
  const points = new Map<string, number>()
  let s = 0
  let t = 0
  pairs.forEach((pair, k) => {
    points.set(`${s},${t}`, k)
    s += pair.source.length
    t += pair.target.length
  })
  points.set(`${s},${t}`, pairs.length)
  return points
}

/**
 * The pairs of a stretch aligned again, where they differ from the whole
 * alignment only as much as the anchors require: from the first point
 * where the new path meets the whole alignment's path to the last, the
 * whole alignment's pairs are kept (they were found with the whole text as
 * context); the new pairs are used before and after, next to the anchors.
 * When the paths do not meet twice, or the old pairs there would break a
 * confirmed sentence's solitude, the new pairs are used throughout.
 */
function rejoin(fresh: Pair[], { s0, t0 }: Stretch, pairs: readonly Pair[], points: Map<string, number>, anchors: ResolvedAnchors): Pair[] {
  // The new path's points: the stretch's start, then after each new pair; and where each meets the old path.
  const met: Array<{ at: number; pair: number }> = []
  let s = s0
  let t = t0
  for (let k = 0; k <= fresh.length; k++) {
    const pair = points.get(`${s},${t}`)
    if (pair !== undefined) met.push({ at: k, pair })
    if (k < fresh.length) {
      s += fresh[k].source.length
      t += fresh[k].target.length
    }
  }
  if (met.length < 2) return fresh
  const first = met[0]
  const last = met[met.length - 1]
  const middle = pairs.slice(first.pair, last.pair)
  const out: Pair[] = []
  for (const pair of middle) {
    const alone = aloneAnchorOf(pair, anchors)
    if (alone === false) return fresh
    out.push(alone ? { ...pair, confirmed: true } : pair)
  }
  return [...fresh.slice(0, first.at), ...out, ...fresh.slice(last.at)]
}

/**
 * Whether a pair is one of the anchors with one side empty (`true`), holds
 * none of their sentences (`undefined`), or holds some of them otherwise
 * than the anchor has them (`false`: the pair cannot be kept).
 */
function aloneAnchorOf(pair: Pair, anchors: ResolvedAnchors): boolean | undefined {
  const touches = pair.source.some((i) => anchors.sourceAlone.has(i)) || pair.target.some((j) => anchors.targetAlone.has(j))
  if (!touches) return undefined
  const group = pair.source.length > 0 ? anchors.sourceAlone.get(pair.source[0]) : anchors.targetAlone.get(pair.target[0])
  const own = pair.source.length > 0 ? pair.source : pair.target
  const other = pair.source.length > 0 ? pair.target : pair.source
  return group !== undefined && other.length === 0 && own.length === group.length && own[0] === group[0]
}

/** Whether ascending indices skip one. */
function hasGap(indices: readonly number[]): boolean {
  return indices.some((k, n) => n > 0 && k !== indices[n - 1] + 1)
}

/**
 * The parts of a pair whose sentences skip some on a side (sentences
 * confirmed alone, left out of the search): that side cut into its runs of
 * consecutive sentences, the other side shared out among them in the
 * proportion of their letters; parts whose other side still skips are cut
 * the same way.
 */
function cutAtGaps(pair: { source: number[]; target: number[] }, source: Side, target: Side): Array<{ source: number[]; target: number[] }> {
  const onSource = hasGap(pair.source)
  if (!onSource && !hasGap(pair.target)) return [pair]
  const own = onSource ? pair.source : pair.target
  const other = onSource ? pair.target : pair.source
  const side = onSource ? source : target
  const runs: number[][] = []
  for (const k of own) {
    const run = runs[runs.length - 1]
    if (run && k === run[run.length - 1] + 1) run.push(k)
    else runs.push([k])
  }
  const letters = (indices: readonly number[]) => indices.reduce((sum, k) => sum + countLetters(side.sentences[k].text), 0)
  const total = Math.max(1, letters(own))
  const parts: Array<{ source: number[]; target: number[] }> = []
  let before = 0
  let from = 0
  runs.forEach((run, n) => {
    before += letters(run)
    const to = n === runs.length - 1 ? other.length : Math.round((before / total) * other.length)
    const share = other.slice(from, Math.max(from, to))
    from = Math.max(from, to)
    const part = onSource ? { source: run, target: share } : { source: share, target: run }
    parts.push(...cutAtGaps(part, source, target))
  })
  return parts
}

/**
 * Align one stretch on its own: its sentences confirmed to have no
 * counterpart are left out of the search and put back as pairs alone, each
 * before the first pair holding a later sentence of its side.
 */
function* realignStretch(
  source: Side,
  target: Side,
  stretch: Stretch,
  anchors: ResolvedAnchors,
  settings: () => AlignerSettings,
): Work<Pair[]> {
  const { s0, s1, t0, t1 } = stretch
  const range = (from: number, to: number, alone: { has(k: number): boolean }) => {
    const free: number[] = []
    for (let k = from; k < to; k++) if (!alone.has(k)) free.push(k)
    return free
  }
  const sourceFree = range(s0, s1, anchors.sourceAlone)
  const targetFree = range(t0, t1, anchors.targetAlone)
  let aligned: Pair[]
  if (sourceFree.length === 0 || targetFree.length === 0) {
    aligned = [
      ...sourceFree.map((i): Pair => ({ source: [i], target: [], score: 1 })),
      ...targetFree.map((j): Pair => ({ source: [], target: [j], score: 1 })),
    ]
  } else {
    aligned = yield* alignPickedWork(source, target, sourceFree, targetFree, settings())
  }
  // A pair that spans a sentence confirmed alone (its sentences on a side
  // are not consecutive) is cut around it: its other side is shared out in
  // the proportion of the letters, and each part is aligned on its own.
  const pieces: Pair[] = []
  for (const pair of aligned) {
    if (!hasGap(pair.source) && !hasGap(pair.target)) {
      pieces.push(pair)
      continue
    }
    for (const part of cutAtGaps(pair, source, target)) {
      if (part.source.length === 0 || part.target.length === 0) {
        pieces.push(...part.source.map((i): Pair => ({ source: [i], target: [], score: 1 })), ...part.target.map((j): Pair => ({ source: [], target: [j], score: 1 })))
        continue
      }
      pieces.push(...(yield* alignPickedWork(source, target, part.source, part.target, settings())))
    }
  }
  aligned = pieces
  // Put the sentences confirmed alone back in place.
  const pending = {
    source: range(s0, s1, new Set(sourceFree)),
    target: range(t0, t1, new Set(targetFree)),
  }
  const out: Pair[] = []
  // Each anchor with one side empty comes back as one pair, with all its sentences.
  const flush = (before: { source: number; target: number }) => {
    while (pending.source.length > 0 && pending.source[0] < before.source) {
      const group = anchors.sourceAlone.get(pending.source[0])!
      pending.source.splice(0, group.length)
      out.push({ source: [...group], target: [], score: 1, confirmed: true })
    }
    while (pending.target.length > 0 && pending.target[0] < before.target) {
      const group = anchors.targetAlone.get(pending.target[0])!
      pending.target.splice(0, group.length)
      out.push({ source: [], target: [...group], score: 1, confirmed: true })
    }
  }
  for (const pair of aligned) {
    flush({ source: pair.source[0] ?? -1, target: pair.target[0] ?? -1 })
    out.push(pair)
  }
  flush({ source: Infinity, target: Infinity })
  return out
}
