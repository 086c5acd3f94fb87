import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/api/align.js'
import { toJson, type AlignmentJson } from '../../src/outputs/json.js'
import { updateAlignment } from '../../src/revise/update.js'
import { errorCode } from '../helpers/errors.js'
import type { Alignment, Pair } from '../../src/types.js'
import { expectValidAlignment } from '../helpers/invariants.js'

/** Cities with their English name, Russian genitive and prepositional. */
const CITIES: Array<[string, string, string]> = [
  ['Kazan', 'Казани', 'Казани'],
  ['Samara', 'Самары', 'Самаре'],
  ['Tver', 'Твери', 'Твери'],
  ['Novgorod', 'Новгорода', 'Новгороде'],
  ['Omsk', 'Омска', 'Омске'],
  ['Tula', 'Тулы', 'Туле'],
  ['Perm', 'Перми', 'Перми'],
  ['Kaluga', 'Калуги', 'Калуге'],
  ['Vologda', 'Вологды', 'Вологде'],
  ['Irkutsk', 'Иркутска', 'Иркутске'],
  ['Yaroslavl', 'Ярославля', 'Ярославле'],
]

/** Sentence templates: English and Russian, from a city, a number ending in 5 and a year. */
const TEMPLATES: Array<(c: [string, string, string], n: number, year: number) => [string, string]> = [
  ([en, , prep], n, year) => [`In ${year}, the museum in ${en} received ${n} new paintings.`, `В ${year} году музей в ${prep} получил ${n} новых картин.`],
  ([en, gen], n) => [`The bridge over the river near ${en} is ${n} metres long.`, `Мост через реку возле ${gen} имеет длину ${n} метров.`],
  ([en, gen], n) => [`About ${n} students study medicine at the university of ${en}.`, `Около ${n} студентов изучают медицину в университете ${gen}.`],
  ([en, gen], n) => [`Every summer, ${n} tourists visit the old castle near ${en}.`, `Каждое лето ${n} туристов посещают старый замок возле ${gen}.`],
  ([en, gen], n) => [
    `The train from ${en} to the capital takes ${5 + (n % 13)} hours and stops ${n} times on the way.`,
    `Поезд из ${gen} в столицу идёт ${5 + (n % 13)} часов и по дороге делает ${n} остановок.`,
  ],
  ([en, gen], n) => [`Last year the farmers around ${en} planted ${n} apple trees.`, `В прошлом году фермеры вокруг ${gen} посадили ${n} яблонь.`],
  ([en, , prep], _n, year) => [`The theatre in ${en} was rebuilt after the great fire of ${year}.`, `Театр в ${prep} был восстановлен после большого пожара ${year} года.`],
  (_c, n) => [`Its main hall now seats ${n} people.`, `Его главный зал теперь вмещает ${n} человек.`],
]

/** A document of `size` sentence pairs, English and Russian, four sentences a paragraph. */
function makeDocument(size: number): { en: string[]; ru: string[] } {
  const en: string[] = []
  const ru: string[] = []
  for (let k = 0; k < size; k++) {
    const [e, r] = TEMPLATES[k % TEMPLATES.length](CITIES[(k * 3) % CITIES.length], 105 + 10 * k, 1801 + k)
    en.push(e)
    ru.push(r)
  }
  return { en, ru }
}

/** Sentences joined into paragraphs of four. */
function text(sentences: readonly string[]): string {
  const paragraphs: string[] = []
  for (let k = 0; k < sentences.length; k += 4) paragraphs.push(sentences.slice(k, k + 4).join(' '))
  return paragraphs.join('\n\n')
}

/** The saved form of an alignment, as a user keeps it between runs. */
function saved(alignment: Alignment): AlignmentJson {
  return JSON.parse(JSON.stringify(toJson(alignment))) as AlignmentJson
}

/** A pair as texts, to compare pairs across renumbering. */
function described(alignment: Alignment, pair: Pair) {
  return {
    source: pair.source.map((i) => alignment.source.sentences[i].text),
    target: pair.target.map((j) => alignment.target.sentences[j].text),
    score: pair.score,
    stale: pair.stale === true,
  }
}

const SIZE = 72
const doc = makeDocument(SIZE)
const ADDED = 'Nobody in the region had expected such a quick recovery.'

/** The aligned document, checked to pair sentence k with sentence k. */
function alignDocument(): Alignment {
  const alignment = align(text(doc.en), text(doc.ru))
  expectValidAlignment(alignment)
  expect(alignment.pairs.map((p) => [p.source, p.target])).toEqual(doc.en.map((_, k) => [[k], [k]]))
  return alignment
}

