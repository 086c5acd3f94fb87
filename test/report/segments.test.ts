import { describe, expect, it } from 'vitest'
import { alignSegments, BitextError } from '../../src/index.js'
import { checkCompleteness, formatReport } from '../../src/report/index.js'

const EN = [
  'The meeting opened at noon on 3 May.',
  'The delegates approved the budget for 2016.',
  'Samsung Galaxy S21 Ultra',
  'The session closed in the evening.',
]
const RU = ['Заседание открылось в полдень 3 мая.', 'Делегаты утвердили бюджет на 2016 год.', 'Samsung Galaxy S21 Ultra', 'Заседание закрылось вечером.']

describe('checks on presegmented pairs', () => {
  it('finds nothing in a complete translation', () => {
    const report = checkCompleteness(alignSegments(EN.filter((_, i) => i !== 2), RU.filter((_, i) => i !== 2)))
    expect(report.findings).toEqual([])
    expect(report.coverage.document).toEqual({ sourceSentences: 1, sourceCharacters: 1, targetSentences: 1, targetCharacters: 1 })
    expect(formatReport(report)).toContain('Findings: 0 errors, 0 warnings, 0 info')
  })

  it('reports a target identical to its source, as a warning for a product name', () => {
    const alignment = alignSegments(EN, RU)
    const identical = checkCompleteness(alignment).findings.filter((f) => f.kind === 'identical')
    expect(identical).toHaveLength(1)
    expect(identical[0].pair).toBe(2)
    expect(identical[0].severity).toBe('warning')
    expect(identical[0].source?.sentences).toEqual([2])
    expect(identical[0].target?.sentences).toEqual([2])
  })

  it('counts identity after whitespace normalisation, and only with letters', () => {
    const spaced = checkCompleteness(alignSegments(EN, [RU[0], RU[1], '  Samsung   Galaxy S21\tUltra ', RU[3]]))
    expect(spaced.findings.filter((f) => f.kind === 'identical').map((f) => f.pair)).toEqual([2])
    const digits = checkCompleteness(alignSegments(['Chapter one.', '2015'], ['Глава первая.', '2015']))
    expect(digits.findings.filter((f) => f.kind === 'identical')).toEqual([])
  })

  it('reports a blank target and a punctuation-only target as empty-target', () => {
    for (const empty of ['', '—', '...']) {
      const alignment = alignSegments(EN, [RU[0], RU[1], RU[2], empty])
      expect(alignment.pairs[3]).toMatchObject({ source: [3], target: [3] })
      const report = checkCompleteness(alignment)
      const found = report.findings.filter((f) => f.kind === 'empty-target')
      expect(found).toHaveLength(1)
      expect(found[0]).toMatchObject({ severity: 'error', pair: 3 })
      expect(found[0].message).toBe(empty === '' ? 'target is blank' : 'target holds only punctuation')
      // The source sentence has no real counterpart, so it is not covered.
      expect(report.coverage.source.sentences).toMatchObject({ covered: 3, total: 4 })
      expect(report.findings.some((f) => f.kind === 'untranslated')).toBe(false)
    }
  })

  it('reports added target sentences as one extra block', () => {
    const ru = [RU[0], RU[1], 'Примечание переводчика: в оригинале здесь была таблица с 14 строками, которую мы опустили.', 'Примечание переводчика: таблица приведена в приложении.', RU[3]]
    const alignment = alignSegments([EN[0], EN[1], EN[3]], ru)
    const report = checkCompleteness(alignment)
    const extra = report.findings.filter((f) => f.kind === 'extra')
    expect(extra).toHaveLength(1)
    expect(extra[0].severity).toBe('error')
    expect(extra[0].target?.sentences).toEqual([2, 3])
    expect(extra[0].target?.start).toBe(alignment.target.sentences[2].start)
    expect(extra[0].target?.end).toBe(alignment.target.sentences[3].end)
    expect(report.coverage.target.sentences).toMatchObject({ covered: 3, total: 5 })
    expect(report.coverage.document.sourceSentences).toBe(1)
  })

  it('grades a single dropped heading as a warning and a dropped sentence as an error', () => {
    const en = [['Annual report'], ['The company grew by 12 percent in 2015.', 'Its profit reached 4 million dollars.', 'The board thanked the staff for their work.']]
    const ru = [['Компания выросла на 12 процентов в 2015 году.', 'Ее прибыль достигла 4 миллионов долларов.']]
    const report = checkCompleteness(alignSegments(en, ru))
    const untranslated = report.findings.filter((f) => f.kind === 'untranslated')
    expect(untranslated.map((f) => [f.source?.sentences, f.severity])).toEqual([
      [[0], 'warning'],
      [[3], 'error'],
    ])
  })

  it('gives coverage per source paragraph', () => {
    const omitted = 'The farmers sold 300 tonnes of wheat and 120 tonnes of barley to the cooperative in the autumn, after long negotiations over the price.'
    const en = [['First paragraph, first sentence about the weather.', 'First paragraph, second sentence about the rain.'], ['Second paragraph about the harvest of 2015.', omitted]]
    const ru = [['Первый абзац, первое предложение о погоде.', 'Первый абзац, второе предложение о дожде.'], ['Второй абзац об урожае 2015 года.']]
    const alignment = alignSegments(en, ru)
    expect(alignment.pairs.at(-1)).toMatchObject({ source: [3], target: [] })
    const report = checkCompleteness(alignment)
    const [first, second] = report.coverage.source.paragraphs
    expect(first.sentences).toEqual({ covered: 2, total: 2, share: 1 })
    expect(first.characters.share).toBe(1)
    expect(second.paragraph).toBe(1)
    expect(second.start).toBe(alignment.source.paragraphs[1].start)
    expect(second.sentences).toEqual({ covered: 1, total: 2, share: 0.5 })
    expect(second.characters.total - second.characters.covered).toBe(omitted.replace(/\s/g, '').length)
    expect(report.coverage.document.sourceSentences).toBe(0.75)
    expect(formatReport(report)).toContain('Source paragraphs not fully covered: ¶1 50.0% (1/2)')
  })

  it('reports Russian text left in the English source', () => {
    const en = [EN[0], 'Делегаты утвердили бюджет на следующий год без возражений.', EN[3]]
    const report = checkCompleteness(alignSegments(en, [RU[0], RU[1], RU[3]], { sourceLang: 'en', targetLang: 'ru' }))
    const wrong = report.findings.filter((f) => f.kind === 'wrong-language')
    expect(wrong).toHaveLength(1)
    expect(wrong[0].source?.sentences).toEqual([1])
    expect(wrong[0].message).toContain('Russian')
  })

  it('does not call a Russian sentence with English names and acronyms wrong-language', () => {
    const ru = ['Компания Apple представила iPhone 13 Pro Max и MacBook Pro на WWDC в Cupertino.']
    const en = ['Apple presented the iPhone 13 Pro Max and the MacBook Pro at WWDC in Cupertino.']
    expect(checkCompleteness(alignSegments(en, ru, { sourceLang: 'en', targetLang: 'ru' })).findings).toEqual([])
  })

  it('refuses a threshold outside [0, 1] and an unknown basis', () => {
    const alignment = alignSegments(EN, RU)
    expect(() => checkCompleteness(alignment, { minCoverage: 1.5 })).toThrow(BitextError)
    expect(() => checkCompleteness(alignment, { minCoverage: Number.NaN })).toThrow(/minCoverage/)
    expect(() => checkCompleteness(alignment, { coverageBy: 'words' as 'sentences' })).toThrow(/coverageBy/)
  })
})
