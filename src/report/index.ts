/**
 * The completeness report: what translation-QA tools check on aligned pairs
 * (coverage, omissions, additions, numbers, language, copies, empty targets).
 */
export { checkCompleteness } from './report.js'
export { formatReport, type FormatReportOptions } from './format.js'
export type {
  CheckOptions,
  CompletenessReport,
  Coverage,
  CoverageBasis,
  DocumentCoverage,
  Finding,
  FindingKind,
  FindingLocation,
  ParagraphCoverage,
  Severity,
  SeverityCounts,
  SideCoverage,
  Tally,
} from './types.js'
