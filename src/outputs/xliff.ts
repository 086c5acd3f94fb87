import type { Alignment, Pair } from '../types.js'
import { TOOL_VERSION } from './tmx.js'
import { escapeXml, formatScore, pairTexts } from './xml.js'

/** Options of {@link toXliff}. */
export interface XliffOptions {
  /** XLIFF version (default `'1.2'`, the one most CAT tools read; `'2.0'` for newer tools). */
  version?: '1.2' | '2.0'
  /** The `original` attribute of `<file>`: the name of the document the units come from (default `'alignment'`). */
  original?: string
  /** Write each pair's score as a `<note>` (default true). */
  scores?: boolean
  /** `tool-version` of the XLIFF 1.2 `<tool>` in the header (default {@link TOOL_VERSION}). */
  toolVersion?: string
}

/**
 * The state of a pair's target in XLIFF 1.2 terms.
 *
 * - `translated`: both sides have text;
 * - `needs-review-translation`: both sides have text but the pair is stale;
 * - `needs-translation`: the source has no counterpart (empty `<target>`);
 * - `x-no-source`: the target has no counterpart (empty `<source>`), an
 *   addition of the translation; values outside the 1.2 list need the `x-` prefix.
 */
export type XliffState = 'translated' | 'needs-review-translation' | 'needs-translation' | 'x-no-source'

/**
 * The alignment as an XLIFF document, the completeness view for CAT tools:
 * one unit per pair, in order, with every pair kept, so a source sentence
 * without translation shows as an empty target in state `needs-translation`,
 * and a target sentence without source as an empty source in state
 * `x-no-source`. The sentences of a side are joined with one space; text is
 * escaped and characters XML 1.0 cannot hold are removed.
 *
 * Version 1.2 (default; `urn:oasis:names:tc:xliff:document:1.2`, valid
 * against the strict schema): one `<file datatype="plaintext">` with a
 * `<trans-unit id="N">` per pair (N = 1-based pair index) holding `<source>`,
 * `<target state="…">` (see {@link XliffState}) and a `<note>` with the score.
 *
 * Version 2.0 (`urn:oasis:names:tc:xliff:document:2.0`): `<unit id="uN">`
 * with `<notes>` and one `<segment>`; `state` is `translated`, or `initial`
 * (no `<target>`) when the source has no counterpart, with `subState`
 * `bitext-align:no-source` or `bitext-align:stale` where they apply.
 *
 * @param alignment An alignment.
 * @param options Version, file name and notes.
 * @returns The XLIFF document, ending with a line break.
 *
 * @example
 * toXliff(alignSegments(['Hi.'], ['Привет.'], { sourceLang: 'en', targetLang: 'ru' }))
 * // => '…<trans-unit id="1">\n<source>Hi.</source>\n<target state="translated">Привет.</target>…'
 */
export function toXliff(alignment: Alignment, options: XliffOptions = {}): string {
  return options.version === '2.0' ? xliff20(alignment, options) : xliff12(alignment, options)
}

/**
 * The XLIFF 1.2 state of a pair's target, from its texts as written.
 *
 * @param pair The pair.
 * @param sourceText Its source text, cleaned.
 * @param targetText Its target text, cleaned.
 */
export function xliffState(pair: Pair, sourceText: string, targetText: string): XliffState {
  if (targetText === '') return 'needs-translation'
  if (sourceText === '') return 'x-no-source'
  return pair.stale ? 'needs-review-translation' : 'translated'
}

/** XLIFF 1.2, valid against xliff-core-1.2-strict.xsd. */
function xliff12(alignment: Alignment, options: XliffOptions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXml(options.original ?? 'alignment')}" source-language="${escapeXml(alignment.source.lang)}"` +
      ` target-language="${escapeXml(alignment.target.lang)}" datatype="plaintext" tool-id="bitext-align">`,
    '    <header>',
    `      <tool tool-id="bitext-align" tool-name="bitext-align" tool-version="${escapeXml(options.toolVersion ?? TOOL_VERSION)}"/>`,
    '    </header>',
    '    <body>',
  ]
  alignment.pairs.forEach((pair, index) => {
    const [sourceText, targetText] = pairTexts(alignment, pair)
    lines.push(`      <trans-unit id="${index + 1}">`)
    lines.push(`        <source>${escapeXml(sourceText)}</source>`)
    lines.push(`        <target state="${xliffState(pair, sourceText, targetText)}">${escapeXml(targetText)}</target>`)
    if (options.scores ?? true) lines.push(`        <note from="bitext-align">score ${formatScore(pair.score)}</note>`)
    lines.push('      </trans-unit>')
  })
  lines.push('    </body>', '  </file>', '</xliff>')
  return lines.join('\n') + '\n'
}

/** XLIFF 2.0 core, well-formed; not schema-checked here. */
function xliff20(alignment: Alignment, options: XliffOptions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(alignment.source.lang)}"` +
      ` trgLang="${escapeXml(alignment.target.lang)}">`,
    `  <file id="f1" original="${escapeXml(options.original ?? 'alignment')}">`,
  ]
  alignment.pairs.forEach((pair, index) => {
    const [sourceText, targetText] = pairTexts(alignment, pair)
    const subState = sourceText === '' ? 'no-source' : pair.stale && targetText !== '' ? 'stale' : undefined
    const state = targetText === '' ? 'initial' : 'translated'
    lines.push(`    <unit id="u${index + 1}">`)
    if (options.scores ?? true) {
      lines.push(`      <notes><note category="score">${formatScore(pair.score)}</note></notes>`)
    }
    lines.push(`      <segment state="${state}"${subState ? ` subState="bitext-align:${subState}"` : ''}>`)
    lines.push(`        <source>${escapeXml(sourceText)}</source>`)
    if (targetText !== '') lines.push(`        <target>${escapeXml(targetText)}</target>`)
    lines.push('      </segment>', '    </unit>')
  })
  lines.push('  </file>', '</xliff>')
  return lines.join('\n') + '\n'
}
