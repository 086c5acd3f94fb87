/**
 * bitext-align: split an English text and its Russian version into
 * paragraphs and sentences, align them, and return bilingual pairs with
 * offsets and confidence.
 *
 * @packageDocumentation
 */
export { align } from './api/align.js'
export { alignPage } from './api/align-page.js'
export { alignSegments, type Presegmented } from './api/align-segments.js'
export { alignAsync, alignPageAsync, alignSegmentsAsync } from './api/align-async.js'
export { segment } from './api/segment.js'
export { anchorsOf, ANCHORS_FORMAT, type Anchor, type AnchorsFile, type ParagraphAnchor, type SentenceAnchor } from './api/anchors.js'
export { DEFAULT_MAX_LENGTH, type AlignOptions, type AsyncAlignOptions, type SegmentOptions } from './api/options.js'
export { createLexicon, type Lexicon, type WordPair } from './lexicon/lexicon.js'
export { builtinLexicon, builtinPairs } from './lexicon/builtin.js'
export { parseHunalignDictionary } from './lexicon/hunalign.js'
export { parseDictd } from './lexicon/dictd.js'
export { detectLanguage } from './language/detect.js'
export { toJson, type AlignmentJson, type SideJson } from './outputs/json.js'
export { toJsonl, type JsonlRecord, type JsonlSide } from './outputs/jsonl.js'
export { toTsv, type TsvOptions } from './outputs/tsv.js'
export { toTmx, type TmxOptions } from './outputs/tmx.js'
export { toXliff, type XliffOptions, type XliffState } from './outputs/xliff.js'
export { toHtml, type HtmlOptions } from './outputs/html.js'
export { toReviewHtml, type ReviewOptions } from './review/page.js'
export { formatSideBySide, type SideBySideOptions } from './outputs/side-by-side.js'
export {
  checkCompleteness,
  formatReport,
  type CheckOptions,
  type CompletenessReport,
  type Coverage,
  type CoverageBasis,
  type DocumentCoverage,
  type Finding,
  type FindingKind,
  type FindingLocation,
  type FormatReportOptions,
  type ParagraphCoverage,
  type Severity,
  type SeverityCounts,
  type SideCoverage,
  type Tally,
} from './report/index.js'
export { updateAlignment, DEFAULT_DIFF_TIMEOUT, type UpdateOptions, type UpdateResult } from './revise/update.js'
export { BitextError, type BitextErrorCode } from './errors.js'
export type { Alignment, Block, Pair, Paragraph, ParagraphKind, Range, Sentence, Side, Span } from './types.js'
