/**
 * The completeness report as text for a terminal or a log: summary lines with
 * coverage percentages, then the findings grouped by severity with offsets
 * and a short quote. (The JSON form is the report object itself.)
 */
import type { Alignment, Side } from '../types.js'
import { plural, quote } from './content.js'
import type { CompletenessReport, Finding, FindingLocation, ParagraphCoverage, Severity, SideCoverage } from './types.js'

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /**
   * The alignment the report was made from: when given, locations also show
   * the line number (1-based) in the side's text.
   */
  alignment?: Alignment
  /** Longest quote of a finding's text, in characters (default 80). */
  quoteLength?: number
  /** Most paragraphs listed as not fully covered, per side (default 12). */
  maxParagraphs?: number
}

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' }

/** A share as a percentage with one decimal. */
function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

/** One summary line for a side. */
function sideLine(name: string, side: SideCoverage, verb: string): string {
  const s = side.sentences
  const c = side.characters
  return (
    `${name} (${side.lang}): ${percent(s.share)} of sentences ${verb} (${s.covered} of ${s.total}), ` +
    `${percent(c.share)} of characters (${c.covered} of ${c.total})`
  )
}

/** The paragraphs of a side that are not fully covered, on one line. */
function paragraphLine(name: string, paragraphs: readonly ParagraphCoverage[], max: number): string | undefined {
  const partial = paragraphs.filter((p) => p.sentences.covered < p.sentences.total)
  if (partial.length === 0) return undefined
  const shown = partial
    .slice(0, max)
    .map((p) => `¶${p.paragraph} ${percent(p.sentences.share)} (${p.sentences.covered}/${p.sentences.total})`)
  const more = partial.length > max ? `, and ${partial.length - max} more` : ''
  return `${name} paragraphs not fully covered: ${shown.join(', ')}${more}`
}

/** 1-based line of an offset in a text. */
function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** A location as `source 3964–4398 (line 62): "quote"`. */
function locationLine(name: string, location: FindingLocation, side: Side | undefined, max: number): string {
  const line = side ? ` (line ${lineOf(side.text, location.start)})` : ''
  return `${name} ${location.start}–${location.end}${line}: "${quote(location.text, max)}"`
}

/** The lines of one finding. */
function findingLines(finding: Finding, options: FormatReportOptions): string[] {
  const max = options.quoteLength ?? 80
  const pair = finding.pair !== undefined ? ` (pair ${finding.pair})` : ''
  const lines = [`  [${finding.kind}] ${finding.message}${pair}`]
  if (finding.source) lines.push(`    ${locationLine('source', finding.source, options.alignment?.source, max)}`)
  if (finding.target) lines.push(`    ${locationLine('target', finding.target, options.alignment?.target, max)}`)
  return lines
}

/**
 * A readable text form of a completeness report: languages, coverage of each
 * side (sentences and characters), paragraphs not fully covered, the
 * threshold verdict, the number of findings, then the findings grouped by
 * severity (errors, warnings, info), each with its kind, message, offsets
 * and a short quote. Ends with a line break.
 *
 * @param report A report from `checkCompleteness`.
 * @param options Line numbers (give the alignment), quote length, paragraph list length.
 */
export function formatReport(report: CompletenessReport, options: FormatReportOptions = {}): string {
  const maxParagraphs = options.maxParagraphs ?? 12
  const { coverage, counts } = report
  const lines = [
    `Completeness: ${report.languages.source} → ${report.languages.target}`,
    sideLine('Source', coverage.source, 'translated'),
    sideLine('Target', coverage.target, 'with a source'),
  ]
  const sourceParagraphs = paragraphLine('Source', coverage.source.paragraphs, maxParagraphs)
  const targetParagraphs = paragraphLine('Target', coverage.target.paragraphs, maxParagraphs)
  if (sourceParagraphs) lines.push(sourceParagraphs)
  if (targetParagraphs) lines.push(targetParagraphs)
  if (report.minCoverage === null) lines.push('Threshold: none')
  else {
    const share =
      report.coverageBy === 'sentences' ? coverage.document.sourceSentences : coverage.document.sourceCharacters
    lines.push(
      `Threshold: ${percent(report.minCoverage)} of source ${report.coverageBy}: ` +
        `${report.passed ? 'passed' : 'FAILED'} (${percent(share)})`,
    )
  }
  lines.push(
    `Findings: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`,
  )
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = report.findings.filter((f) => f.severity === severity)
    if (group.length === 0) continue
    lines.push('', `${HEADINGS[severity]} (${group.length}):`)
    for (const finding of group) lines.push(...findingLines(finding, options))
  }
  return lines.join('\n') + '\n'
}
