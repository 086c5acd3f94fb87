import type { Side } from '../../src/types.js'

/**
 * A side made of the given sentences exactly as written (tabs and line
 * breaks kept in `text`, unlike `sideFromSentences`), one paragraph each,
 * separated by blank lines: for testing how outputs treat such text.
 *
 * @param lang Language code.
 * @param sentences The sentences.
 */
export function rawSide(lang: string, sentences: string[]): Side {
  let text = ''
  const side: Side = { lang, text: '', paragraphs: [], sentences: [] }
  sentences.forEach((sentence, index) => {
    if (index > 0) text += '\n\n'
    const start = text.length
    text += sentence
    side.sentences.push({ text: sentence, start, end: text.length, paragraph: index })
    side.paragraphs.push({ kind: 'text', start, end: text.length, sentences: [index, index + 1] })
  })
  side.text = text
  return side
}
