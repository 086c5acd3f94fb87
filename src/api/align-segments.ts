import { detectLanguage } from '../language/detect.js'
import { BitextError } from '../errors.js'
import { sideFromSentences } from '../text/side.js'
import type { Alignment, Side } from '../types.js'
import { alignSegmented } from './align.js'
import { checkLength } from './checks.js'
import type { AlignOptions } from './options.js'

/** Sentences the caller segmented: a flat list, or a list of paragraphs of sentences. */
export type Presegmented = readonly string[] | ReadonlyArray<readonly string[]>

/**
 * Align sentences that are already segmented, as translation tools keep them.
 * Sentence `i` of each side of the result is the caller's sentence `i`
 * (counting through the paragraphs in order); the side's `text` is the
 * sentences joined by line breaks, paragraphs by blank lines.
 *
 * @param source Source sentences, flat or grouped in paragraphs.
 * @param target Target sentences, flat or grouped in paragraphs.
 * @param options Languages (detected when left out) and limits.
 *
 * @example
 * alignSegments(['Hello.', 'Bye.'], ['Привет.', 'Пока.']).pairs.length // => 2
 */
export function alignSegments(source: Presegmented, target: Presegmented, options: AlignOptions = {}): Alignment {
  const [sourceSide, targetSide] = presegmentedSides(source, target, options)
  return alignSegmented(sourceSide, targetSide, options)
}

/**
 * Check presegmented input and build its two sides.
 *
 * @param source Source sentences, flat or grouped in paragraphs.
 * @param target Target sentences, flat or grouped in paragraphs.
 * @param options The caller's options.
 */
export function presegmentedSides(source: Presegmented, target: Presegmented, options: AlignOptions): [Side, Side] {
  const sourceParagraphs = asParagraphs(source, 'source')
  const targetParagraphs = asParagraphs(target, 'target')
  checkLength(joinedLength(sourceParagraphs), 'source', options.maxLength)
  checkLength(joinedLength(targetParagraphs), 'target', options.maxLength)
  const sourceLang = options.sourceLang ?? detectLanguage(sourceParagraphs.flat().join('\n'))
  const targetLang = options.targetLang ?? detectLanguage(targetParagraphs.flat().join('\n'))
  return [sideFromSentences(sourceParagraphs, sourceLang), sideFromSentences(targetParagraphs, targetLang)]
}

/** Check the shape of presegmented input and give it as paragraphs. */
function asParagraphs(input: Presegmented, name: string): string[][] {
  if (!Array.isArray(input)) throw new BitextError('INVALID_INPUT', `${name} must be an array of sentences or of paragraphs`)
  if (input.every((item) => typeof item === 'string')) return [input as string[]]
  if (input.every((item) => Array.isArray(item) && item.every((s: unknown) => typeof s === 'string'))) {
    return (input as string[][]).map((paragraph) => [...paragraph])
  }
  throw new BitextError('INVALID_INPUT', `${name} must be an array of strings, or an array of arrays of strings (paragraphs)`)
}

/** Length of the side's text once the sentences are joined (line breaks between sentences, blank lines between paragraphs). */
function joinedLength(paragraphs: readonly string[][]): number {
  let length = 0
  let groups = 0
  for (const group of paragraphs) {
    if (group.length === 0) continue
    if (groups++ > 0) length += 2
    for (const sentence of group) length += sentence.length
    length += group.length - 1
  }
  return length
}
