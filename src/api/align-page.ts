import { BitextError } from '../errors.js'
import { splitPage } from '../language/page.js'
import { sideFromBlocks } from '../text/side.js'
import type { Alignment, Side, Span } from '../types.js'
import { alignSegmented } from './align.js'
import { checkText } from './checks.js'
import type { AlignOptions } from './options.js'

/**
 * Align one page that holds both language versions (a printed web page, a
 * bilingual document): find the two documents, set the page furniture aside
 * as `noise`, and align the documents.
 *
 * The source side is the document in `options.sourceLang` (English by
 * default) and the target the other one, whichever comes first on the page.
 * All offsets point into `page`.
 *
 * @param page The whole page.
 * @param options Languages and limits; `sourceLang` picks the source document.
 * @throws {BitextError} `EMPTY_INPUT` for a blank page, `LANGUAGE_NOT_FOUND`
 *   when the page holds fewer than two languages (or no text in any language).
 */
export function alignPage(page: string, options: AlignOptions = {}): Alignment {
  const { source, target, noise } = splitPageSides(page, options)
  return { ...alignSegmented(source, target, options), noise }
}

/**
 * Check a page, find its two documents and segment them.
 *
 * @param page The whole page.
 * @param options The caller's options.
 */
export function splitPageSides(page: string, options: AlignOptions): { source: Side; target: Side; noise: Span[] } {
  checkText(page, 'page', options.maxLength)
  const split = splitPage(page)
  if (split.documents.length === 0 && split.noise.length === 0) {
    throw new BitextError('EMPTY_INPUT', 'the page is empty or blank: give a page that holds a text and its translation')
  }
  if (split.documents.length === 0) {
    throw new BitextError(
      'LANGUAGE_NOT_FOUND',
      'the page holds no text in any language (only numbers, symbols or page furniture); page mode needs both versions on one page',
    )
  }
  if (split.documents.length < 2) {
    throw new BitextError(
      'LANGUAGE_NOT_FOUND',
      `the page holds only one language (${split.documents[0].lang}); page mode needs both versions on one page, or call align() with two texts`,
    )
  }
  const wanted = options.sourceLang ?? 'en'
  const [first, second] = split.documents
  const [source, target] = second.lang === wanted && first.lang !== wanted ? [second, first] : [first, second]
  return {
    source: sideFromBlocks(page, source.blocks, source.lang),
    target: sideFromBlocks(page, target.blocks, target.lang),
    noise: split.noise,
  }
}
