import { describe, expect, it } from 'vitest'
import { align, alignSegments, segment } from '../../src/index.js'
import { errorCode } from '../helpers/errors.js'
import { expectValidAlignment } from '../helpers/invariants.js'

const EN = `The storm reached the coast on Monday. Three villages lost power.

Rescue teams from Moscow arrived two days later. They brought 400 tents.`
const RU = `Шторм достиг побережья в понедельник. Три деревни остались без света.

Спасатели из Москвы прибыли через два дня. Они привезли 400 палаток.`

const code = errorCode

describe('align', () => {
  it('pairs a text and its translation one to one', () => {
    const alignment = align(EN, RU)
    expectValidAlignment(alignment)
    expect(alignment.source.lang).toBe('en')
    expect(alignment.target.lang).toBe('ru')
    expect(alignment.pairs.map((p) => [p.source, p.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ])
    for (const pair of alignment.pairs) expect(pair.score).toBeGreaterThan(0.5)
  })

  it('finds a long sentence the translation left out', () => {
    const en = EN.replace('Three villages lost power.', 'Three villages in the mountains north of the city lost power for most of the week, and the roads to them were closed.')
    const ru = RU.replace(' Три деревни остались без света.', '')
    const alignment = align(en, ru)
    expectValidAlignment(alignment)
    expect(alignment.pairs.find((p) => p.target.length === 0)?.source).toEqual([1])
  })

  it('gives the same pairs for CRLF, BOM and NFD input, with offsets into each input', () => {
    const base = align(EN, RU).pairs.map((p) => [p.source, p.target])
    const crlf = align(EN.replace(/\n/g, '\r\n'), `\uFEFF${RU.replace(/\n/g, '\r\n')}`)
    expectValidAlignment(crlf)
    expect(crlf.pairs.map((p) => [p.source, p.target])).toEqual(base)
    const nfd = align(EN, RU.normalize('NFD'))
    expectValidAlignment(nfd)
    expect(nfd.pairs.map((p) => [p.source, p.target])).toEqual(base)
  })

  it('makes every sentence of a text with an empty translation a 1-0 pair', () => {
    const alignment = align(EN, '   \n')
    expectValidAlignment(alignment)
    expect(alignment.pairs).toHaveLength(4)
    for (const pair of alignment.pairs) expect(pair.target).toEqual([])
  })

  it('refuses two blank texts, same-language texts and oversized input with typed errors', () => {
    expect(code(() => align('', ' \n '))).toBe('EMPTY_INPUT')
    expect(code(() => align(EN, EN))).toBe('SAME_LANGUAGE')
    expect(code(() => align(EN, RU, { maxLength: 10 }))).toBe('INPUT_TOO_LARGE')
    expect(() => align(EN, RU, { maxLength: 10 })).toThrow(/maxLength/)
    expect(code(() => align(42 as unknown as string, RU))).toBe('INVALID_INPUT')
  })

  it('aligns two versions in one language when both languages are given', () => {
    const alignment = align(EN, EN, { sourceLang: 'en', targetLang: 'en' })
    expect(alignment.pairs.every((p) => p.source.length === 1 && p.source[0] === p.target[0])).toBe(true)
  })
})

describe('alignSegments', () => {
  it('keeps the caller\'s sentence numbering, flat or in paragraphs', () => {
    const flat = alignSegments(['One.', 'Two.', 'Three.'], ['Один.', 'Два.', 'Три.'])
    expectValidAlignment(flat)
    expect(flat.source.sentences.map((s) => s.text)).toEqual(['One.', 'Two.', 'Three.'])
    const grouped = alignSegments([['One.', 'Two.'], ['Three.']], [['Один.', 'Два.'], ['Три.']])
    expectValidAlignment(grouped)
    expect(grouped.source.paragraphs).toHaveLength(2)
    expect(grouped.pairs.map((p) => [p.source, p.target])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]])
  })

  it('does not split a caller\'s sentence, even one that holds two', () => {
    const alignment = alignSegments(['First. Second.'], ['Первое. Второе.'])
    expect(alignment.source.sentences).toHaveLength(1)
  })

  it('refuses input that is not sentences', () => {
    expect(code(() => alignSegments('text' as unknown as string[], []))).toBe('INVALID_INPUT')
    expect(code(() => alignSegments([1, 2] as unknown as string[], []))).toBe('INVALID_INPUT')
  })
})

describe('segment', () => {
  it('detects the language and keeps offsets', () => {
    const side = segment(RU)
    expect(side.lang).toBe('ru')
    expect(side.paragraphs).toHaveLength(2)
    for (const s of side.sentences) expect(RU.slice(s.start, s.end)).toBe(s.text)
  })

  it('gives no paragraphs for blank text', () => {
    expect(segment(' \n\t ').sentences).toEqual([])
  })
})
