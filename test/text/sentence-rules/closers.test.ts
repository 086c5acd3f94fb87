import { describe, expect, it } from 'vitest'
import { sentencesOf } from './helpers.js'

// Brackets and quotation marks that close after the full stop stay with the
// sentence they close, and a citation after a quotation belongs to it.
describe('brackets, quotations and citations after the stop', () => {
  it('keeps a closing quotation mark or bracket with its sentence', () => {
    expect(sentencesOf('He wrote: "We shall return." The letter was never sent.', 'en')).toEqual([
      'He wrote: "We shall return."',
      'The letter was never sent.',
    ])
    expect(sentencesOf('(The minutes were lost.) The meeting went on.', 'en')).toEqual(['(The minutes were lost.)', 'The meeting went on.'])
  })

  it('goes on after a bracketed sentence inside a sentence', () => {
    const text = 'The engineer (he had worked there for ten years.) was never asked.'
    expect(sentencesOf(text, 'en')).toEqual([text])
  })

  it('keeps a citation after a quotation with it', () => {
    const text = '"It was the best of times [...] it was the worst of times [...]" (Dickens 1). The novel opens so.'
    expect(sentencesOf(text, 'en')).toEqual(['"It was the best of times [...] it was the worst of times [...]" (Dickens 1).', 'The novel opens so.'])
    const other = 'He called it "a house divided." (Lincoln, p. 3). The phrase stuck.'
    expect(sentencesOf(other, 'en')).toEqual(['He called it "a house divided." (Lincoln, p. 3).', 'The phrase stuck.'])
  })

  it('ends the sentence before a parenthesis that is not a short citation', () => {
    const text = 'They left at dawn. (Nobody knew where they were going, and nobody asked them.) The village slept.'
    expect(sentencesOf(text, 'en')).toEqual([
      'They left at dawn.',
      '(Nobody knew where they were going, and nobody asked them.)',
      'The village slept.',
    ])
  })
})
