/**
 * The completeness report: coverage of both sides and the findings of every
 * check, with a pass or fail against a coverage threshold.
 */
import { BitextError } from '../errors.js'
import type { Alignment } from '../types.js'
import { computeCoverage } from './coverage.js'
import { findEmptyTargets } from './empty.js'
import { findIdentical } from './identical.js'
import { findWrongLanguage } from './language.js'
import { findNumberMismatches } from './numbers.js'
import type { CheckOptions, CompletenessReport, Finding, SeverityCounts } from './types.js'
import { findExtra, findUntranslated } from './untranslated.js'
import { findMergedGaps, findReordered } from './inside-groups.js'
import { wordMatcher } from './word-match.js'
import { translationModel } from './translation-model.js'

/** Order of kinds among findings about the same place. */
const KIND_ORDER: Finding['kind'][] = ['untranslated', 'extra', 'reordered', 'empty-target', 'identical', 'wrong-language', 'third-language', 'number-mismatch']

/** The first pair a finding is about, for ordering. */
function firstPair(finding: Finding): number {
  return finding.pair ?? finding.pairs?.[0] ?? Number.MAX_SAFE_INTEGER
}

/**
 * Check an alignment for completeness, as translation-QA tools (Xbench, Okapi
 * CheckMate, Verifika) check a translation: how much of the source is
 * translated (and how much of the target has a source), and findings of the
 * kinds `untranslated` (omitted source blocks), `extra` (added target
 * blocks, and single sentences merged into a group that does not translate
 * them), `reordered`, `number-mismatch`, `wrong-language`, `third-language`, `identical` and
 * `empty-target`. Findings come in document order (by pair).
 *
 * `passed` compares `coverage.document.sourceSentences` (or
 * `sourceCharacters` with `coverageBy: 'characters'`) with `minCoverage`;
 * without a threshold the report passes. Findings never change `passed`: a
 * caller that wants to fail on errors reads `counts.error`.
 *
 * @param alignment An alignment from `align`, `alignPage` or `alignSegments`.
 * @param options The coverage threshold and what it is compared with.
 * @throws {BitextError} `INVALID_OPTION` when `minCoverage` is not a number in [0, 1]
 *   or `coverageBy` is neither `'sentences'` nor `'characters'`.
 *
 * @example
 * const report = checkCompleteness(alignPage(page), { minCoverage: 0.9 })
 * report.passed // false when less than 90% of the source sentences are translated
 */
export function checkCompleteness(alignment: Alignment, options: CheckOptions = {}): CompletenessReport {
  const { minCoverage } = options
  const coverageBy = options.coverageBy ?? 'sentences'
  if (minCoverage !== undefined && !(typeof minCoverage === 'number' && minCoverage >= 0 && minCoverage <= 1)) {
    throw new BitextError('INVALID_OPTION', `minCoverage must be a number from 0 to 1, got ${String(minCoverage)}`)
  }
  if (coverageBy !== 'sentences' && coverageBy !== 'characters') {
    throw new BitextError('INVALID_OPTION', `coverageBy must be 'sentences' or 'characters', got ${String(coverageBy)}`)
  }
  const coverage = computeCoverage(alignment)
  const words = wordMatcher(alignment)
  const findings = [
    ...findUntranslated(alignment),
    ...findExtra(alignment),
    ...findEmptyTargets(alignment),
    ...findIdentical(alignment),
    ...findWrongLanguage(alignment),
    ...findNumberMismatches(alignment),
    ...findMergedGaps(alignment, words),
    ...findReordered(alignment, words, translationModel(alignment)),
  ]
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        firstPair(a.finding) - firstPair(b.finding) ||
        KIND_ORDER.indexOf(a.finding.kind) - KIND_ORDER.indexOf(b.finding.kind) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding)
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 }
  for (const finding of findings) counts[finding.severity]++
  const share = coverageBy === 'sentences' ? coverage.document.sourceSentences : coverage.document.sourceCharacters
  return {
    languages: { source: alignment.source.lang, target: alignment.target.lang },
    coverage,
    findings,
    counts,
    minCoverage: minCoverage ?? null,
    coverageBy,
    passed: minCoverage === undefined || share >= minCoverage,
  }
}
