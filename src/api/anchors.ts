import { BitextError } from '../errors.js'
import type { Alignment, Pair } from '../types.js'

/**
 * A pair of sentence groups a person has confirmed: these source sentences
 * (consecutive indices into `Alignment.source.sentences`) translate these
 * target sentences. One side may be empty: a confirmed sentence with no
 * counterpart. The aligner keeps the pair exactly and aligns only around it.
 */
export interface SentenceAnchor {
  /** Source sentence indices, ascending and consecutive (may be empty). */
  source: number[]
  /** Target sentence indices, ascending and consecutive (may be empty). */
  target: number[]
}

/**
 * Two paragraphs a person has confirmed as each other's translation
 * (indices into `Alignment.source.paragraphs` and `.target.paragraphs`):
 * the sentences of the one are aligned only with the sentences of the other.
 */
export interface ParagraphAnchor {
  /** Source paragraph index. */
  sourceParagraph: number
  /** Target paragraph index. */
  targetParagraph: number
}

/** A fixed point the aligner must respect: a confirmed pair of sentences or of paragraphs. */
export type Anchor = SentenceAnchor | ParagraphAnchor

/** The JSON file of anchors that the review page saves and `--anchors` reads. */
export interface AnchorsFile {
  /** Always `bitext-align-anchors`. */
  format: 'bitext-align-anchors'
  /** Always 1. */
  version: 1
  /** Number of source sentences of the alignment the anchors belong to (checked when present). */
  sourceSentences?: number
  /** Number of target sentences of the alignment the anchors belong to (checked when present). */
  targetSentences?: number
  /** The anchors, in document order. */
  anchors: Anchor[]
}

/** The `format` field of an anchors file. */
export const ANCHORS_FORMAT = 'bitext-align-anchors'

/**
 * The anchors file for an alignment: its confirmed pairs as sentence
 * anchors, with the sentence counts that tie them to the texts.
 *
 * @param alignment An alignment (or its JSON form) whose pairs may carry `confirmed: true`.
 */
export function anchorsOf(alignment: Pick<Alignment, 'pairs'> & { source: { sentences: unknown[] }; target: { sentences: unknown[] } }): AnchorsFile {
  return {
    format: ANCHORS_FORMAT,
    version: 1,
    sourceSentences: alignment.source.sentences.length,
    targetSentences: alignment.target.sentences.length,
    anchors: alignment.pairs.filter((pair: Pair) => pair.confirmed).map((pair) => ({ source: [...pair.source], target: [...pair.target] })),
  }
}

/** Throw the error for anchors that cannot be read or used. */
function invalidAnchors(message: string): never {
  throw new BitextError('INVALID_ANCHORS', message)
}

/** Anchors as the aligner uses them: checked against the sides, in document order. */
export interface ResolvedAnchors {
  /** Confirmed pairs with sentences on both sides, in order, each with its anchor's index in the caller's list. */
  pairs: Array<{ source: number[]; target: number[]; anchor: number }>
  /** Source sentences confirmed to have no counterpart, each mapped to its anchor's sentences (a group of one or more). */
  sourceAlone: Map<number, number[]>
  /** Target sentences confirmed to have no counterpart, each mapped to its anchor's sentences. */
  targetAlone: Map<number, number[]>
  /**
   * Points `[s, t]` the alignment must pass through (before source sentence
   * `s` and target sentence `t` at once), ascending in both, from `[0, 0]`
   * to the sides' ends: the corners of the confirmed pairs and of the
   * confirmed paragraphs.
   */
  cuts: Array<[number, number]>
}

/** How an anchor reads in an error message. */
function anchorLabel(anchor: unknown, k: number): string {
  let shown: string
  try {
    shown = JSON.stringify(anchor) ?? String(anchor)
  } catch {
    shown = String(anchor)
  }
  return `anchors[${k}] ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`
}

/** Whether a value is a whole number. */
function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value)
}

/**
 * The anchors of a caller's `anchors` option or of a parsed anchors file:
 * an {@link AnchorsFile}, a bare array of anchors, or a saved alignment
 * (`toJson`, or the review page's `alignment.json`), whose confirmed pairs
 * are the anchors.
 *
 * @param value The anchors, as given or as parsed from JSON.
 * @returns The anchors and, when the file states them, the sentence counts it was saved for.
 * @throws {BitextError} `INVALID_ANCHORS` when it is none of these.
 */
