import { describe, expect, it } from 'vitest'
import { sentencesOf } from './helpers.js'

// `!` and `?` that belong to a name or a quotation end nothing.
describe('exclamation and question marks inside a sentence', () => {
  it('goes on after a name that carries an exclamation mark', () => {
    expect(sentencesOf('She won twice on Jeopardy! before she turned twenty.', 'en')).toEqual([
      'She won twice on Jeopardy! before she turned twenty.',
    ])
    expect(sentencesOf('He worked at Yahoo! in the search team.', 'en')).toEqual(['He worked at Yahoo! in the search team.'])
  })

  it('goes on after a quoted question or exclamation followed by a lower-case word', () => {
    expect(sentencesOf('"Who is there?" asked the old porter, lifting his lamp.', 'en')).toEqual([
      '"Who is there?" asked the old porter, lifting his lamp.',
    ])
    expect(sentencesOf('«Кто там?» — спросил старый швейцар.', 'ru')).toEqual(['«Кто там?» — спросил старый швейцар.'])
  })

  it('ends the sentence at an exclamation before a capital, and at chat questions before a lower-case word', () => {
    expect(sentencesOf('Stop! Nobody leaves this room.', 'en')).toEqual(['Stop!', 'Nobody leaves this room.'])
    expect(sentencesOf('How did it go? did you get the link?', 'en')).toEqual(['How did it go?', 'did you get the link?'])
  })

  it('ends the sentence at doubled marks', () => {
    expect(sentencesOf('Really?! You never told me.', 'en')).toEqual(['Really?!', 'You never told me.'])
  })
})
