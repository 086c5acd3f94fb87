import { alignSides } from '../align/sides.js'
import { BitextError } from '../errors.js'
import { detectLanguage } from '../language/detect.js'
import { segmentSide } from '../text/side.js'
import type { Alignment, Side } from '../types.js'
import { checkText } from './checks.js'
import type { AlignOptions } from './options.js'

/**
 * Align a text and its translation: segment both into paragraphs and
 * sentences, then pair the sentences.
 *
 * @param source The source text (English, for the usual direction).
 * @param target Its translation (Russian, for the usual direction).
 * @param options Languages (detected when left out) and limits.
 * @returns Both sides and the pairs; every sentence is in exactly one pair.
 * @throws {BitextError} `EMPTY_INPUT` when both texts are blank,
 *   `SAME_LANGUAGE` when both are detected as one language and no languages
 *   were given, `INPUT_TOO_LARGE` past `maxLength`.
 *
 * @example
 * const { pairs } = align('It rains. We stay.', 'Идёт дождь. Мы остаёмся.')
 * // pairs[0] => { source: [0], target: [0], score: 0.99 }
 */
export function align(source: string, target: string, options: AlignOptions = {}): Alignment {
  checkText(source, 'source', options.maxLength)
  checkText(target, 'target', options.maxLength)
  const sourceLang = options.sourceLang ?? detectLanguage(source)
  const targetLang = options.targetLang ?? detectLanguage(target)
  const sourceSide = segmentSide(source, sourceLang)
  const targetSide = segmentSide(target, targetLang)
  return alignSegmented(sourceSide, targetSide, options)
}

/**
 * Align two sides that are already segmented, after the input checks every
 * entry point shares.
 *
 * @param source Source side.
 * @param target Target side.
 * @param options The caller's options (languages given explicitly skip the same-language check).
 */
export function alignSegmented(source: Side, target: Side, options: AlignOptions = {}): Alignment {
  if (source.sentences.length === 0 && target.sentences.length === 0) {
    throw new BitextError('EMPTY_INPUT', 'both texts are empty or blank: give the text and its translation')
  }
  const explicit = options.sourceLang !== undefined && options.targetLang !== undefined
  if (!explicit && source.lang !== 'und' && source.lang === target.lang && source.sentences.length > 0 && target.sentences.length > 0) {
    throw new BitextError(
      'SAME_LANGUAGE',
      `both texts look like the same language (${source.lang}); pass the translation as the second text, or set sourceLang and targetLang to align two versions in one language`,
    )
  }
  const { pairs } = alignSides(source, target)
  return { source, target, pairs, noise: [] }
}
