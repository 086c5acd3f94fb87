import type { Alignment } from '../types.js'
import { escapeXml, formatScore, pairTexts } from './xml.js'

/** The version written as `creationtoolversion` in TMX headers unless {@link TmxOptions.toolVersion} says otherwise. */
export const TOOL_VERSION = '0.1.0'

/** Options of {@link toTmx}. */
export interface TmxOptions {
  /** Keep pairs whose source or target is empty, written with an empty `<seg/>` (default false: translation memories want both sides). */
  includeOneSided?: boolean
  /** Leave out pairs whose score is below this confidence, in [0, 1] (default 0: keep all). */
  minScore?: number
  /** Write each pair's score as `<prop type="x-score">` (default true). */
  scores?: boolean
  /** `creationtoolversion` of the header (default {@link TOOL_VERSION}). */
  toolVersion?: string
}

/**
 * The alignment as a TMX 1.4b translation memory, the exchange format CAT
 * tools (OmegaT, Trados, memoQ, translate-toolkit) import: one `<tu>` per
 * pair with a `<tuv xml:lang>` for the source language, then one for the
 * target; the sentences of a side joined with one space. Text is escaped and
 * characters XML 1.0 cannot hold are removed. The document is valid against
 * `tmx14.dtd` (no DOCTYPE is written, so no reader goes looking for the DTD).
 *
 * Every `<tu>` has `tuid` = the pair's 1-based index in `alignment.pairs`, a
 * `<prop type="x-score">` with its confidence (unless `scores` is false) and
 * `<prop type="x-stale">true</prop>` when the pair is stale.
 *
 * @param alignment An alignment.
 * @param options Which pairs to keep and what the header says.
 * @returns The TMX document, ending with a line break.
 *
 * @example
 * toTmx(alignSegments(['Hi.'], ['Привет.'], { sourceLang: 'en', targetLang: 'ru' }))
 * // => '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">…<seg>Hi.</seg>…<seg>Привет.</seg>…'
 */
export function toTmx(alignment: Alignment, options: TmxOptions = {}): string {
  const source = escapeXml(alignment.source.lang)
  const target = escapeXml(alignment.target.lang)
  const minScore = options.minScore ?? 0
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="bitext-align" creationtoolversion="${escapeXml(options.toolVersion ?? TOOL_VERSION)}"` +
      ` segtype="sentence" o-tmf="bitext-align" adminlang="en" srclang="${source}" datatype="plaintext"/>`,
    '  <body>',
  ]
  alignment.pairs.forEach((pair, index) => {
    if (pair.score < minScore) return
    const [sourceText, targetText] = pairTexts(alignment, pair)
    if ((sourceText === '' || targetText === '') && !options.includeOneSided) return
    lines.push(`    <tu tuid="${index + 1}">`)
    if (options.scores ?? true) lines.push(`      <prop type="x-score">${formatScore(pair.score)}</prop>`)
    if (pair.stale) lines.push('      <prop type="x-stale">true</prop>')
    lines.push(`      <tuv xml:lang="${source}"><seg>${escapeXml(sourceText)}</seg></tuv>`)
    lines.push(`      <tuv xml:lang="${target}"><seg>${escapeXml(targetText)}</seg></tuv>`)
    lines.push('    </tu>')
  })
  lines.push('  </body>', '</tmx>')
  return lines.join('\n') + '\n'
}