export function readAnchors(value: unknown): { anchors: unknown[]; sourceSentences?: number; targetSentences?: number } {
  if (Array.isArray(value)) return { anchors: value }
  if (typeof value !== 'object' || value === null) {
    invalidAnchors('anchors must be an array of anchors, an anchors file ({"format": "bitext-align-anchors", "anchors": [...]}) or a saved alignment')
  }
  const record = value as Record<string, unknown>
  if (record.format === ANCHORS_FORMAT) {
    if (record.version !== 1) invalidAnchors(`the anchors file has version ${String(record.version)}; this version of bitext-align reads version 1`)
    if (!Array.isArray(record.anchors)) invalidAnchors('the anchors file has no "anchors" array')
    const count = (name: 'sourceSentences' | 'targetSentences') => {
      const n = record[name]
      if (n === undefined) return undefined
      if (!isIndex(n) || n < 0) invalidAnchors(`the anchors file's ${name} is not a whole number`)
      return n
    }
    return { anchors: record.anchors, sourceSentences: count('sourceSentences'), targetSentences: count('targetSentences') }
  }
  const side = (s: unknown) => (typeof s === 'object' && s !== null && Array.isArray((s as { sentences?: unknown }).sentences) ? (s as { sentences: unknown[] }).sentences.length : undefined)
  if (Array.isArray(record.pairs) && side(record.source) !== undefined && side(record.target) !== undefined) {
    const anchors = record.pairs.filter((pair) => typeof pair === 'object' && pair !== null && (pair as Pair).confirmed === true)
    return {
      anchors: anchors.map((pair) => ({ source: (pair as Pair).source, target: (pair as Pair).target })),
      sourceSentences: side(record.source),
      targetSentences: side(record.target),
    }
  }
  return invalidAnchors(
    `anchors must be an array of anchors, an anchors file ({"format": "${ANCHORS_FORMAT}", "version": 1, "anchors": [...]}) or a saved alignment with confirmed pairs`,
  )
}

/**
 * Check anchors against the two sides and put them in the form the aligner
 * uses. Every problem names the anchor (its index in the list and its value).
 *
 * @param value The caller's anchors (see {@link readAnchors}).
 * @param sourceSentences Number of source sentences.
 * @param sourceParagraphs Sentence range `[from, to)` of each source paragraph.
 * @param targetSentences Number of target sentences.
 * @param targetParagraphs Sentence range `[from, to)` of each target paragraph.
 * @throws {BitextError} `INVALID_ANCHORS` for an anchor that is malformed,
 *   out of range, overlapping another or crossing another, or for a file
 *   saved for texts with other sentence counts.
 */
