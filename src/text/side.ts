import type { Block, Paragraph, Range, Sentence, Side } from '../types.js'
import { collapseBlank } from './blank.js'
import { splitParagraphs } from './paragraphs.js'
import { splitSentences } from './sentences.js'

/**
 * Build a segmented side from paragraph blocks: each block becomes a
 * paragraph, each part of a block is split into sentences.
 *
 * @param text The original input the blocks point into.
 * @param blocks Paragraph blocks in order.
 * @param lang Language code of the side.
 */
export function sideFromBlocks(text: string, blocks: readonly Block[], lang: string): Side {
  // The side is made before the loop and filled by a function called once a
  // block: the engine optimises that function as any other, not the loop.
  const side: Side = { lang, text, paragraphs: [], sentences: [] }
  for (const block of blocks) addBlock(side, block)
  return side
}

/**
 * Split a paragraph block of a side's text into sentences and add them, and
 * the block as a paragraph when it has any.
 */
function addBlock(side: Side, block: Block): void {
  const { text, lang, paragraphs, sentences } = side
  const from = sentences.length
  for (const part of block.parts) {
    for (const { start, end } of splitSentences(text, lang, part)) {
      sentences.push({ text: collapseBlank(text.slice(start, end)), start, end, paragraph: paragraphs.length })
    }
  }
  if (sentences.length === from) return
  paragraphs.push({ start: block.start, end: block.end, kind: block.kind, sentences: [from, sentences.length] })
}

/**
 * Segment a range of a text into paragraphs and sentences.
 *
 * @param text The original input.
 * @param lang Language code of the text.
 * @param range Part of the text to segment (all of it by default).
 */
export function segmentSide(text: string, lang: string, range?: Range): Side {
  return sideFromBlocks(text, splitParagraphs(text, range), lang)
}

/**
 * Build a side from sentences the caller has already segmented. The side's
 * text is the sentences joined by a line break, paragraphs by a blank line,
 * so that offsets still slice back; sentence `i` is the caller's sentence `i`.
 *
 * @param paragraphs The caller's sentences, grouped in paragraphs.
 * @param lang Language code of the side.
 */
export function sideFromSentences(paragraphs: ReadonlyArray<readonly string[]>, lang: string): Side {
  const out: Paragraph[] = []
  const sentences: Sentence[] = []
  let text = ''
  for (const group of paragraphs) {
    if (group.length === 0) continue
    if (text.length > 0) text += '\n\n'
    const start = text.length
    const from = sentences.length
    group.forEach((sentence, k) => {
      if (k > 0) text += '\n'
      // A line break inside a caller's sentence would change what "one line" means.
      const clean = sentence.replace(/[\r\n\u2028\u2029]+/g, ' ')
      sentences.push({ text: collapseBlank(clean), start: text.length, end: text.length + clean.length, paragraph: out.length })
      text += clean
    })
    out.push({ start, end: text.length, kind: 'text', sentences: [from, sentences.length] })
  }
  return { lang, text, paragraphs: out, sentences }
}
