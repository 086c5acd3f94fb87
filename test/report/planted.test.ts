import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignPage } from '../../src/index.js'
import { checkCompleteness } from '../../src/report/index.js'
import type { Alignment } from '../../src/types.js'

const page = readFileSync(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url), 'utf8')
const ruStart = page.indexOf('О запрете Коммунистической партии')

/** The seed with one change in its Russian part. */
function inRussian(from: string, to: string): string {
  const at = page.indexOf(from, ruStart)
  expect(at).toBeGreaterThan(ruStart)
  return page.slice(0, at) + to + page.slice(at + from.length)
}

/** The seed with one change in its English part. */
function inEnglish(from: string, to: string): string {
  const at = page.indexOf(from)
  expect(at).toBeGreaterThanOrEqual(0)
  expect(at).toBeLessThan(ruStart)
  return page.slice(0, at) + to + page.slice(at + from.length)
}

/** The index of the pair whose source starts with `prefix`. */
function pairStarting(alignment: Alignment, prefix: string): number {
  const k = alignment.pairs.findIndex((p) => alignment.source.sentences[p.source[0]]?.text.startsWith(prefix))
  expect(k).toBeGreaterThanOrEqual(0)
  return k
}

/** The findings of one kind for a page. */
function check(text: string, kind: string) {
  const alignment = alignPage(text)
  return { alignment, findings: checkCompleteness(alignment).findings.filter((f) => f.kind === kind) }
}

describe('planted number mismatches in the seed', () => {
  it('catches 2011 changed to 2012 in the Russian text, in the right pair', () => {
    const { alignment, findings } = check(inRussian('В 2011 году', 'В 2012 году'), 'number-mismatch')
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f.pair).toBe(pairStarting(alignment, 'For example the activities of the party'))
    expect(f.severity).toBe('error')
    expect(f.numbers).toEqual({ source: ['2011'], target: ['2012'] })
    expect(f.message).toContain('2011')
    expect(f.message).toContain('2012')
    expect(f.target?.text.startsWith('В 2012 году')).toBe(true)
    expect(f.source?.text.startsWith('For example')).toBe(true)
  })

  it('catches шестисот changed to семисот (a number written as a word)', () => {
    const { alignment, findings } = check(inRussian('шестисот', 'семисот'), 'number-mismatch')
    expect(findings).toHaveLength(1)
    expect(findings[0].pair).toBe(pairStarting(alignment, 'The ban on CPK coincides'))
    expect(findings[0].numbers).toEqual({ source: ['600'], target: ['700'] })
    expect(findings[0].message).toMatch(/600.*700/)
  })

  it('catches a changed amount on the English side', () => {
    const { alignment, findings } = check(inEnglish('more than 600 independent', 'more than 650 independent'), 'number-mismatch')
    expect(findings).toHaveLength(1)
    expect(findings[0].pair).toBe(pairStarting(alignment, 'The ban on CPK coincides'))
    expect(findings[0].numbers).toEqual({ source: ['650'], target: ['600'] })
  })

  it('catches a changed day and a changed month of a date', () => {
    const day = check(inRussian('16 декабря', '17 декабря'), 'number-mismatch').findings
    expect(day).toHaveLength(1)
    expect(day[0].numbers).toEqual({ source: ['16'], target: ['17'] })
    const month = check(inRussian('1 ноября 2015', '1 октября 2015'), 'number-mismatch')
    expect(month.findings).toHaveLength(1)
    expect(month.findings[0].pair).toBe(pairStarting(month.alignment, 'Istanbul, 1 November 2015'))
    expect(month.findings[0].numbers).toEqual({ source: ['month:11'], target: ['month:10'] })
    expect(month.findings[0].message).toContain('November')
  })

  it('catches a number dropped from the Russian text', () => {
    const { findings } = check(inRussian('Участники 17-й международной', 'Участники международной'), 'number-mismatch')
    expect(findings).toHaveLength(1)
    expect(findings[0].numbers).toEqual({ source: ['17'], target: [] })
    expect(findings[0].message).toBe('17 in the source is missing from the target')
  })
})

describe('English left in the Russian text of the seed', () => {
  const russian = 'Многие объединения трудящихся уже лишились своего легального статуса, либо им отказано в регистрации.'

  it('reports an English sentence in place of a Russian one as wrong-language', () => {
    const english = 'Many unions have already lost their legal status or were refused any registration.'
    const text = inRussian(russian, english)
    const { alignment, findings } = check(text, 'wrong-language')
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f.severity).toBe('error')
    expect(f.target?.start).toBe(text.indexOf(english))
    expect(f.target?.end).toBe(text.indexOf(english) + english.length)
    expect(f.source).toBeUndefined()
    expect(f.pair).toBe(pairStarting(alignment, 'Many of the unions have either lost'))
    expect(f.message).toContain('English')
  })

  it('reports the source sentence copied into the Russian text as identical (an error), not twice', () => {
    const copy = 'Many of the unions have either lost their legal status or were denied official registration.'
    const { alignment, findings } = check(inRussian(russian, copy), 'identical')
    expect(findings).toHaveLength(1)
    expect(findings[0].severity).toBe('error')
    expect(findings[0].pair).toBe(pairStarting(alignment, 'Many of the unions have either lost'))
    expect(checkCompleteness(alignment).findings.filter((f) => f.kind === 'wrong-language')).toHaveLength(0)
  })
})
