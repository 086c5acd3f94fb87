import type { Alignment, Side } from '../types.js'

/** Options of {@link toTsv}. */
export interface TsvOptions {
  /** Start the file with a UTF-8 byte order mark, which some spreadsheet programs need to read UTF-8 (default false). */
  bom?: boolean
  /**
   * Keep pairs where one side has no counterpart, with an empty cell for the
   * missing side, so that gaps show up in QA tools and spreadsheets (default
   * true). When false, only pairs with text on both sides are written.
   */
  includeOneSided?: boolean
}

/** Characters that would break a TSV record or field, flattened to a space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g

/**
 * A tab-separated bilingual table of an alignment: a header line with the
 * two language codes and `score` (`en\tru\tscore`), then one line per pair
 * with the sentences of each side joined by a space and the score with four
 * decimals. Tabs and line breaks inside the text become spaces; no quoting
 * is applied, so every line splits on `\t` into exactly three fields. Lines
 * end with `\n`, the last one included.
 *
 * @param alignment An alignment.
 * @param options Byte order mark and one-sided pairs.
 */
export function toTsv(alignment: Alignment, options: TsvOptions = {}): string {
  const includeOneSided = options.includeOneSided ?? true
  const lines = [[tsvField(alignment.source.lang), tsvField(alignment.target.lang), 'score'].join('\t')]
  for (const pair of alignment.pairs) {
    if (!includeOneSided && (pair.source.length === 0 || pair.target.length === 0)) continue
    lines.push(
      [sideText(alignment.source, pair.source), sideText(alignment.target, pair.target), pair.score.toFixed(4)].join('\t'),
    )
  }
  return (options.bom ? '\uFEFF' : '') + lines.join('\n') + '\n'
}

/**
 * Text made safe for one TSV field: tabs and line breaks become a space.
 *
 * @param text Any text.
 */
export function tsvField(text: string): string {
  return text.replace(BREAKS, ' ')
}

/** The sentences of one side of a pair joined by a space, as one TSV field. */
function sideText(side: Side, indices: number[]): string {
  return tsvField(indices.map((i) => side.sentences[i].text).join(' '))
}
