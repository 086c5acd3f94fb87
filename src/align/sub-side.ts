import type { Pair, Paragraph, Sentence, Side } from '../types.js'
import type { Work } from './progress.js'
import { alignSidesWork, type AlignerSettings } from './sides.js'

/**
 * The part of a side made of some of its sentences (ascending indices, gaps
 * allowed), to align a region of a document on its own. The text stays the
 * full input, so the sentences' offsets stay valid; sentence `k` of the
 * result is sentence `indices[k]` of the side. Paragraphs are those the
 * sentences touch, clipped to them: a paragraph cut by the selection starts
 * or ends at its sentences.
 *
 * @param side A segmented side.
 * @param indices Ascending sentence indices.
 */
export function pickSentences(side: Side, indices: readonly number[]): Side {
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  let current = -1
  for (const k of indices) {
    const sentence = side.sentences[k]
    const paragraph = side.paragraphs[sentence.paragraph]
    if (sentence.paragraph !== current) {
      current = sentence.paragraph
      const start = k === paragraph.sentences[0] ? paragraph.start : sentence.start
      paragraphs.push({ start, end: sentence.end, kind: paragraph.kind, sentences: [sentences.length, sentences.length] })
    }
    const last = paragraphs[paragraphs.length - 1]
    sentences.push({ ...sentence, paragraph: paragraphs.length - 1 })
    last.sentences[1] = sentences.length
    last.end = k === paragraph.sentences[1] - 1 ? paragraph.end : sentence.end
  }
  return { lang: side.lang, text: side.text, paragraphs, sentences }
}

/**
 * Align some sentences of each side on their own (ascending indices, gaps
 * allowed; both lists not empty), with the settings' embeddings cut to them,
 * and give the pairs in the sides' own sentence numbers.
 *
 * @param source The source side.
 * @param target The target side.
 * @param sourceIndices The source sentences to align.
 * @param targetIndices The target sentences to align.
 * @param settings The aligner's settings, with embeddings of the whole sides if any.
 */
export function* alignPickedWork(
  source: Side,
  target: Side,
  sourceIndices: readonly number[],
  targetIndices: readonly number[],
  settings: AlignerSettings,
): Work<Pair[]> {
  const vectors = settings.vectors && {
    source: sourceIndices.map((i) => settings.vectors!.source[i]),
    target: targetIndices.map((j) => settings.vectors!.target[j]),
  }
  const result = yield* alignSidesWork(pickSentences(source, sourceIndices), pickSentences(target, targetIndices), { ...settings, vectors })
  return result.pairs.map((pair) => ({ ...pair, source: pair.source.map((i) => sourceIndices[i]), target: pair.target.map((j) => targetIndices[j]) }))
}
