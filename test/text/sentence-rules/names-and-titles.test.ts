import { describe, expect, it } from 'vitest'
import { sentencesOf } from './helpers.js'

// Abbreviations followed by a capitalised name or title: times, middle
// initials, numbers (`No.`, `N°.`), honorifics and titles in both languages.
describe('abbreviations before a capitalised name or title', () => {
  it('goes on after a time that opens the sentence, and ends after one that closes it', () => {
    expect(sentencesOf('At 7 a.m. Dr. Watson was already at the door. The inspector came at 9 p.m. He was late.', 'en')).toEqual([
      'At 7 a.m. Dr. Watson was already at the door.',
      'The inspector came at 9 p.m.',
      'He was late.',
    ])
  })

  it('reads a middle initial, and the pronoun I that ends a sentence', () => {
    expect(sentencesOf('The report was signed by Franklin D. Roosevelt himself.', 'en')).toEqual([
      'The report was signed by Franklin D. Roosevelt himself.',
    ])
    expect(sentencesOf('They asked Harold I. Brennan to testify. He refused.', 'en')).toEqual([
      'They asked Harold I. Brennan to testify.',
      'He refused.',
    ])
    expect(sentencesOf('Nobody went except Mary and I. The others stayed home.', 'en')).toEqual([
      'Nobody went except Mary and I.',
      'The others stayed home.',
    ])
  })

  it('goes on after No. and N°. before a number', () => {
    expect(sentencesOf('The prisoner No. 24601 escaped in the night.', 'en')).toEqual(['The prisoner No. 24601 escaped in the night.'])
    expect(sentencesOf('The treasure is at N°. 1026.253.553. That is where we dig.', 'en')).toEqual([
      'The treasure is at N°. 1026.253.553.',
      'That is where we dig.',
    ])
  })

  it('goes on after honorifics and titles in English and in Russian', () => {
    expect(sentencesOf('Mrs. Dalloway said she would buy the flowers herself. Sen. Warren objected.', 'en')).toEqual([
      'Mrs. Dalloway said she would buy the flowers herself.',
      'Sen. Warren objected.',
    ])
    expect(sentencesOf('Доклад сделал проф. Иванов, а вопросы задавал акад. Петров.', 'ru')).toEqual([
      'Доклад сделал проф. Иванов, а вопросы задавал акад. Петров.',
    ])
  })

  it('ends the sentence after an abbreviation that closes it before a capital', () => {
    expect(sentencesOf('They sell apples, pears, plums, etc. The shop opens at noon.', 'en')).toEqual([
      'They sell apples, pears, plums, etc.',
      'The shop opens at noon.',
    ])
  })
})
