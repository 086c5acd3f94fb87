import { alignAnchoredWork } from '../align/anchored.js'
import { runSync, type Work } from '../align/progress.js'
import { alignSidesWork, type AlignerSettings } from '../align/sides.js'
import { BitextError } from '../errors.js'
import { detectLanguage } from '../language/detect.js'
import { segmentSide } from '../text/side.js'
import type { Alignment, Pair, Side } from '../types.js'
import { resolveAnchors } from './anchors.js'
import { checkText } from './checks.js'
import type { AlignOptions } from './options.js'

/**
 * Align a text and its translation: segment both into paragraphs and
 * sentences, then pair the sentences.
 *
 * @param source The source text (English, for the usual direction).
 * @param target Its translation (Russian, for the usual direction).
 * @param options Languages (detected when left out), lexicons and limits.
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
  const [sourceSide, targetSide] = segmentTexts(source, target, options)
  return alignSegmented(sourceSide, targetSide, options)
}

/**
 * Check and segment the two texts of {@link align}.
 *
 * @param source The source text.
 * @param target The target text.
 * @param options The caller's options.
 */
export function segmentTexts(source: string, target: string, options: AlignOptions): [Side, Side] {
  checkText(source, 'source', options.maxLength)
  checkText(target, 'target', options.maxLength)
  const sourceLang = options.sourceLang ?? detectLanguage(source)
  const targetLang = options.targetLang ?? detectLanguage(target)
  return [segmentSide(source, sourceLang), segmentSide(target, targetLang)]
}

/**
 * Align two sides that are already segmented, after the input checks every
 * entry point shares.
 *
 * @param source Source side.
 * @param target Target side.
 * @param options The caller's options (languages given explicitly skip the same-language check).
 * @param vectors Sentence embeddings of both sides, when the caller has a model.
 */
export function alignSegmented(source: Side, target: Side, options: AlignOptions = {}, vectors?: AlignerSettings['vectors']): Alignment {
  checkSides(source, target, options)
  return { source, target, pairs: runSync(alignWork(source, target, options, vectors)), noise: [] }
}

/**
 * The work of aligning two checked sides: around the caller's anchors when
 * there are some, as a whole otherwise.
 *
 * @param source Source side.
 * @param target Target side.
 * @param options The caller's options.
 * @param vectors Sentence embeddings of both sides, when the caller has a model.
 */
export function alignWork(source: Side, target: Side, options: AlignOptions, vectors?: AlignerSettings['vectors']): Work<Pair[]> {
  const settings = { ...settingsOf(options), vectors }
  if (options.anchors === undefined) return pairsOf(alignSidesWork(source, target, settings))
  const ranges = (side: Side) => side.paragraphs.map((paragraph) => paragraph.sentences)
  const anchors = resolveAnchors(options.anchors, source.sentences.length, ranges(source), target.sentences.length, ranges(target))
  return alignAnchoredWork(source, target, anchors, settings)
}

/** The pairs of the aligner's result. */
function* pairsOf(work: ReturnType<typeof alignSidesWork>): Work<Pair[]> {
  return (yield* work).pairs
}

/**
 * Refuse two sides that cannot be aligned: both empty, or (unless the caller
 * set both languages) both in one language.
 *
 * @param source Source side.
 * @param target Target side.
 * @param options The caller's options.
 */
export function checkSides(source: Side, target: Side, options: AlignOptions): void {
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
}

/**
 * The aligner settings an options object asks for.
 *
 * @param options The caller's options.
 */
export function settingsOf(options: AlignOptions): AlignerSettings {
  return { lexicons: options.lexicons, builtin: options.builtinLexicon, learn: options.learnLexicon }
}
