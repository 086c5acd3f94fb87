import { describe, expect, it } from 'vitest'
import { findMergedGaps, findReordered } from '../../src/report/inside-groups.js'
import { wordMatcher } from '../../src/report/word-match.js'
import { sideFromSentences } from '../../src/text/side.js'
import type { Alignment, Pair } from '../../src/types.js'

/** An English-Russian alignment of the given sentences with the given groups. */
function alignment(english: string[], russian: string[], pairs: Array<[number[], number[]]>): Alignment {
  return {
    source: sideFromSentences([english], 'en'),
    target: sideFromSentences([russian], 'ru'),
    pairs: pairs.map(([source, target]): Pair => ({ source, target, score: 0.9 })),
    noise: [],
  }
}

describe('findMergedGaps', () => {
  const english = ['The old man went to the market in the morning.', 'The weather in the capital was cold and rainy all week.']
  const russian = ['Старик пошёл на рынок утром.']

  it('finds a source sentence merged into a group whose translation does not say it', () => {
    const merged = alignment(english, russian, [[[0, 1], [0]]])
    const findings = findMergedGaps(merged, wordMatcher(merged))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ kind: 'untranslated', severity: 'warning', pair: 0 })
    expect(findings[0].source?.sentences).toEqual([1])
  })

  it('finds nothing in a group that translates all its sentences', () => {
    const both = alignment(english, ['Старик пошёл на рынок утром.', 'Погода в столице была холодной и дождливой всю неделю.'], [
      [[0, 1], [0, 1]],
    ])
    expect(findMergedGaps(both, wordMatcher(both))).toEqual([])
  })
})

describe('findReordered', () => {
  const english = ['The old man went to the market in the morning.', 'The weather in the capital was cold and rainy all week.']
  const swapped = ['Погода в столице была холодной и дождливой всю неделю.', 'Старик пошёл на рынок утром.']

  it('finds two translations in the other order, in one group or across two', () => {
    for (const pairs of [[[[0, 1], [0, 1]]], [[[0], [0]], [[1], [1]]]] as Array<Array<[number[], number[]]>>) {
      const reordered = alignment(english, swapped, pairs)
      const findings = findReordered(reordered, wordMatcher(reordered))
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({ kind: 'reordered', severity: 'warning' })
      expect(findings[0].target?.sentences).toEqual([0, 1])
    }
  })

  it('finds nothing when the order is the same', () => {
    const straight = alignment(english, [...swapped].reverse(), [[[0], [0]], [[1], [1]]])
    expect(findReordered(straight, wordMatcher(straight))).toEqual([])
  })
})
