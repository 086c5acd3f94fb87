import type { Alignment, Pair, Side } from '../types.js'

/** One side of a pair as a JSONL record gives it. */
export interface JsonlSide {
  /** Indices into the side's sentences; empty when the side has no counterpart. */
  indices: number[]
  /** The sentences joined by a space; empty for an empty side. */
  text: string
  /** Offset of the first sentence in the side's text, or null for an empty side. */
  start: number | null
  /** Offset one past the last sentence in the side's text, or null for an empty side. */
  end: number | null
}

/** One line of the JSONL output: a pair with its texts and offsets. */
export interface JsonlRecord {
  /** The source side of the pair. */
  source: JsonlSide
  /** The target side of the pair. */
  target: JsonlSide
  /** Confidence in [0, 1]. */
  score: number
  /** Present (and true) when the pair needs a translator's look after an update. */
  stale?: true
  /** Present (and true) when a person confirmed the pair (review page or anchors). */
  confirmed?: true
}

/**
 * The pairs of an alignment as JSON Lines: one JSON object per pair and
 * line ({@link JsonlRecord}), in document order, ending with a newline.
 * Offsets point into the input each side was read from, so
 * `side.text.slice(start, end)` spans the pair's sentences there.
 *
 * @param alignment An alignment.
 */
export function toJsonl(alignment: Alignment): string {
  return alignment.pairs.map((pair) => JSON.stringify(jsonlRecord(alignment, pair)) + '\n').join('')
}

/**
 * The JSONL record of one pair.
 *
 * @param alignment The alignment the pair belongs to.
 * @param pair One of its pairs.
 */
export function jsonlRecord(alignment: Alignment, pair: Pair): JsonlRecord {
  const record: JsonlRecord = {
    source: jsonlSide(alignment.source, pair.source),
    target: jsonlSide(alignment.target, pair.target),
    score: pair.score,
  }
  if (pair.stale) record.stale = true
  if (pair.confirmed) record.confirmed = true
  return record
}

/** One side of a pair with its joined text and the offsets of its first and last sentence. */
function jsonlSide(side: Side, indices: number[]): JsonlSide {
  if (indices.length === 0) return { indices: [], text: '', start: null, end: null }
  return {
    indices: [...indices],
    text: indices.map((i) => side.sentences[i].text).join(' '),
    start: side.sentences[indices[0]].start,
    end: side.sentences[indices[indices.length - 1]].end,
  }
}
