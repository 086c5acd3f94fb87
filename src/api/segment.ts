import { detectLanguage } from '../language/detect.js'
import { segmentSide } from '../text/side.js'
import type { Side } from '../types.js'
import { checkText } from './checks.js'
import type { SegmentOptions } from './options.js'

/**
 * Split one text into paragraphs and sentences, each with its offsets into
 * the text.
 *
 * @param text The text, in any script; CRLF, BOM and NFD input are fine.
 * @param options The language (detected when left out) and the size limit.
 * @returns The segmented side. Empty or blank text gives no paragraphs.
 *
 * @example
 * segment('Mr. Smith arrived. He sat down.', { lang: 'en' }).sentences.map((s) => s.text)
 * // => ['Mr. Smith arrived.', 'He sat down.']
 */
export function segment(text: string, options: SegmentOptions = {}): Side {
  checkText(text, 'text', options.maxLength)
  const lang = options.lang ?? detectLanguage(text)
  return segmentSide(text, lang)
}
