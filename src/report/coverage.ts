/**
 * Coverage: how much of each side has a counterpart on the other, by
 * sentences and by non-blank characters, for the document and per paragraph.
 */
import { isBlankAt } from '../text/blank.js'
import type { Alignment, Side } from '../types.js'
import { hasContent, isCounterpart } from './content.js'
import type { Coverage, ParagraphCoverage, SideCoverage, Tally } from './types.js'

/**
 * Which sentences of each side have a counterpart: the pair they are in has
 * at least one sentence with content (a letter or a digit) on the other side.
 *
 * @param alignment The alignment.
 * @returns One flag per sentence of each side.
 */
export function counterparts(alignment: Alignment): { source: boolean[]; target: boolean[] } {
  const source = alignment.source.sentences.map(() => false)
  const target = alignment.target.sentences.map(() => false)
  for (const pair of alignment.pairs) {
    if (isCounterpart(alignment.target, pair.target)) for (const i of pair.source) source[i] = true
    if (isCounterpart(alignment.source, pair.source)) for (const j of pair.target) target[j] = true
  }
  return { source, target }
}

/**
 * Non-blank characters of `[start, end)` of `text`.
 *
 * @param text The side's text.
 * @param start First offset.
 * @param end Offset one past the range.
 */
export function nonBlankLength(text: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) if (!isBlankAt(text, i)) n++
  return n
}

/** Make a tally from its two counts. */
function tally(covered: number, total: number): Tally {
  return { covered, total, share: total === 0 ? 1 : covered / total }
}

/**
 * Coverage of one side given which of its sentences have a counterpart.
 * Sentences without content are left out of every count.
 *
 * @param side The side.
 * @param covered One flag per sentence.
 */
export function sideCoverage(side: Side, covered: readonly boolean[]): SideCoverage {
  const lengths = side.sentences.map((s) => (hasContent(s.text) ? nonBlankLength(side.text, s.start, s.end) : 0))
  const counted = side.sentences.map((s) => hasContent(s.text))
  const sum = (from: number, to: number) => {
    let sentences = 0
    let sentencesCovered = 0
    let characters = 0
    let charactersCovered = 0
    for (let i = from; i < to; i++) {
      if (!counted[i]) continue
      sentences++
      characters += lengths[i]
      if (covered[i]) {
        sentencesCovered++
        charactersCovered += lengths[i]
      }
    }
    return { sentences: tally(sentencesCovered, sentences), characters: tally(charactersCovered, characters) }
  }
  const paragraphs: ParagraphCoverage[] = side.paragraphs.map((p, k) => ({
    paragraph: k,
    kind: p.kind,
    start: p.start,
    end: p.end,
    ...sum(p.sentences[0], p.sentences[1]),
  }))
  return { lang: side.lang, ...sum(0, side.sentences.length), paragraphs }
}

/**
 * Coverage of both sides of an alignment: the share of the source that is
 * translated and the share of the target that has a source.
 *
 * @param alignment The alignment.
 */
export function computeCoverage(alignment: Alignment): Coverage {
  const flags = counterparts(alignment)
  const source = sideCoverage(alignment.source, flags.source)
  const target = sideCoverage(alignment.target, flags.target)
  return {
    document: {
      sourceSentences: source.sentences.share,
      sourceCharacters: source.characters.share,
      targetSentences: target.sentences.share,
      targetCharacters: target.characters.share,
    },
    source,
    target,
  }
}