export function resolveAnchors(
  value: unknown,
  sourceSentences: number,
  sourceParagraphs: ReadonlyArray<readonly [number, number]>,
  targetSentences: number,
  targetParagraphs: ReadonlyArray<readonly [number, number]>,
): ResolvedAnchors {
  const file = readAnchors(value)
  for (const [name, saved, actual] of [
    ['source', file.sourceSentences, sourceSentences],
    ['target', file.targetSentences, targetSentences],
  ] as const) {
    if (saved !== undefined && saved !== actual) {
      invalidAnchors(
        `the anchors were saved for a ${name} text of ${saved} sentences, but this ${name} text has ${actual}: align the same texts (with the same options) as when the anchors were saved`,
      )
    }
  }
  const resolved: ResolvedAnchors = { pairs: [], sourceAlone: new Map(), targetAlone: new Map(), cuts: [] }
  // Each cut remembers the anchor it came from, and whether it opens or closes a confirmed pair.
  const cuts: Array<{ s: number; t: number; anchor: number; pair?: 'start' | 'end' }> = []
  const owner = { source: new Map<number, number>(), target: new Map<number, number>() }
  const take = (which: 'source' | 'target', i: number, k: number, anchor: unknown) => {
    const other = owner[which].get(i)
    if (other !== undefined) {
      invalidAnchors(`${anchorLabel(anchor, k)} and ${anchorLabel(file.anchors[other], other)} both hold ${which} sentence ${i}: a sentence can be in one anchor only`)
    }
    owner[which].set(i, k)
  }
  file.anchors.forEach((anchor, k) => {
    if (typeof anchor !== 'object' || anchor === null) invalidAnchors(`${anchorLabel(anchor, k)} is not an object`)
    const a = anchor as Record<string, unknown>
    if ('sourceParagraph' in a || 'targetParagraph' in a) {
      const ranges = [
        ['source', a.sourceParagraph, sourceParagraphs],
        ['target', a.targetParagraph, targetParagraphs],
      ] as const
      const corners: Array<readonly [number, number]> = []
      for (const [name, index, paragraphs] of ranges) {
        if (!isIndex(index)) invalidAnchors(`${anchorLabel(anchor, k)}: ${name}Paragraph must be a whole number`)
        if (index < 0 || index >= paragraphs.length) {
          invalidAnchors(`${anchorLabel(anchor, k)}: ${name} paragraph ${index} is out of range (the ${name} has ${paragraphs.length} paragraphs)`)
        }
        corners.push(paragraphs[index])
      }
      cuts.push({ s: corners[0][0], t: corners[1][0], anchor: k }, { s: corners[0][1], t: corners[1][1], anchor: k })
      return
    }
    const sides = { source: a.source, target: a.target }
    for (const [name, indices] of Object.entries(sides) as Array<['source' | 'target', unknown]>) {
      const size = name === 'source' ? sourceSentences : targetSentences
      if (!Array.isArray(indices)) {
        invalidAnchors(`${anchorLabel(anchor, k)} has no ${name} array: an anchor is {"source": [...], "target": [...]} or {"sourceParagraph": i, "targetParagraph": j}`)
      }
      indices.forEach((i: unknown, n) => {
        if (!isIndex(i)) invalidAnchors(`${anchorLabel(anchor, k)}: ${name}[${n}] is not a whole number`)
        if (i < 0 || i >= size) invalidAnchors(`${anchorLabel(anchor, k)}: ${name} sentence ${i} is out of range (the ${name} has ${size} sentences)`)
        if (n > 0 && i !== indices[n - 1] + 1) invalidAnchors(`${anchorLabel(anchor, k)}: the ${name} sentences must be consecutive and ascending`)
      })
    }
    const source = sides.source as number[]
    const target = sides.target as number[]
    if (source.length === 0 && target.length === 0) invalidAnchors(`${anchorLabel(anchor, k)} is empty: give the sentences of at least one side`)
    for (const i of source) take('source', i, k, anchor)
    for (const j of target) take('target', j, k, anchor)
    if (target.length === 0) for (const i of source) resolved.sourceAlone.set(i, source)
    else if (source.length === 0) for (const j of target) resolved.targetAlone.set(j, target)
    else {
      cuts.push({ s: source[0], t: target[0], anchor: k, pair: 'start' })
      cuts.push({ s: source[source.length - 1] + 1, t: target[target.length - 1] + 1, anchor: k, pair: 'end' })
    }
  })
  // Start cuts sort before end cuts at the same point, so that a pair's end
  // meeting the next pair's start is not taken for an overlap.
  cuts.sort((x, y) => x.s - y.s || x.t - y.t || (x.pair === 'end' ? 0 : 1) - (y.pair === 'end' ? 0 : 1))
  let open: (typeof cuts)[number] | undefined
  cuts.forEach((cut, n) => {
    const before = cuts[n - 1]
    if (before && cut.t < before.t) {
      invalidAnchors(
        `${anchorLabel(file.anchors[before.anchor], before.anchor)} and ${anchorLabel(file.anchors[cut.anchor], cut.anchor)} cross: anchors must keep the order of both texts`,
      )
    }
    if (open && cut.anchor !== open.anchor && !(cut.s === open.s && cut.t === open.t)) {
      invalidAnchors(
        `${anchorLabel(file.anchors[cut.anchor], cut.anchor)} falls inside the confirmed pair ${anchorLabel(file.anchors[open.anchor], open.anchor)}`,
      )
    }
    if (cut.pair === 'start') open = cut
    else if (cut.pair === 'end' && open?.anchor === cut.anchor) open = undefined
  })
  const points: Array<[number, number]> = [[0, 0], ...cuts.map((c): [number, number] => [c.s, c.t]), [sourceSentences, targetSentences]]
  for (const [s, t] of points) {
    const last = resolved.cuts[resolved.cuts.length - 1]
    if (!last || last[0] !== s || last[1] !== t) resolved.cuts.push([s, t])
  }
  for (const cut of cuts) {
    if (cut.pair !== 'start') continue
    const anchor = file.anchors[cut.anchor] as SentenceAnchor
    resolved.pairs.push({ source: [...anchor.source], target: [...anchor.target], anchor: cut.anchor })
  }
  return resolved
}
