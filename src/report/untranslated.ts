/**
 * Omissions and additions: runs of consecutive sentences of one side that the
 * alignment left without a counterpart (pairs with an empty other side),
 * each run reported as one block with its offsets and text.
 */
import type { Alignment, Side } from '../types.js'
import { hasContent, languageName, locate, plural } from './content.js'
import type { Finding, Severity } from './types.js'

/** Longest sentence, in words, that may count as a heading. */
const HEADING_MAX_WORDS = 10
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…;:][\s"'»”’)\]]*$/u

/**
 * Whether a sentence reads like a heading or a caption rather than running
 * text: at most {@link HEADING_MAX_WORDS} words, no sentence-final
 * punctuation, and not an item of a list.
 *
 * @param side The side.
 * @param index Sentence index.
 */
export function isHeadingLike(side: Side, index: number): boolean {
  const sentence = side.sentences[index]
  if (side.paragraphs[sentence.paragraph]?.kind === 'list') return false
  const words = sentence.text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  return words <= HEADING_MAX_WORDS && !SENTENCE_END.test(sentence.text)
}

/**
 * Confidence under which a single sentence without counterpart is a warning:
 * the aligner was not sure it has none, and it is often the part of a
 * neighbouring translation that a merge would have explained. Read off the
 * whole Anna Karenina EN-RU volume (its second half is a test row): the single-sentence gaps of
 * the faithful text scored 0.24-0.63 (one 0.88), sentences planted as
 * omissions 0.46-1.00, most above 0.8 (`npm run planted`).
 */
export const GAP_SURE = 0.65

/**
 * Severity of a block without counterpart: `warning` when it is a single
 * short heading-like sentence (a caption, a dateline, a heading the
 * translator may have dropped on purpose) or a single sentence the aligner
 * left alone with a confidence under {@link GAP_SURE}, `error` otherwise.
 *
 * @param side The side.
 * @param sentences The block's sentence indices.
 * @param confidence The lowest score of the block's pairs (1 when unknown).
 */
export function gapSeverity(side: Side, sentences: readonly number[], confidence = 1): Severity {
  if (sentences.length !== 1) return 'error'
  return isHeadingLike(side, sentences[0]) || confidence < GAP_SURE ? 'warning' : 'error'
}

/**
 * Runs of consecutive sentences of one side whose pair has nothing on the
 * other side. Sentences without content (blank, punctuation) do not start or
 * end a run, and a run of nothing but them is dropped.
 *
 * @param alignment The alignment.
 * @param which The side to look at.
 * @returns Each run's sentence indices and the pairs it spans.
 */
export function gaps(alignment: Alignment, which: 'source' | 'target'): Array<{ sentences: number[]; pairs: number[] }> {
  const side = alignment[which]
  const other = which === 'source' ? 'target' : 'source'
  const alone: boolean[] = side.sentences.map(() => false)
  const pairOf: number[] = side.sentences.map(() => -1)
  alignment.pairs.forEach((pair, k) => {
    for (const i of pair[which]) {
      pairOf[i] = k
      if (pair[other].length === 0) alone[i] = true
    }
  })
  const runs: Array<{ sentences: number[]; pairs: number[] }> = []
  let run: number[] = []
  const flush = () => {
    const content = run.map((i) => hasContent(side.sentences[i].text))
    const first = content.indexOf(true)
    if (first >= 0) {
      const sentences = run.slice(first, content.lastIndexOf(true) + 1)
      runs.push({ sentences, pairs: [...new Set(sentences.map((i) => pairOf[i]))] })
    }
    run = []
  }
  for (let i = 0; i < side.sentences.length; i++) {
    if (alone[i]) run.push(i)
    else flush()
  }
  flush()
  return runs
}

/** Findings for the runs of one side. */
function gapFindings(alignment: Alignment, which: 'source' | 'target'): Finding[] {
  const side = alignment[which]
  const otherLang = languageName(which === 'source' ? alignment.target.lang : alignment.source.lang)
  return gaps(alignment, which).map(({ sentences, pairs }) => {
    const n = sentences.length
    const range = n === 1 ? `sentence ${sentences[0]}` : `sentences ${sentences[0]}–${sentences[n - 1]}`
    const what = n === 1 ? `1 ${which} sentence` : `${plural(n, `consecutive ${which} sentence`)}`
    const message =
      which === 'source'
        ? `${what} (${range}) ${n === 1 ? 'has' : 'have'} no translation in the ${otherLang} text`
        : `${what} (${range}) ${n === 1 ? 'has' : 'have'} no counterpart in the ${otherLang} source`
    const confidence = Math.min(...pairs.map((k) => alignment.pairs[k].score))
    const severity = gapSeverity(side, sentences, confidence)
    const unsure = severity === 'warning' && !isHeadingLike(side, sentences[0])
    return {
      kind: which === 'source' ? 'untranslated' : 'extra',
      severity,
      message: unsure ? `${message} (the aligner is not sure: it may belong to a neighbouring pair)` : message,
      [which]: locate(side, sentences),
      pairs,
    } satisfies Finding
  })
}

/**
 * `untranslated` findings: each run of consecutive source sentences with no
 * target counterpart is one block, from the start of its first sentence to
 * the end of its last. Severity `error`, or `warning` for a single short
 * heading-like sentence or a single sentence the aligner was unsure of (see
 * {@link gapSeverity}).
 *
 * @param alignment The alignment.
 */
export function findUntranslated(alignment: Alignment): Finding[] {
  return gapFindings(alignment, 'source')
}

/**
 * `extra` findings: runs of consecutive target sentences with no source
 * counterpart (additions), reported and graded like {@link findUntranslated}.
 *
 * @param alignment The alignment.
 */
export function findExtra(alignment: Alignment): Finding[] {
  return gapFindings(alignment, 'target')
}
