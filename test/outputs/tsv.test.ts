import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { align, alignPage } from '../../src/index.js'
import { toTsv } from '../../src/outputs/tsv.js'
import type { Alignment, Side } from '../../src/types.js'
import { rawSide } from '../helpers/sides.js'

const ROOT = new URL('../../', import.meta.url)
const SEED = new URL('fixtures/solidnet-cpk-ban-2015-en-ru.txt', ROOT)
const UDHR_EN = new URL('../shared/corpora/udhr-enru/en.txt', ROOT)
const UDHR_RU = new URL('../shared/corpora/udhr-enru/ru.txt', ROOT)
const hasUdhr = existsSync(UDHR_EN) && existsSync(UDHR_RU)

/** What a consumer gets back from a TSV file with a plain split: header and rows of fields. */
function parseTsv(tsv: string): { header: string[]; rows: string[][] } {
  expect(tsv.endsWith('\n')).toBe(true)
  const [header, ...rows] = tsv.slice(0, -1).split('\n').map((line) => line.split('\t'))
  return { header, rows }
}

/**
 * The sentence indices of one cell, found by taking sentences of the side from
 * `next` on until their joined text is the cell's text.
 */
function recoverIndices(cell: string, side: Side, next: number): number[] {
  const indices: number[] = []
  let text = ''
  while (text.length < cell.length && next < side.sentences.length) {
    text = indices.length === 0 ? side.sentences[next].text : `${text} ${side.sentences[next].text}`
    indices.push(next++)
  }
  expect(text).toBe(cell)
  return indices
}

/** Write an alignment as TSV, read it back and check every pair comes back: texts, indices, scores. */
function expectRoundTrip(alignment: Alignment): void {
  const { header, rows } = parseTsv(toTsv(alignment))
  expect(header).toEqual([alignment.source.lang, alignment.target.lang, 'score'])
  expect(rows.length).toBe(alignment.pairs.length)
  let nextSource = 0
  let nextTarget = 0
  rows.forEach((fields, k) => {
    const pair = alignment.pairs[k]
    expect(fields.length, `row ${k}`).toBe(3)
    const [sourceCell, targetCell, score] = fields
    expect(sourceCell).toBe(pair.source.map((i) => alignment.source.sentences[i].text).join(' '))
    expect(targetCell).toBe(pair.target.map((j) => alignment.target.sentences[j].text).join(' '))
    const source = recoverIndices(sourceCell, alignment.source, nextSource)
    const target = recoverIndices(targetCell, alignment.target, nextTarget)
    expect(source).toEqual(pair.source)
    expect(target).toEqual(pair.target)
    nextSource += source.length
    nextTarget += target.length
    expect(score).toMatch(/^[01]\.\d{4}$/)
    expect(Number(score)).toBeCloseTo(pair.score, 4)
  })
  expect(nextSource).toBe(alignment.source.sentences.length)
  expect(nextTarget).toBe(alignment.target.sentences.length)
}


describe('toTsv', () => {
  const seed = alignPage(readFileSync(SEED, 'utf8'))

  it('round-trips the seed page: header, one row per pair, texts, indices and scores', () => {
    const tsv = toTsv(seed)
    expect(tsv.startsWith('en\tru\tscore\n')).toBe(true)
    expect(tsv.split('\n').length).toBe(seed.pairs.length + 2)
    expectRoundTrip(seed)
  })

  it('keeps one-sided pairs with an empty cell by default and drops them with includeOneSided: false', () => {
    const oneSided = seed.pairs.filter((pair) => pair.source.length === 0 || pair.target.length === 0)
    expect(oneSided.length).toBeGreaterThan(0)
    const all = parseTsv(toTsv(seed)).rows
    const signed = all.find((fields) => fields[0] === 'The statement is signed by the following Parties:')
    expect(signed).toEqual(['The statement is signed by the following Parties:', '', '1.0000'])
    const twoSided = parseTsv(toTsv(seed, { includeOneSided: false })).rows
    expect(twoSided.length).toBe(seed.pairs.length - oneSided.length)
    expect(twoSided.every(([source, target]) => source !== '' && target !== '')).toBe(true)
    expect(twoSided).toEqual(all.filter(([source, target]) => source !== '' && target !== ''))
  })

  it('writes UTF-8 text without a byte order mark unless asked for one', () => {
    const plain = toTsv(seed)
    expect(plain.charCodeAt(0)).not.toBe(0xfeff)
    expect(Buffer.from(plain, 'utf8').toString('utf8')).toBe(plain)
    expect(plain).toContain('О запрете Коммунистической партии Казахстана')
    const withBom = toTsv(seed, { bom: true })
    expect(withBom.charCodeAt(0)).toBe(0xfeff)
    expect(Buffer.from(withBom, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(withBom.slice(1)).toBe(plain)
  })

  it('flattens tabs, CR and LF inside the text to a space so every row has three fields', () => {
    const alignment: Alignment = {
      source: rawSide('en', ['One\ttab.', 'Two\r\nlines\nhere.', 'Plain.']),
      target: rawSide('ru', ['Один\tтаб.', 'Две\rстроки.', 'Просто.']),
      pairs: [
        { source: [0], target: [0], score: 0.98765 },
        { source: [1], target: [1], score: 0.5 },
        { source: [2], target: [], score: 0.1 },
        { source: [], target: [2], score: 1 },
      ],
      noise: [],
    }
    const tsv = toTsv(alignment)
    const { header, rows } = parseTsv(tsv)
    expect(header).toEqual(['en', 'ru', 'score'])
    expect(rows).toEqual([
      ['One tab.', 'Один таб.', '0.9877'],
      ['Two lines here.', 'Две строки.', '0.5000'],
      ['Plain.', '', '0.1000'],
      ['', 'Просто.', '1.0000'],
    ])
    expect(tsv).not.toContain('\r')
    expect(parseTsv(toTsv(alignment, { includeOneSided: false })).rows.length).toBe(2)
  })

  it('writes only the header for an alignment without pairs', () => {
    const empty: Alignment = { source: rawSide('en', []), target: rawSide('ru', []), pairs: [], noise: [] }
    expect(toTsv(empty)).toBe('en\tru\tscore\n')
  })

  it.runIf(hasUdhr)('round-trips the UDHR (align on two texts)', () => {
    const alignment = align(readFileSync(UDHR_EN, 'utf8'), readFileSync(UDHR_RU, 'utf8'))
    expect(alignment.pairs.length).toBeGreaterThan(50)
    expectRoundTrip(alignment)
  })
})
