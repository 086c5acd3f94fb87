import { describe, expect, it } from 'vitest'
import { thirdLanguage } from '../../src/language/third-language.js'
import { alignSegments, checkCompleteness } from '../../src/index.js'

describe('thirdLanguage', () => {
  it('names French and German passages that are not the expected English', () => {
    expect(thirdLanguage('Tant mieux, mon cher, tant mieux.', 'en')).toBe('fr')
    expect(thirdLanguage('Ich weiß nicht, was soll es bedeuten, dass ich so traurig bin.', 'en')).toBe('de')
  })

  it('says nothing of English, or of a passage too short to tell', () => {
    expect(thirdLanguage('The committee met on Monday and decided nothing.', 'en')).toBeUndefined()
    expect(thirdLanguage('Oui!', 'en')).toBeUndefined()
  })
})

describe('a third-language passage in the completeness report', () => {
  const english = [
    'Stepan Arkadyevitch smiled at his friend.',
    'Tant mieux, mon cher, tant mieux.',
    'Then he went out into the street.',
  ]
  const russian = [
    'Степан Аркадьич улыбнулся своему другу.',
    'Tant mieux, mon cher, tant mieux.',
    'Потом он вышел на улицу.',
  ]

  it('is reported with its language, as information, when both sides keep it', () => {
    const report = checkCompleteness(alignSegments(english, russian, { sourceLang: 'en', targetLang: 'ru' }))
    const third = report.findings.filter((finding) => finding.kind === 'third-language')
    expect(third).toHaveLength(1)
    expect(third[0]).toMatchObject({ severity: 'info', language: 'fr' })
    expect(report.counts.error).toBe(0)
    expect(report.findings.some((finding) => finding.kind === 'untranslated' || finding.kind === 'wrong-language')).toBe(false)
  })

  it('keeps English left in a Russian text an error', () => {
    const left = [...russian.slice(0, 2), 'Then he went out into the street and walked to the station.']
    const report = checkCompleteness(alignSegments(english, left, { sourceLang: 'en', targetLang: 'ru' }))
    expect(report.findings.some((finding) => finding.severity === 'error')).toBe(true)
  })
})
