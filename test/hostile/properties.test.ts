/**
 * Property-based tests on hostile input, with a fixed seed so that every run
 * checks the same cases and a failure replays. Only a `BitextError` is an
 * allowed exception; anything else fails the property.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/api/align.js'
import { alignPage } from '../../src/api/align-page.js'
import { alignSegments } from '../../src/api/align-segments.js'
import { segment } from '../../src/api/segment.js'
import { BitextError } from '../../src/errors.js'
import { splitPage } from '../../src/language/page.js'
import { collapseBlank, isBlank } from '../../src/text/blank.js'
import { sideFromBlocks } from '../../src/text/side.js'
import type { Alignment, Span } from '../../src/types.js'
import {
  SEED,
  allowingBitextError,
  englishish,
  expectCovers,
  expectPageCovered,
  expectPairs,
  expectSide,
  hostilePage,
  hostileText,
  langOption,
  longBitext,
  outcome,
  presegmented,
  russianish,
} from './hostile.js'

/**
 * Fixed seed and run count. `HOSTILE_SEED` and `HOSTILE_RUNS` (a multiplier)
 * explore further by hand; the suite itself always runs with the defaults.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 1)
fc.configureGlobal({ seed: Number(process.env.HOSTILE_SEED ?? SEED), numRuns: 300 * RUNS })

/** A long property gets more time than vitest's default; the runs are bounded by numRuns. */
const TIMEOUT = 60_000 * RUNS

describe('segment on hostile text', () => {
  it('(a) loses no non-blank character; offsets slice back; sentences in order, not overlapping', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, englishish, russianish), langOption, (text, lang) => {
        const side = segment(text, { lang })
        if (lang !== undefined) expect(side.lang).toBe(lang)
        expectSide(side, text)
        expectCovers(text, side.sentences, 'sentence')
        for (const paragraph of side.paragraphs) {
          expect(paragraph.end).toBeGreaterThan(paragraph.start)
          expect(paragraph.end).toBeLessThanOrEqual(text.length)
        }
      }),
      { numRuns: 600 * RUNS },
    )
  }, TIMEOUT)

  it('(a) blank or empty text gives no paragraph and no sentence', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\n', '\r', '\r\n', '\t', '\u00A0', '\uFEFF', '\u200B', '\u0000', '\u2028', '\u3000') }), (text) => {
        const side = segment(text)
        expect(side.sentences).toEqual([])
        expect(side.paragraphs).toEqual([])
      }),
    )
  }, TIMEOUT)
})

describe('page mode on hostile pages', () => {
  it('(b) splitPage puts every non-blank character in exactly one document block or noise span', () => {
    fc.assert(
      fc.property(fc.oneof(hostilePage, hostileText), (page) => {
        const split = splitPage(page)
        expect(split.documents.length).toBeLessThanOrEqual(2)
        if (split.documents.length === 2) expect(split.documents[0].lang).not.toBe(split.documents[1].lang)
        const blocks = split.documents.flatMap((d) => d.blocks)
        expectCovers(page, [...blocks, ...split.noise].sort((a, b) => a.start - b.start), 'block or noise span')
        for (const span of split.noise) expect(span.text).toBe(collapseBlank(page.slice(span.start, span.end)))
        // The documents' sentences and the noise cover the page as well.
        const sentences: Span[] = split.documents.flatMap((d) => sideFromBlocks(page, d.blocks, d.lang).sentences)
        expectCovers(page, [...sentences, ...split.noise].sort((a, b) => a.start - b.start), 'sentence or noise span')
      }),
    )
  }, TIMEOUT)

  it('(b) alignPage, when it does not refuse the page, loses no non-blank character', () => {
    let aligned = 0
    fc.assert(
      fc.property(hostilePage, (page) => {
        const result = allowingBitextError(() => alignPage(page))
        if (result instanceof BitextError) {
          expect(['EMPTY_INPUT', 'LANGUAGE_NOT_FOUND']).toContain(result.code)
          // EMPTY_INPUT exactly when the page is blank; otherwise it names the missing language.
          expect(result.code === 'EMPTY_INPUT').toBe([...page].every((c) => isBlank(c)))
          return
        }
        aligned++
        expectPageCovered(page, result)
      }),
    )
    // The generator makes pages with two languages often enough for this to test something.
    expect(aligned).toBeGreaterThan(75 * RUNS)
  }, TIMEOUT)
})

