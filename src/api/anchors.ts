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
export function invalidAnchors(message: string): never {
  throw new BitextError('INVALID_ANCHORS', message)
}
