/**
 * The plain values that flow through the pipeline. Every offset is a UTF-16
 * code-unit index into the original input string, exactly as JavaScript's
 * `String.prototype.slice` counts: `text.slice(start, end)` gives back the unit.
 */

/** A range of the original input. `end` is exclusive. */
export interface Range {
  /** Offset of the first character. */
  start: number
  /** Offset one past the last character. */
  end: number
}

/** A piece of the input with its offsets, such as a line of page furniture. */
export interface Span extends Range {
  /** The characters of the span with runs of whitespace collapsed to one space. */
  text: string
}

/** What a paragraph is on the page: running text, a heading, a list or a dateline. */
export type ParagraphKind = 'text' | 'heading' | 'list' | 'dateline'

/**
 * A block of text found by paragraph splitting, before sentences are known.
 * `parts` are the ranges that sentence splitting works inside: one for running
 * text (hard-wrapped lines joined), one per item for a list.
 */
export interface Block extends Range {
  /** What the block is. */
  kind: ParagraphKind
  /** Ranges inside the block whose ends are always sentence ends. */
  parts: Range[]
}

/** One sentence of a side. */
export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to, into `Side.paragraphs`. */
  paragraph: number
}

/** One paragraph of a side. */
export interface Paragraph extends Range {
  /** What the paragraph is on the page. */
  kind: ParagraphKind
  /** The paragraph's sentences as a half-open range of indices into `Side.sentences`. */
  sentences: [from: number, to: number]
}

/** One language version of the text, segmented. */
export interface Side {
  /** ISO 639-1 code (`en`, `ru`, ...), or `und` when unknown. */
  lang: string
  /** The original input the offsets point into. */
  text: string
  /** Paragraphs in document order. */
  paragraphs: Paragraph[]
  /** Sentences in document order. */
  sentences: Sentence[]
}

/**
 * An aligned group: some source sentences and the target sentences that
 * translate them. An empty side means the other side has no counterpart
 * (an omission when `target` is empty, an addition when `source` is empty).
 */
export interface Pair {
  /** Indices into `Alignment.source.sentences`, ascending and consecutive. */
  source: number[]
  /** Indices into `Alignment.target.sentences`, ascending and consecutive. */
  target: number[]
  /** Confidence that the group is right, in [0, 1]. */
  score: number
  /**
   * Set after an update when the source text of the pair changed (or is new)
   * while the pair was kept or re-aligned: a translator should look at it.
   */
  stale?: boolean
  /**
   * Set when a person confirmed the pair (in the review page, or by passing
   * it as an anchor): re-aligning with the pair as an anchor keeps it as it is.
   */
  confirmed?: boolean
}

/** The result of aligning two sides: the one value every output reads. */
export interface Alignment {
  /** The source side (English by default). */
  source: Side
  /** The target side (Russian by default). */
  target: Side
  /** Groups in document order; every sentence of both sides is in exactly one. */
  pairs: Pair[]
  /** Text that belongs to neither side, such as a printed page's header (page mode only). */
  noise: Span[]
}
