import { splitSentences } from '../../../src/text/sentences.js'

/** The sentences `splitSentences` makes of `text`, as the text between their offsets. */
export function sentencesOf(text: string, lang: string): string[] {
  return splitSentences(text, lang).map((range) => text.slice(range.start, range.end))
}
