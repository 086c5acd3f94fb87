import type { Alignment, Paragraph, Sentence, Side } from '../types.js'

/** A side as the JSON output gives it: no copy of the input text. */
export interface SideJson {
  /** Language code. */
  lang: string
  /** Paragraphs with offsets, kind and sentence range. */
  paragraphs: Paragraph[]
  /** Sentences with text, offsets and paragraph index. */
  sentences: Sentence[]
}

/** The alignment as the JSON output gives it. */
export interface AlignmentJson {
  /** The source side. */
  source: SideJson
  /** The target side. */
  target: SideJson
  /** Pairs with indices into the sides' sentences and a score. */
  pairs: Alignment['pairs']
  /** Text set aside as belonging to neither side. */
  noise: Alignment['noise']
}

/**
 * The plain-data form of an alignment, without the input text the offsets
 * point into (the caller has it): what `--format json` prints.
 *
 * @param alignment An alignment.
 */
export function toJson(alignment: Alignment): AlignmentJson {
  return {
    source: sideJson(alignment.source),
    target: sideJson(alignment.target),
    pairs: alignment.pairs,
    noise: alignment.noise,
  }
}

/**
 * The plain-data form of one side.
 *
 * @param side A segmented side.
 */
export function sideJson(side: Side): SideJson {
  return { lang: side.lang, paragraphs: side.paragraphs, sentences: side.sentences }
}
