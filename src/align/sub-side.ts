import type { Paragraph, Sentence, Side } from '../types.js'

/**
 * The part of a side made of the sentences `[from, to)`, to align a region
 * of a document on its own. The text stays the full input, so the sentences'
 * offsets stay valid; sentence `k` of the result is sentence `from + k` of
 * the side. Paragraphs are those the slice touches, clipped to it: a
 * paragraph cut by the slice starts or ends at the slice's sentences.
 *
 * @param side A segmented side.
 * @param from First sentence of the slice.
 * @param to One past the last sentence of the slice.
 */
export function subSide(side: Side, from: number, to: number): Side {
  return pickSentences(
    side,
    Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k),
  )
}

/**
 * The part of a side made of some of its sentences (ascending indices, gaps
 * allowed), as {@link subSide} makes it: sentence `k` of the result is
 * sentence `indices[k]` of the side; paragraphs are those the sentences
 * touch, clipped to them.
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
