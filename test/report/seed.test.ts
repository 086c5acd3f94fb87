import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignPage } from '../../src/index.js'
import { checkCompleteness, formatReport } from '../../src/report/index.js'

const page = readFileSync(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url), 'utf8')
const alignment = alignPage(page)
const report = checkCompleteness(alignment)

/** Non-blank characters of a range of the page. */
const solid = (start: number, end: number) => page.slice(start, end).replace(/\s/gu, '').length

describe('completeness of the seed page', () => {
  it('reports the signatory list as exactly one untranslated block with its offsets and text', () => {
    const untranslated = report.findings.filter((f) => f.kind === 'untranslated')
    expect(untranslated).toHaveLength(1)
    const [block] = untranslated
    const start = page.indexOf('The statement is signed')
    const last = 'Phillipine Communist Party [PKP-1930]'
    const end = page.indexOf(last) + last.length
    expect(block.source?.start).toBe(start)
    expect(block.source?.end).toBe(end)
    expect(block.severity).toBe('error')
    expect(block.target).toBeUndefined()
    expect(block.source?.text.startsWith('The statement is signed by the following Parties:')).toBe(true)
    expect(block.source?.text.endsWith(last)).toBe(true)
    expect(block.source?.text).toContain('Communist Party of Greece')
    const sentences = block.source!.sentences
    expect(sentences).toEqual(Array.from({ length: sentences.length }, (_, k) => sentences[0] + k))
    expect(sentences[sentences.length - 1]).toBe(alignment.source.sentences.length - 1)
    expect(block.pairs).toEqual(alignment.pairs.flatMap((p, k) => (p.target.length === 0 ? [k] : [])))
  })

  it('finds no other problem: numbers, dates, language and copies all match', () => {
    expect(report.findings.map((f) => f.kind)).toEqual(['untranslated'])
    expect(report.findings.some((f) => f.kind === 'number-mismatch')).toBe(false)
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 })
  })

  it('measures coverage of both sides by sentences and characters', () => {
    const { source, target, document } = report.coverage
    const total = alignment.source.sentences.length
    expect(source.sentences).toEqual({ covered: total - 12, total, share: (total - 12) / total })
    expect(document.sourceSentences).toBeCloseTo(23 / 35, 10)
    expect(document.targetSentences).toBe(1)
    expect(document.targetCharacters).toBe(1)
    const all = alignment.source.sentences.reduce((n, s) => n + solid(s.start, s.end), 0)
    const missing = alignment.source.sentences.slice(23).reduce((n, s) => n + solid(s.start, s.end), 0)
    expect(source.characters.total).toBe(all)
    expect(source.characters.covered).toBe(all - missing)
    expect(document.sourceCharacters).toBeCloseTo((all - missing) / all, 10)
    expect(document.sourceCharacters).toBeGreaterThan(document.sourceSentences)
    expect(target.sentences.total).toBe(alignment.target.sentences.length)
  })

  it('gives per-paragraph coverage: the statement is translated, the signatory paragraphs are not', () => {
    const paragraphs = report.coverage.source.paragraphs
    expect(paragraphs).toHaveLength(alignment.source.paragraphs.length)
    const untranslated = paragraphs.filter((p) => p.sentences.share < 1).map((p) => p.paragraph)
    expect(untranslated).toEqual([10, 11, 12, 13, 14])
    for (const p of paragraphs.slice(10)) expect(p.characters.covered).toBe(0)
    expect(paragraphs[12].kind).toBe('list')
    expect(paragraphs[12].sentences.total).toBe(8)
    expect(paragraphs[0].start).toBe(alignment.source.paragraphs[0].start)
    expect(report.coverage.target.paragraphs.every((p) => p.sentences.share === 1)).toBe(true)
  })

  it('passes or fails against a threshold on sentences or characters', () => {
    expect(report.passed).toBe(true)
    expect(report.minCoverage).toBeNull()
    expect(checkCompleteness(alignment, { minCoverage: 0.6 }).passed).toBe(true)
    expect(checkCompleteness(alignment, { minCoverage: 0.7 }).passed).toBe(false)
    expect(checkCompleteness(alignment, { minCoverage: 23 / 35 }).passed).toBe(true)
    expect(checkCompleteness(alignment, { minCoverage: 0.85, coverageBy: 'characters' }).passed).toBe(true)
    expect(checkCompleteness(alignment, { minCoverage: 0.95, coverageBy: 'characters' }).passed).toBe(false)
    expect(checkCompleteness(alignment, { minCoverage: 0 }).passed).toBe(true)
  })

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('formats a text report with percentages, the verdict and the block with offsets and a quote', () => {
    const text = formatReport(checkCompleteness(alignment, { minCoverage: 0.9 }), { alignment })
    const start = page.indexOf('The statement is signed')
    const line = page.slice(0, start).split('\n').length
    expect(text).toContain('Completeness: en → ru')
    expect(text).toContain('65.7% of sentences translated (23 of 35)')
    expect(text).toContain('Threshold: 90.0% of source sentences: FAILED (65.7%)')
    expect(text).toContain('Findings: 1 error, 0 warnings, 0 info')
    expect(text).toMatch(/Errors \(1\):\n {2}\[untranslated\] 12 consecutive source sentences/)
    expect(text).toContain(`source ${start}–`)
    expect(text).toContain(`(line ${line}): "The statement is signed`)
    expect(text).not.toContain('Warnings')
    expect(formatReport(report)).toContain('Threshold: none')
    expect(formatReport(checkCompleteness(alignment, { minCoverage: 0.5 }))).toContain('passed (65.7%)')
  })
})