describe('updateAlignment', () => {
  const old = alignDocument()
  const oldPairs = old.pairs.map((pair) => described(old, pair))

  // One English sentence edited, one added (no Russian yet), one removed from both sides.
  const edited = doc.en[10].replace(/\.$/, ', according to the city council.')
  const en = [...doc.en.slice(0, 10), edited, ...doc.en.slice(11, 31), ADDED, ...doc.en.slice(31, 50), ...doc.en.slice(51)]
  const ru = [...doc.ru.slice(0, 50), ...doc.ru.slice(51)]

  it('keeps every untouched pair and marks only the edited and the added sentence stale', () => {
    const result = updateAlignment(saved(old), text(en), text(ru))
    expectValidAlignment(result.alignment)
    expect(result.fallback).toBe(false)
    const expected = [
      ...oldPairs.slice(0, 10),
      { source: [edited], target: [doc.ru[10]], score: expect.any(Number), stale: true },
      ...oldPairs.slice(11, 31),
      { source: [ADDED], target: [], score: expect.any(Number), stale: true },
      ...oldPairs.slice(31, 50),
      ...oldPairs.slice(51),
    ]
    expect(result.alignment.pairs.map((pair) => described(result.alignment, pair))).toEqual(expected)
    expect(result.kept).toBe(SIZE - 2)
    expect(result.realigned).toBe(2)
    expect(result.stale).toBe(2)
    for (const pair of result.alignment.pairs) if (!pair.stale) expect(pair).not.toHaveProperty('stale')
  })

  it('clears the flags once the translator revises the stale pairs', () => {
    const first = updateAlignment(saved(old), text(en), text(ru))
    const revised = [...ru.slice(0, 10), doc.ru[10].replace(/\.$/, ', по данным городского совета.'), ...ru.slice(11, 31), 'Никто в регионе не ожидал такого быстрого восстановления.', ...ru.slice(31)]
    const second = updateAlignment(saved(first.alignment), text(en), text(revised))
    expectValidAlignment(second.alignment)
    expect(second.stale).toBe(0)
    expect(second.kept).toBe(first.alignment.pairs.length - 2)
    expect(second.realigned).toBe(2)
    const pairs = second.alignment.pairs.map((pair) => described(second.alignment, pair))
    expect(pairs.find((p) => p.source[0] === ADDED)?.target).toEqual([revised[31]])
    expect(pairs.every((p) => p.source.length === 1 && p.target.length === 1)).toBe(true)
  })

  it('marks stale the translation left behind when its source sentence is removed', () => {
    const result = updateAlignment(saved(old), text([...doc.en.slice(0, 50), ...doc.en.slice(51)]), text(doc.ru))
    expectValidAlignment(result.alignment)
    const stale = result.alignment.pairs.filter((pair) => pair.stale).map((pair) => described(result.alignment, pair))
    expect(stale).toEqual([{ source: [], target: [doc.ru[50]], score: expect.any(Number), stale: true }])
    expect(result.kept).toBe(SIZE - 1)
  })

  it('keeps everything of an unchanged text, whatever its line ends and wrapping', () => {
    for (const [source, target] of [
      [text(doc.en), text(doc.ru)],
      [text(doc.en).replace(/\n/g, '\r\n').replace(/ (?=The|Its)/g, '\n'), text(doc.ru).replace(/\n/g, '\r\n')],
    ]) {
      const result = updateAlignment(saved(old), source, target)
      expectValidAlignment(result.alignment)
      expect(result.alignment.pairs).toEqual(old.pairs)
      expect(result).toMatchObject({ kept: SIZE, realigned: 0, stale: 0, fallback: false })
    }
  })

  it('takes an Alignment as well as its JSON, and carries earlier stale flags over', () => {
    const flagged: Alignment = { ...old, pairs: old.pairs.map((pair, k) => (k === 5 ? { ...pair, stale: true } : pair)) }
    const result = updateAlignment(flagged, text(doc.en), text(doc.ru))
    expect(result.alignment.pairs).toEqual(flagged.pairs)
    expect(result.stale).toBe(1)
  })

  it('aligns afresh when the diff gives up, and still matches unchanged pairs by their texts', () => {
    const appendix = (word: string, size: number) => ({
      en: Array.from({ length: size }, (_, k) => `${word} line ${k + 1} of the appendix lists ${k * 7 + 3} items.`),
      ru: Array.from({ length: size }, (_, k) => `${word === 'First' ? 'Первая' : 'Вторая'} строка ${k + 1} приложения перечисляет ${k * 7 + 3} пунктов.`),
    })
    const before = appendix('First', 600)
    const after = appendix('Second', 600)
    const previous = align(text([...before.en, ...doc.en]), text([...before.ru, ...doc.ru]))
    const result = updateAlignment(saved(previous), text([...after.en, ...doc.en]), text([...after.ru, ...doc.ru]), { diffTimeout: 0 })
    expect(result.fallback).toBe(true)
    expectValidAlignment(result.alignment)
    const pairs = result.alignment.pairs.map((pair) => described(result.alignment, pair))
    // The document's pairs come out as before; the new appendix is new text, so stale.
    expect(pairs.slice(-SIZE).map(({ source, target }) => ({ source, target }))).toEqual(oldPairs.map(({ source, target }) => ({ source, target })))
    expect(result.kept).toBe(SIZE)
    expect(result.stale).toBe(result.alignment.pairs.length - SIZE)
    expect(pairs.slice(0, -SIZE).every((p) => p.stale)).toBe(true)
  })

  it('gives a valid alignment after random edits on both sides, with every new source sentence stale', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const saved0 = saved(old)
    for (let round = 0; round < 25; round++) {
      const en = [...doc.en]
      const ru = [...doc.ru]
      for (let edit = 0; edit < 1 + random(5); edit++) {
        const side = random(2) === 0 ? en : ru
        const at = random(side.length)
        const kind = random(3)
        if (kind === 0) side.splice(at, 1)
        else if (kind === 1) side.splice(at, 0, side === en ? `Inserted sentence ${round}-${edit}.` : `Вставленное предложение ${round}-${edit}.`)
        else side[at] = side[at].replace(/\.$/, side === en ? ' indeed.' : ' действительно.')
      }
      const result = updateAlignment(saved0, text(en), text(ru))
      expectValidAlignment(result.alignment)
      const { pairs, source } = result.alignment
      expect(result.kept + result.realigned).toBe(pairs.length)
      expect(result.stale).toBe(pairs.filter((p) => p.stale).length)
      const oldTexts = new Set(doc.en)
      for (const pair of pairs) {
        if (pair.source.some((i) => !oldTexts.has(source.sentences[i].text))) expect(pair.stale).toBe(true)
      }
    }
  })

  it('refuses what is not an alignment, and a bad time limit', () => {
    const code = errorCode
    expect(code(() => updateAlignment({} as AlignmentJson, 'a', 'b'))).toBe('INVALID_INPUT')
    const broken = saved(old)
    broken.pairs = broken.pairs.slice(1)
    expect(code(() => updateAlignment(broken, 'a', 'b'))).toBe('INVALID_INPUT')
    expect(code(() => updateAlignment(saved(old), text(doc.en), text(doc.ru), { diffTimeout: -1 }))).toBe('INVALID_OPTION')
    expect(code(() => updateAlignment(saved(old), ' ', ''))).toBe('EMPTY_INPUT')
  })
})

