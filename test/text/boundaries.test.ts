import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  LANGS,
  bitextAlign,
  corpusDir,
  evaluate,
  hardItems,
  innerCandidates,
  loadHardCases,
  loadInnerLabels,
  loadWmt,
  sentenceSplitterRaw,
  wmtItems,
  type Miss,
  type Splitter,
} from '../../scripts/lib/boundaries.js'

const hasCorpus = existsSync(corpusDir)

describe('boundary evaluation', () => {
  it('scores a splitter against gold boundaries and ignores unlabeled ones', () => {
    const items = hardItems({ en: [['One.', 'Two.', 'Three.']], ru: [] }, 'en')
    expect([...items[0].gold]).toEqual([4, 9])
    items[0].ignore.add(9)
    items[0].gold.delete(9)
    // Splits after every character: boundaries at 1..13, one gold (4), one ignored (9).
    const everywhere: Splitter = (text) => [...text].map((_, i) => ({ start: i, end: i + 1 }))
    const s = evaluate(items, everywhere, 'en')
    expect(s.tp).toBe(1)
    expect(s.fn).toBe(0)
    expect(s.fp).toBe(items[0].text.length - 1 - 2)
    expect(s.recall).toBe(1)
    expect(s.precision).toBeCloseTo(1 / (items[0].text.length - 2))
    const none: Splitter = (text) => [{ start: 0, end: text.length }]
    expect(evaluate(items, none, 'en')).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0, f1: 0 })
  })
})

describe('hard cases', () => {
  const cases = loadHardCases()

  it('are trimmed, non-empty sentences in both languages', () => {
    for (const lang of LANGS) {
      expect(cases[lang].length).toBeGreaterThanOrEqual(40)
      for (const paragraph of cases[lang]) {
        for (const s of paragraph) {
          expect(s.length).toBeGreaterThan(0)
          expect(s).toBe(s.trim())
        }
      }
    }
  })

  it.each(LANGS)('%s: bitext-align splits every hard case right (F1 = 1)', (lang) => {
    const misses: Miss[] = []
    const score = evaluate(hardItems(cases, lang), bitextAlign, lang, misses)
    expect(misses).toEqual([])
    expect(score.f1).toBe(1)
  })
})

describe('WMT22 boundary set', () => {
  it.runIf(hasCorpus)('hand labels cover exactly the inner stops of the corpus', () => {
    const wmt = loadWmt()!
    const labels = loadInnerLabels()
    for (const lang of LANGS) {
      const labelled = labels[lang].map((l) => `${l.seg}:${l.offset}`).sort()
      const found: string[] = []
      wmt.segs[lang].forEach((seg, i) => {
        for (const offset of innerCandidates(seg)) found.push(`${i}:${offset}`)
      })
      expect(labelled).toEqual(found.sort())
      expect(labels[lang].some((l) => l.boundary)).toBe(true)
      expect(labels[lang].some((l) => !l.boundary)).toBe(true)
    }
  })

  it.runIf(hasCorpus).each(LANGS)('%s: bitext-align reaches boundary F1 >= 0.99', (lang) => {
    const wmt = loadWmt()!
    const items = wmtItems(wmt, loadInnerLabels(), lang)
    expect(items).toHaveLength(wmt.docs.length)
    const misses: Miss[] = []
    const score = evaluate(items, bitextAlign, lang, misses)
    expect(score.tp + score.fn).toBeGreaterThan(1500)
    expect(score.f1, misses.map((m) => `${m.kind} ${m.context}`).join('\n')).toBeGreaterThanOrEqual(0.99)
    // The reason for a splitter of our own: it beats sentence-splitter on the same set.
    expect(score.f1).toBeGreaterThan(evaluate(items, sentenceSplitterRaw, lang).f1)
  })
})
