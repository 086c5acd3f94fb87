import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  align,
  alignAsync,
  alignPage,
  alignSegments,
  anchorsOf,
  BitextError,
  toJson,
  updateAlignment,
  type Anchor,
  type Pair,
} from '../../src/index.js'
import { expectValidAlignment } from '../helpers/invariants.js'

const SEED = readFileSync(fileURLToPath(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url)), 'utf8')
const key = (pair: { source: number[]; target: number[] }) => `${pair.source.join(',')}|${pair.target.join(',')}`

/** The message of the `BitextError` a call throws (any other outcome fails the test). */
function anchorError(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(BitextError)
    expect((error as BitextError).code).toBe('INVALID_ANCHORS')
    return (error as BitextError).message
  }
  throw new Error('no error thrown')
}

const EN = ['It rains.', 'We stay at home.', 'The cat sleeps on the sofa.', 'Tomorrow the sun will shine again.', 'Then we go out.']
const RU = ['Идёт дождь.', 'Мы остаёмся дома.', 'Кошка спит на диване.', 'Завтра снова будет светить солнце.', 'Тогда мы выйдем.']
const LANGS = { sourceLang: 'en', targetLang: 'ru' } as const

describe('anchors: pairs a person confirmed', () => {
  it('keep a confirmed pair exactly, even one the aligner would not make, and mark it confirmed', () => {
    const plain = alignSegments(EN, RU, LANGS)
    expect(plain.pairs.map(key)).toEqual(['0|0', '1|1', '2|2', '3|3', '4|4'])
    const anchored = alignSegments(EN, RU, { ...LANGS, anchors: [{ source: [1, 2], target: [1] }] })
    expectValidAlignment(anchored)
    const pair = anchored.pairs.find((p) => p.source[0] === 1)!
    expect(pair).toEqual({ source: [1, 2], target: [1], score: 1, confirmed: true })
    expect(anchored.pairs.map(key)).toEqual(['0|0', '1,2|1', '|2', '3|3', '4|4'])
  })

  it('keep the aligner score of a confirmed pair it made itself, and change nothing else', () => {
    const plain = alignSegments(EN, RU, LANGS)
    const anchored = alignSegments(EN, RU, { ...LANGS, anchors: [{ source: [3], target: [3] }] })
    expect(anchored.pairs.map(key)).toEqual(plain.pairs.map(key))
    expect(anchored.pairs[3]).toEqual({ ...plain.pairs[3], confirmed: true })
    expect(anchored.pairs.filter((p) => p.confirmed)).toHaveLength(1)
    expect(anchored.pairs.map((p) => p.score)).toEqual(plain.pairs.map((p) => p.score))
  })

  it('leave a sentence confirmed to have no counterpart alone, and align the rest around it', () => {
    const anchored = alignSegments(EN, RU, { ...LANGS, anchors: [{ source: [], target: [2] }] })
    expectValidAlignment(anchored)
    expect(anchored.pairs.find((p) => p.target[0] === 2)).toEqual({ source: [], target: [2], score: 1, confirmed: true })
    expect(anchored.pairs.some((p) => p.source.includes(2) && p.target.length === 0) || anchored.pairs.some((p) => p.source.includes(2) && !p.target.includes(2))).toBe(true)
  })

  it('keep a group confirmed alone as one pair, even where the aligner would group across it', () => {
    // Found by the property below: the aligner paired source 21 with 23 and 24 around the excluded 22.
    const result = alignPage(SEED, { anchors: [{ source: [11, 12], target: [0] }, { source: [22], target: [] }, { source: [], target: [2, 3] }] })
    expectValidAlignment(result)
    expect(result.pairs).toContainEqual({ source: [22], target: [], score: 1, confirmed: true })
    expect(result.pairs).toContainEqual({ source: [], target: [2, 3], score: 1, confirmed: true })
  })

  it('align a confirmed paragraph pair only with itself', () => {
    const source = 'One. Two.\n\nThree. Four.\n\nFive.'
    const target = 'Раз. Два. Три.\n\nЧетыре.\n\nПять.'
    // Without the anchor, Three goes with Три, across the paragraphs.
    expect(align(source, target, LANGS).pairs.map(key)).toContain('2|2')
    const anchored = align(source, target, { ...LANGS, anchors: [{ sourceParagraph: 1, targetParagraph: 1 }] })
    expectValidAlignment(anchored)
    for (const pair of anchored.pairs) {
      const inSource = pair.source.map((i) => anchored.source.sentences[i].paragraph === 1)
      const inTarget = pair.target.map((j) => anchored.target.sentences[j].paragraph === 1)
      // No pair mixes the confirmed paragraphs with anything else.
      expect(new Set([...inSource, ...inTarget]).size).toBe(1)
    }
    const group = anchored.pairs.filter((p) => p.source.some((i) => anchored.source.sentences[i].paragraph === 1))
    expect(group.flatMap((p) => p.target)).toEqual([3])
  })

  it('are the same in the asynchronous API', async () => {
    const anchors: Anchor[] = [{ source: [1, 2], target: [1] }]
    const text = { en: EN.join(' '), ru: RU.join(' ') }
    expect((await alignAsync(text.en, text.ru, { ...LANGS, anchors })).pairs).toEqual(align(text.en, text.ru, { ...LANGS, anchors }).pairs)
  })

  it('can be an anchors file, or a saved alignment whose confirmed pairs are the anchors', () => {
    const first = alignSegments(EN, RU, { ...LANGS, anchors: [{ source: [1, 2], target: [1] }] })
    const file = anchorsOf(first)
    expect(file).toEqual({ format: 'bitext-align-anchors', version: 1, sourceSentences: 5, targetSentences: 5, anchors: [{ source: [1, 2], target: [1] }] })
    const fromFile = alignSegments(EN, RU, { ...LANGS, anchors: file })
    const fromSaved = alignSegments(EN, RU, { ...LANGS, anchors: JSON.parse(JSON.stringify(toJson(first))) })
    expect(fromFile.pairs).toEqual(first.pairs)
    expect(fromSaved.pairs).toEqual(first.pairs)
  })

  it('survive an update of the texts: a confirmed pair stays confirmed', () => {
    const first = align(EN.join(' '), RU.join(' '), { ...LANGS, anchors: [{ source: [1, 2], target: [1] }] })
    const edited = [...EN.slice(0, 4), 'Then we go out to the park.'].join(' ')
    const { alignment } = updateAlignment(JSON.parse(JSON.stringify(toJson(first))), edited, RU.join(' '))
    expect(alignment.pairs.find((p) => p.source[0] === 1)).toEqual({ source: [1, 2], target: [1], score: 1, confirmed: true })
  })
})

