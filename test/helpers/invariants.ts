import { expect } from 'vitest'
import { collapseBlank } from '../../src/text/blank.js'
import type { Alignment, Side } from '../../src/types.js'

/**
 * Assert what must hold of every segmented side: sentences in order, offsets
 * slicing back to their text, paragraphs covering their sentences.
 */
export function expectValidSide(side: Side): void {
  let previousEnd = -1
  side.sentences.forEach((sentence, index) => {
    expect(sentence.start, `sentence ${index} start`).toBeGreaterThanOrEqual(previousEnd)
    expect(sentence.end).toBeGreaterThan(sentence.start)
    expect(collapseBlank(side.text.slice(sentence.start, sentence.end))).toBe(sentence.text)
    const paragraph = side.paragraphs[sentence.paragraph]
    expect(paragraph, `paragraph of sentence ${index}`).toBeDefined()
    expect(index).toBeGreaterThanOrEqual(paragraph.sentences[0])
    expect(index).toBeLessThan(paragraph.sentences[1])
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start)
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end)
    previousEnd = sentence.end
  })
  let next = 0
  for (const paragraph of side.paragraphs) {
    expect(paragraph.sentences[0]).toBe(next)
    expect(paragraph.sentences[1]).toBeGreaterThan(paragraph.sentences[0])
    next = paragraph.sentences[1]
  }
  expect(next).toBe(side.sentences.length)
}

/**
 * Assert what must hold of every alignment: each sentence of both sides in
 * exactly one pair, pairs monotone with consecutive indices, no empty pair,
 * scores in [0, 1], and valid sides.
 */
export function expectValidAlignment(alignment: Alignment): void {
  expectValidSide(alignment.source)
  expectValidSide(alignment.target)
  expectValidPairs(alignment)
}

/**
 * Assert that the pairs cover each sentence of both sides exactly once, in
 * order, with no empty pair and scores in [0, 1].
 */
export function expectValidPairs(alignment: Alignment): void {
  let nextSource = 0
  let nextTarget = 0
  for (const pair of alignment.pairs) {
    expect(pair.source.length + pair.target.length).toBeGreaterThan(0)
    for (const i of pair.source) expect(i).toBe(nextSource++)
    for (const j of pair.target) expect(j).toBe(nextTarget++)
    expect(pair.score).toBeGreaterThanOrEqual(0)
    expect(pair.score).toBeLessThanOrEqual(1)
  }
  expect(nextSource).toBe(alignment.source.sentences.length)
  expect(nextTarget).toBe(alignment.target.sentences.length)
}
