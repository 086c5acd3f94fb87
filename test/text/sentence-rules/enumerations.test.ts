import { describe, expect, it } from 'vitest'
import { findEnumerations } from '../../../src/text/enumerations.js'
import { sentencesOf } from './helpers.js'

// Enumerations run into one line: each item is a sentence, and the period of
// a marker ends nothing; a list inside a sentence with lower-case items stays whole.
describe('inline enumerations', () => {
  it('splits numbered items with `1.)`, `1)` and `1.` markers', () => {
    expect(sentencesOf('Steps: 1.) Open the valve 2.) Check the pressure 3.) Close the valve', 'en')).toEqual([
      'Steps: 1.) Open the valve',
      '2.) Check the pressure',
      '3.) Close the valve',
    ])
    expect(sentencesOf('1) Preheat the oven. 2) Mix the flour and the butter.', 'en')).toEqual([
      '1) Preheat the oven.',
      '2) Mix the flour and the butter.',
    ])
    expect(sentencesOf('1. Wash the berries 2. Remove the stems 3. Add the sugar', 'en')).toEqual([
      '1. Wash the berries',
      '2. Remove the stems',
      '3. Add the sugar',
    ])
  })

  it('splits lettered items and bulleted ones, keeping the number after a bullet', () => {
    expect(sentencesOf('a. The applicant b. The employer c. The insurer', 'en')).toEqual(['a. The applicant', 'b. The employer', 'c. The insurer'])
    expect(sentencesOf('• 4. Report the damage • 5. Keep the receipts', 'en')).toEqual(['• 4. Report the damage', '• 5. Keep the receipts'])
    expect(sentencesOf('а) Заявление б) Копия паспорта в) Справка с места работы', 'ru')).toEqual([
      'а) Заявление',
      'б) Копия паспорта',
      'в) Справка с места работы',
    ])
  })

  it('keeps a list of lower-case items inside one sentence', () => {
    const text = 'The contract requires (i) a deposit of ten per cent and (ii) a signed guarantee from the bank.'
    expect(sentencesOf(text, 'en')).toEqual([text])
  })

  it('is no list when the numbers do not start at 1 or follow each other', () => {
    expect(findEnumerations('was climbed twice 10. In the same year 11. The women', 0, 48).itemStarts).toEqual([])
    expect(findEnumerations('1. The first 3. The third', 0, 25).itemStarts).toEqual([])
  })

  it('takes numbers that end sentences for no list when they do not open the paragraph or follow a colon', () => {
    const text = 'The board held meeting number 1. The board held meeting number 2. The board adjourned.'
    expect(sentencesOf(text, 'en')).toEqual(['The board held meeting number 1.', 'The board held meeting number 2.', 'The board adjourned.'])
  })

  it('takes a day number before a month for a date, not a list', () => {
    const text = 'Sie erreichten den Gipfel am 1. Mai und kehrten am 2. Mai ins Lager zurück.'
    expect(sentencesOf(text, 'de')).toEqual([text])
  })

  it('records the periods of the markers and where items start', () => {
    const { itemStarts, markerPeriods } = findEnumerations('1. Alpha 2. Beta', 0, 16)
    expect(itemStarts).toEqual([9])
    expect([...markerPeriods].sort((a, b) => a - b)).toEqual([1, 10])
  })
})
