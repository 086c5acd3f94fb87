import { describe, expect, it } from 'vitest'
import { alignSegments, checkCompleteness } from '../../src/index.js'
import { compareNumbers } from '../../src/report/numbers.js'
import { compoundValue } from '../../src/report/number-items.js'
import { numberKeys } from '../../src/signals/numbers.js'

const same = { source: [], target: [] }

/** The number-mismatch findings of a one-pair alignment. */
function mismatches(source: string, target: string, sourceLang = 'en', targetLang = 'ru') {
  const alignment = alignSegments([source], [target], { sourceLang, targetLang })
  return checkCompleteness(alignment).findings.filter((finding) => finding.kind === 'number-mismatch')
}

describe('reading numbers in words', () => {
  it('reads an English compound numeral with its "and"', () => {
    expect(numberKeys('one hundred and twenty-six', 'en')).toEqual(['126'])
    expect(numberKeys('a thousand and one nights', 'en')).toEqual(['1001'])
    expect(numberKeys('two hundred and fifty yards', 'en')).toEqual(['250'])
    // `and` between two numbers that do not make one stays a boundary.
    expect(numberKeys('hundreds and hundreds', 'en')).toEqual(['100', '100'])
  })

  it('reads the Russian word order of an approximate number', () => {
    expect(numberKeys('тысяч двадцать', 'ru')).toEqual(['20000'])
    expect(numberKeys('тысячи две', 'ru')).toEqual(['2000'])
    // The nominative is an exact number: тысяча двести = 1200.
    expect(numberKeys('тысяча двести', 'ru')).toEqual(['1200'])
    expect(compareNumbers('about thirty thousand roubles', 'en', 'подарил тысяч тридцать', 'ru')).toEqual(same)
  })

  it('reads Russian compound words built of numeral stems', () => {
    expect(compoundValue('тридцатичетырехлетний')).toBe(34)
    expect(compoundValue('восьмидесятимиллионный')).toBe(80_000_000)
    expect(compoundValue('двадцатипятилетие')).toBe(25)
    // One stem alone, or no stem, is no compound number.
    expect(compoundValue('пятилетний')).toBeUndefined()
    expect(compoundValue('одновременно')).toBeUndefined()
    expect(compareNumbers('a man of thirty-four', 'en', 'тридцатичетырехлетний человек', 'ru')).toEqual(same)
  })

  it('matches idioms that state a number: a quarter of an hour, half an hour, midnight, полтора', () => {
    expect(compareNumbers('He waited a quarter of an hour.', 'en', 'Он ждал пятнадцать минут.', 'ru')).toEqual(same)
    expect(compareNumbers('He waited fifteen minutes.', 'en', 'Он ждал четверть часа.', 'ru')).toEqual(same)
    expect(compareNumbers('They talked for half an hour.', 'en', 'Они говорили тридцать минут.', 'ru')).toEqual(same)
    expect(compareNumbers('Exactly at midnight she rose.', 'en', 'Ровно в двенадцать она встала.', 'ru')).toEqual(same)
  })

  it('takes a footnote call glued to a word for no number', () => {
    expect(compareNumbers('el kalach3 con mantequilla', 'es', 'калач с маслом', 'ru')).toEqual(same)
  })
})

describe('severity of number mismatches', () => {
  it('is an error for digits that differ', () => {
    const [finding] = mismatches('The plant opened in 2011.', 'Завод открылся в 2012 году.')
    expect(finding.severity).toBe('error')
  })

  it('is a warning, with its reason, for numbers read from words', () => {
    const [finding] = mismatches('That they were sowing sixteen acres was annoying.', 'Что сеяли только на шесть десятин, было досадно.')
    expect(finding.severity).toBe('warning')
    expect(finding.message).toMatch(/words|unit/)
  })

  it('is a warning next to units that translations convert', () => {
    const [finding] = mismatches('The start was about 250 yards away.', 'Старт был за 100 сажен в стороне.')
    expect(finding.severity).toBe('warning')
    expect(finding.message).toMatch(/unit/)
  })

  it('is no finding for number words against a language whose words are not read, and a warning for its digits', () => {
    expect(mismatches('Tenía sesenta años.', 'Ему было шестьдесят лет.', 'es', 'ru')).toEqual([])
    const [finding] = mismatches('A las once de la mañana llegó.', 'В 11 часов утра он приехал.', 'es', 'ru')
    expect(finding.severity).toBe('warning')
  })
})