describe('bad anchors get an error that names the anchor', () => {
  const run = (anchors: unknown) => () => alignSegments(EN, RU, { ...LANGS, anchors: anchors as Anchor[] })
  it.each([
    ['out of range', [{ source: [1], target: [9] }], 'anchors[0] {"source":[1],"target":[9]}: target sentence 9 is out of range (the target has 5 sentences)'],
    ['not consecutive', [{ source: [1, 3], target: [1] }], 'anchors[0] {"source":[1,3],"target":[1]}: the source sentences must be consecutive and ascending'],
    ['not a number', [{ source: ['1'], target: [1] }], 'anchors[0] {"source":["1"],"target":[1]}: source[0] is not a whole number'],
    ['empty', [{ source: [], target: [] }], 'anchors[0] {"source":[],"target":[]} is empty'],
    ['shape', [{ from: 1 }], 'anchors[0] {"from":1} has no source array'],
    ['not an object', [7], 'anchors[0] 7 is not an object'],
    ['crossing', [{ source: [3], target: [1] }, { source: [1], target: [3] }], 'cross: anchors must keep the order of both texts'],
    ['sharing a sentence', [{ source: [1], target: [1] }, { source: [1, 2], target: [2] }], 'anchors[1] {"source":[1,2],"target":[2]} and anchors[0] {"source":[1],"target":[1]} both hold source sentence 1'],
    ['paragraph out of range', [{ sourceParagraph: 4, targetParagraph: 0 }], 'anchors[0] {"sourceParagraph":4,"targetParagraph":0}: source paragraph 4 is out of range'],
    ['a whole list that is not one', 'anchors', 'anchors must be an array of anchors'],
    ['a file of another version', { format: 'bitext-align-anchors', version: 2, anchors: [] }, 'version 2'],
    ['a file saved for other texts', { format: 'bitext-align-anchors', version: 1, sourceSentences: 6, anchors: [] }, 'saved for a source text of 6 sentences, but this source text has 5'],
  ])('%s', (_, anchors, message) => {
    expect(anchorError(run(anchors))).toContain(message)
  })

  it('a crossing names both anchors', () => {
    const message = anchorError(run([{ source: [3], target: [1] }, { source: [1], target: [3] }]))
    expect(message).toContain('anchors[0]')
    expect(message).toContain('anchors[1]')
  })

  it('a paragraph anchor that cuts a confirmed pair is refused', () => {
    const source = 'One. Two.\n\nThree.'
    const target = 'Раз.\n\nДва. Три.'
    const message = anchorError(() => align(source, target, { ...LANGS, anchors: [{ source: [1], target: [1] }, { sourceParagraph: 0, targetParagraph: 0 }] }))
    expect(message).toMatch(/anchors\[\d\] .* (falls inside|cross)/)
  })
})

