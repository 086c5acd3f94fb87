import { describe, expect, it } from 'vitest'
import { alignSegments, checkCompleteness } from '../../src/index.js'
import { translationModel } from '../../src/report/translation-model.js'
import { syntheticBook } from '../helpers/synthetic-book.js'

// A made-up language pair that no lexicon knows: only the document can teach its words.
const book = syntheticBook({ sentences: 1200, seed: 11 })
const LANGS = { sourceLang: 'xx', targetLang: 'yy' }

/** Gold 1-1 groups followed by another 1-1 group, away from the ends. */
function neighbours(): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = []
  book.gold.forEach(([s, t], k) => {
    const next = book.gold[k + 1]
    if (k > 5 && next && s.length === 1 && t.length === 1 && next[0].length === 1 && next[1].length === 1) out.push([s[0], next[0][0], t[0], next[1][0]])
  })
  return out
}

describe('the translation model learnt from the alignment', () => {
  const alignment = alignSegments(book.source, book.target, LANGS)
  const model = translationModel(alignment)!

  it('explains a sentence by its translation better than by its neighbour, with no lexicon', () => {
    const couples = neighbours()
    expect(couples.length).toBeGreaterThan(300)
    let better = 0
    for (const [s1, , t1, t2] of couples) if (model.sourceGiven(s1, [t1]) > model.sourceGiven(s1, [t2]) && model.targetGiven(t1, [s1]) > model.targetGiven(t2, [s1])) better++
    expect(better / couples.length).toBeGreaterThan(0.95)
  })

  it('is not built from fewer than 200 pairs', () => {
    const small = alignSegments(book.source.slice(0, 100), book.target.slice(0, 100), LANGS)
    expect(translationModel(small)).toBeUndefined()
  })

  it('lets the check find two translations swapped, in a pair with no lexicon, and nothing on the faithful text', () => {
    const faithful = checkCompleteness(alignment).findings.filter((f) => f.kind === 'reordered')
    expect(faithful).toEqual([])
    const couples = neighbours()
    const planted = couples.filter((_, k) => k % 40 === 20).slice(0, 8)
    const target = [...book.target]
    for (const [, , t1, t2] of planted) [target[t1], target[t2]] = [book.target[t2], book.target[t1]]
    const swapped = alignSegments(book.source, target, LANGS)
    const found = checkCompleteness(swapped).findings.filter((f) => f.kind === 'reordered')
    const at = (s1: number) => found.some((f) => f.source?.sentences.includes(s1))
    expect(planted.filter(([s1]) => at(s1)).length).toBeGreaterThanOrEqual(7)
    expect(found.length).toBeLessThanOrEqual(planted.length + 1)
  })
})
