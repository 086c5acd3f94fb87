import { describe, expect, it } from 'vitest'
import { sentencesOf } from './helpers.js'

// Spaced ellipses (`. . .`) and ellipses before a lower-case continuation are
// one stop, and end a sentence only before a new one.
describe('ellipses', () => {
  it('keeps a spaced ellipsis inside the sentence it interrupts', () => {
    expect(sentencesOf('The witness said that he had seen . . . a man in a grey coat near the gate.', 'en')).toEqual([
      'The witness said that he had seen . . . a man in a grey coat near the gate.',
    ])
  })

  it('keeps a spaced ellipsis at the end of a quotation with its sentence', () => {
    const text = 'The preamble speaks of “a more perfect union . . . .” It was written in 1787.'
    expect(sentencesOf(text, 'en')).toEqual(['The preamble speaks of “a more perfect union . . . .”', 'It was written in 1787.'])
  })

  it('ends a sentence at a four-dot spaced ellipsis before a capital', () => {
    const text = 'He stopped in the middle of the road and never finished the thought . . . . The carriage drove on.'
    expect(sentencesOf(text, 'en')).toEqual([
      'He stopped in the middle of the road and never finished the thought . . . .',
      'The carriage drove on.',
    ])
  })

  it('goes on after an ellipsis before a lower-case word, spaced or not', () => {
    expect(sentencesOf('Well... perhaps you are right, and I was wrong.', 'en')).toEqual(['Well... perhaps you are right, and I was wrong.'])
    expect(sentencesOf('Она хотела сказать… но промолчала и отвернулась.', 'ru')).toEqual(['Она хотела сказать… но промолчала и отвернулась.'])
  })

  it('goes on after a spaced ellipsis before the pronoun I, and ends before another capital', () => {
    expect(sentencesOf('I was going to tell you . . . I forgot what it was.', 'en')).toEqual([
      'I was going to tell you . . . I forgot what it was.',
    ])
    expect(sentencesOf('We waited for hours.... Nobody came.', 'en')).toEqual(['We waited for hours....', 'Nobody came.'])
  })

  it('ends a Russian sentence at an ellipsis before a capital', () => {
    expect(sentencesOf('Он долго молчал... Потом встал и вышел.', 'ru')).toEqual(['Он долго молчал...', 'Потом встал и вышел.'])
  })

  it('does not take a period set off by a space for an ellipsis', () => {
    expect(sentencesOf('The match ended . Fans left quickly.', 'en')).toEqual(['The match ended .', 'Fans left quickly.'])
  })
})
