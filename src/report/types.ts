/**
 * The values of the completeness report: coverage figures and findings, the
 * checks that translation-QA tools (Xbench, Okapi CheckMate, Verifika) run on
 * aligned pairs. The report is plain data: `JSON.stringify(report)` is its
 * JSON form.
 */
import type { ParagraphKind } from '../types.js'

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info'

/** What a finding is about. */
export type FindingKind =
  /** Consecutive source sentences with no counterpart in the target. */
  | 'untranslated'
  /** Consecutive target sentences with no counterpart in the source. */
  | 'extra'
  /** A pair whose two sides state different numbers or dates. */
  | 'number-mismatch'
  /** A sentence written in the other side's language (by script). */
  | 'wrong-language'
  /** Two neighbouring sentences whose translations come in the other order. */
  | 'reordered'
  /**
   * A passage in a third language (French in a Russian novel translated into
   * English), with its language: information, never an untranslated sentence.
   */
  | 'third-language'
  /** A pair whose target is the source text copied unchanged. */
  | 'identical'
  /** A pair whose target is blank or only punctuation. */
  | 'empty-target'

/** The sentences of one side that a finding points at. */
export interface FindingLocation {
  /** Indices into the side's `sentences`, ascending. */
  sentences: number[]
  /** Offset of the first sentence's start in the side's `text`. */
  start: number
  /** Offset one past the last sentence's end in the side's `text`. */
  end: number
  /** The text from `start` to `end` with runs of whitespace collapsed to one space (as `Span.text`). */
  text: string
}

/** One problem found in the alignment. */
export interface Finding {
  /** What the finding is about. */
  kind: FindingKind
  /** How serious it is. */
  severity: Severity
  /** One line saying what is wrong, in English. */
  message: string
  /** The source sentences concerned, when there are any. */
  source?: FindingLocation
  /** The target sentences concerned, when there are any. */
  target?: FindingLocation
  /** Index into `Alignment.pairs` of the pair concerned (findings about one pair). */
  pair?: number
  /** Indices into `Alignment.pairs` of the pairs a block spans (`untranslated`, `extra`). */
  pairs?: number[]
  /** For `third-language`: the passage's language (ISO 639-1). */
  language?: string
  /** For `number-mismatch`: the number keys found on one side only (see `numberKeys`). */
  numbers?: { source: string[]; target: string[] }
}

/** A count and the part of it that is covered. */
export interface Tally {
  /** Units that have a counterpart. */
  covered: number
  /** All units counted. */
  total: number
  /** `covered / total`, or 1 when `total` is 0 (nothing to cover). */
  share: number
}

/** Coverage of one paragraph. */
export interface ParagraphCoverage {
  /** Index into the side's `paragraphs`. */
  paragraph: number
  /** What the paragraph is on the page. */
  kind: ParagraphKind
  /** Offset of the paragraph's start. */
  start: number
  /** Offset one past the paragraph's end. */
  end: number
  /** Sentences of the paragraph that have a counterpart. */
  sentences: Tally
  /** Non-blank characters of the paragraph's sentences that have a counterpart. */
  characters: Tally
}

/** Coverage of one side. */
export interface SideCoverage {
  /** Language code of the side. */
  lang: string
  /** Sentences that have a counterpart. */
  sentences: Tally
  /** Non-blank characters in sentences that have a counterpart. */
  characters: Tally
  /** The same, per paragraph, in document order. */
  paragraphs: ParagraphCoverage[]
}

/** The four document-level shares, each in [0, 1]. */
export interface DocumentCoverage {
  /** Share of source sentences that have a counterpart in the target. */
  sourceSentences: number
  /** Share of the source's non-blank characters in sentences with a counterpart. */
  sourceCharacters: number
  /** Share of target sentences that have a counterpart in the source. */
  targetSentences: number
  /** Share of the target's non-blank characters in sentences with a counterpart. */
  targetCharacters: number
}

/**
 * How much of each side has a counterpart on the other. A sentence is covered
 * when its pair's other side has at least one sentence with a letter or a
 * digit. Sentences with neither (blank, `***`, `—`) are not counted at all.
 */
export interface Coverage {
  /** The document-level shares. */
  document: DocumentCoverage
  /** Source side in detail (share of the source that is translated). */
  source: SideCoverage
  /** Target side in detail (share of the target that has a source). */
  target: SideCoverage
}

/** Which document-level share `minCoverage` is compared with. */
export type CoverageBasis = 'sentences' | 'characters'

/** Options of `checkCompleteness`. */
export interface CheckOptions {
  /**
   * Least share (0..1) of the source that must be translated for
   * `report.passed` to be true. Left out, the report always passes.
   */
  minCoverage?: number
  /**
   * What `minCoverage` is compared with: `'sentences'` (the default,
   * `coverage.document.sourceSentences`: every segment counts once, as
   * translation tools count segments) or `'characters'`
   * (`coverage.document.sourceCharacters`: long sentences weigh more).
   */
  coverageBy?: CoverageBasis
}

/** Number of findings of each severity. */
export interface SeverityCounts {
  /** Findings of severity `error`. */
  error: number
  /** Findings of severity `warning`. */
  warning: number
  /** Findings of severity `info`. */
  info: number
}

/** The result of `checkCompleteness`. */
export interface CompletenessReport {
  /** Language codes of the two sides. */
  languages: { source: string; target: string }
  /** How much of each side has a counterpart. */
  coverage: Coverage
  /** Problems found, in document order (by pair). */
  findings: Finding[]
  /** Number of findings of each severity. */
  counts: SeverityCounts
  /** The threshold in force, or `null` when none was given. */
  minCoverage: number | null
  /** The share the threshold was compared with. */
  coverageBy: CoverageBasis
  /** Whether the chosen share of the source is at least `minCoverage` (always true without a threshold). */
  passed: boolean
}