describe('anchors on a real document', () => {
  it('the seed page: three corrections stand, the rest of the alignment is unchanged', () => {
    const plain = alignPage(SEED)
    // Three corrections a reviewer might make: split a 2-1, merge two 1-1, confirm a pair as it is.
    const twoOne = plain.pairs.findIndex((p) => p.source.length === 2 && p.target.length === 1)
    expect(twoOne).toBeGreaterThanOrEqual(0)
    const split = plain.pairs[twoOne]
    const corrections: Anchor[] = [
      { source: [split.source[0]], target: split.target },
      { source: [...plain.pairs[twoOne + 2].source, ...plain.pairs[twoOne + 3].source], target: [...plain.pairs[twoOne + 2].target, ...plain.pairs[twoOne + 3].target] },
      { source: plain.pairs[twoOne + 6].source, target: plain.pairs[twoOne + 6].target },
    ]
    const anchored = alignPage(SEED, { anchors: corrections })
    expectValidAlignment(anchored)
    const made = new Set(anchored.pairs.map(key))
    for (const anchor of corrections as Array<{ source: number[]; target: number[] }>) expect(made.has(key(anchor))).toBe(true)
    // Every pair of the plain alignment that shares no sentence with a correction is still there.
    const touched = new Set((corrections as Array<{ source: number[] }>).flatMap((c) => c.source))
    touched.add(split.source[1])
    const untouched = plain.pairs.filter((p) => !p.source.some((i) => touched.has(i)))
    expect(untouched.filter((p) => !made.has(key(p)))).toEqual([])
    expect(anchored.noise).toEqual(plain.noise)
  })

  const DEV = fileURLToPath(new URL('../../../shared/corpora/textberg-defr-dev/', import.meta.url))
  it.runIf(existsSync(`${DEV}gold.json`))('Text+Berg dev: three gold corrections stand and the rest gets better, not worse', () => {
    const lines = (name: string) => readFileSync(`${DEV}${name}`, 'utf8').replace(/\n$/, '').split('\n')
    const en = lines('en.sents')
    const fr = lines('ru.sents')
    const gold = JSON.parse(readFileSync(`${DEV}gold.json`, 'utf8')) as Array<[number[], number[]]>
    const goldKeys = new Set(gold.map(([source, target]) => key({ source, target })))
    const correct = (pairs: Pair[]) => pairs.filter((p) => goldKeys.has(key(p))).length
    const options = { sourceLang: 'de', targetLang: 'fr' }
    const plain = alignSegments(en, fr, options)
    const made = new Set(plain.pairs.map(key))
    const consecutive = (x: number[]) => x.every((v, n) => n === 0 || v === x[n - 1] + 1)
    const missed = gold.filter(([s, t]) => s.length > 0 && t.length > 0 && consecutive(s) && consecutive(t) && !made.has(key({ source: s, target: t })))
    const picks = [missed[0], missed[Math.floor(missed.length / 2)], missed[missed.length - 1]]
    const anchored = alignSegments(en, fr, { ...options, anchors: picks.map(([source, target]) => ({ source, target })) })
    expectValidAlignment(anchored)
    const after = new Set(anchored.pairs.map(key))
    for (const [source, target] of picks) expect(after.has(key({ source, target }))).toBe(true)
    // Measured: 3 corrections bring 3 + 6 gold pairs; no correct pair is lost (F1 0.887 -> 0.902).
    expect(correct(anchored.pairs)).toBeGreaterThanOrEqual(correct(plain.pairs) + 3)
    const lost = plain.pairs.filter((p) => goldKeys.has(key(p)) && !after.has(key(p)))
    expect(lost).toEqual([])
  })
})

describe('anchors, property-based (fast-check, fixed seed)', () => {
  const plain = alignPage(SEED)
  const n = plain.source.sentences.length
  const m = plain.target.sentences.length

  it('any anchors in order stand exactly, and the result covers every sentence once, in order', () => {
    // Anchors: cut points drawn on both sides, each anchor one block of 0-3 sentences a side after its cut.
    const anchors = fc
      .array(fc.tuple(fc.nat(n), fc.nat(m), fc.nat(3), fc.nat(3)), { maxLength: 6 })
      .map((raw) => {
        const out: Array<{ source: number[]; target: number[] }> = []
        const points = raw.map(([s, t, a, b]) => [s, t, a, b]).sort((x, y) => x[0] - y[0] || x[1] - y[1])
        let nextS = 0
        let nextT = 0
        for (const [s, t, a, b] of points) {
          if (s < nextS || t < nextT) continue
          const source = Array.from({ length: Math.min(a, n - s) }, (_, k) => s + k)
          const target = Array.from({ length: Math.min(b, m - t) }, (_, k) => t + k)
          if (source.length + target.length === 0) continue
          out.push({ source, target })
          nextS = s + source.length
          nextT = t + target.length
        }
        return out
      })
    fc.assert(
      fc.property(anchors, (list) => {
        const result = alignPage(SEED, { anchors: list })
        expectValidAlignment(result)
        const made = new Map(result.pairs.map((pair) => [key(pair), pair]))
        for (const anchor of list) expect(made.get(key(anchor))?.confirmed).toBe(true)
        expect(result.pairs.filter((pair) => pair.confirmed && pair.source.length > 0 && pair.target.length > 0).length).toBe(
          list.filter((a) => a.source.length > 0 && a.target.length > 0).length,
        )
      }),
      { seed: 14, numRuns: 60 },
    )
  })
})