const UDHR = resolve(__dirname, '../../../shared/corpora/udhr-enru-sent')

describe.runIf(existsSync(resolve(UDHR, 'en.txt')) && existsSync(resolve(UDHR, 'ru.txt')))('updateAlignment on the UDHR', () => {
  it('re-aligns only the three edited sentences', () => {
    const enText = readFileSync(resolve(UDHR, 'en.txt'), 'utf8')
    const ruText = readFileSync(resolve(UDHR, 'ru.txt'), 'utf8')
    const old = align(enText, ruText)
    expect(old.pairs.length).toBeGreaterThanOrEqual(60)
    const oldPairs = old.pairs.map((pair) => described(old, pair))
    const index = (start: string) => old.source.sentences.findIndex((s) => s.text.startsWith(start))
    const changed = index('Everyone has the right to life, liberty')
    const afterAdded = index('They are endowed with reason')
    const removed = index('Furthermore, no distinction shall be made')
    const removedRu = old.target.sentences.findIndex((s) => s.text.startsWith('Кроме того, не должно проводиться'))
    for (const k of [changed, afterAdded, removed, removedRu]) expect(k).toBeGreaterThan(0)
    const pairOf = (i: number) => old.pairs.findIndex((p) => p.source.includes(i))
    expect(old.pairs[pairOf(removed)].target).toEqual([removedRu])

    const added = 'Nobody may be deprived of this dignity.'
    const newEn = enText
      .replace('the right to life, liberty and the security of person.', 'the right to life, liberty and security of person.')
      .replace('in a spirit of brotherhood.', `in a spirit of brotherhood. ${added}`)
      .replace(/\n\nFurthermore, no distinction shall be made[^\n]*\n/, '\n')
    const newRu = ruText.replace(/\n\nКроме того, не должно проводиться[^\n]*\n/, '\n')
    const result = updateAlignment(saved(old), newEn, newRu)
    expectValidAlignment(result.alignment)
    expect(result.fallback).toBe(false)
    const pairs = result.alignment.pairs.map((pair) => described(result.alignment, pair))
    const edited = oldPairs[pairOf(changed)]
    const expected = oldPairs.flatMap((pair, p) => {
      if (p === pairOf(removed)) return []
      if (p === pairOf(changed)) return [{ ...edited, source: [edited.source[0].replace('and the security', 'and security')], score: expect.any(Number), stale: true }]
      if (p === pairOf(afterAdded)) return [pair, { source: [added], target: [], score: expect.any(Number), stale: true }]
      return [pair]
    })
    expect(pairs).toEqual(expected)
    expect(result.kept).toBe(old.pairs.length - 2)
    expect(result.realigned).toBe(2)
    expect(result.stale).toBe(2)
  })
})