describe('alignments of hostile input', () => {
  const valid = (alignment: Alignment, source?: string, target?: string): void => {
    if (source !== undefined) expectSide(alignment.source, source)
    if (target !== undefined) expectSide(alignment.target, target)
    expectPairs(alignment)
    expect(alignment.noise).toEqual([])
  }

  it('(c) align covers each sentence of both sides exactly once, in order', () => {
    let aligned = 0
    fc.assert(
      fc.property(fc.oneof(englishish, hostileText), fc.oneof(russianish, hostileText), langOption, langOption, (en, ru, sourceLang, targetLang) => {
        const result = allowingBitextError(() => align(en, ru, { sourceLang, targetLang }))
        if (result instanceof BitextError) {
          expect(['EMPTY_INPUT', 'SAME_LANGUAGE']).toContain(result.code)
          // EMPTY_INPUT only when both texts are blank; SAME_LANGUAGE only when a language was left to detection.
          if (result.code === 'EMPTY_INPUT') expect([...en, ...ru].every((c) => isBlank(c))).toBe(true)
          else expect(sourceLang === undefined || targetLang === undefined).toBe(true)
          return
        }
        aligned++
        valid(result, en, ru)
        expectCovers(en, result.source.sentences, 'source sentence')
        expectCovers(ru, result.target.sentences, 'target sentence')
      }),
    )
    expect(aligned).toBeGreaterThan(150 * RUNS)
  }, TIMEOUT)

  it('(c) align covers long documents (coarse-to-fine search, learnt lexicon) exactly once, in order', () => {
    fc.assert(
      fc.property(longBitext, ([en, ru]) => {
        const result = align(en, ru)
        valid(result, en, ru)
        expect(result.source.sentences.length).toBeGreaterThanOrEqual(1)
        expect(result.target.sentences.length).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 40 * RUNS },
    )
  }, TIMEOUT)

  it('(c) alignSegments keeps the caller\'s sentences and covers each once, in order', () => {
    fc.assert(
      fc.property(presegmented, presegmented, fc.boolean(), (source, target, explicit) => {
        const options = explicit ? { sourceLang: 'en', targetLang: 'ru' } : {}
        const result = allowingBitextError(() => alignSegments(source, target, options))
        const count = (input: string[] | string[][]): number => input.flat().length
        if (result instanceof BitextError) {
          expect(['EMPTY_INPUT', 'SAME_LANGUAGE']).toContain(result.code)
          if (result.code === 'EMPTY_INPUT') expect(count(source) + count(target)).toBe(0)
          return
        }
        // Sentence i of each side is the caller's sentence i, nothing re-split or dropped.
        expect(result.source.sentences.map((s) => s.text)).toEqual(source.flat().map((s) => collapseBlank(s.replace(/[\r\n\u2028\u2029]+/g, ' '))))
        expect(result.target.sentences.map((s) => s.text)).toEqual(target.flat().map((s) => collapseBlank(s.replace(/[\r\n\u2028\u2029]+/g, ' '))))
        for (const side of [result.source, result.target]) {
          for (const s of side.sentences) expect(collapseBlank(side.text.slice(s.start, s.end))).toBe(s.text)
        }
        expectPairs(result)
      }),
    )
  }, TIMEOUT)

  it('(c) alignPage covers each sentence of both documents exactly once, in order', () => {
    fc.assert(
      fc.property(hostilePage, langOption, (page, sourceLang) => {
        const result = allowingBitextError(() => alignPage(page, { sourceLang }))
        if (result instanceof BitextError) return
        valid({ ...result, noise: [] }, page, page)
        expect(result.source.lang).not.toBe(result.target.lang)
      }),
    )
  }, TIMEOUT)
})

describe('determinism', () => {
  it('(d) the same input gives deep-equal output twice', () => {
    fc.assert(
      fc.property(fc.oneof(englishish, hostileText), fc.oneof(russianish, hostileText), hostilePage, presegmented, presegmented, (en, ru, page, source, target) => {
        expect(outcome(() => segment(en))).toEqual(outcome(() => segment(en)))
        expect(outcome(() => align(en, ru))).toEqual(outcome(() => align(en, ru)))
        expect(outcome(() => alignPage(page))).toEqual(outcome(() => alignPage(page)))
        expect(outcome(() => alignSegments(source, target))).toEqual(outcome(() => alignSegments(source, target)))
      }),
      { numRuns: 250 * RUNS },
    )
  }, TIMEOUT)
})
