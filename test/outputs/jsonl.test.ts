import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { align, alignPage } from '../../src/index.js'
import { toJsonl, type JsonlRecord } from '../../src/outputs/jsonl.js'
import { collapseBlank } from '../../src/text/blank.js'
import type { Alignment, Side } from '../../src/types.js'
import { rawSide } from '../helpers/sides.js'

const ROOT = new URL('../../', import.meta.url)
const SEED = new URL('fixtures/solidnet-cpk-ban-2015-en-ru.txt', ROOT)
const UDHR_EN = new URL('../shared/corpora/udhr-enru/en.txt', ROOT)
const UDHR_RU = new URL('../shared/corpora/udhr-enru/ru.txt', ROOT)
const hasUdhr = existsSync(UDHR_EN) && existsSync(UDHR_RU)

/** What a consumer gets back from a JSONL file: one `JSON.parse` per line. */
function parseJsonl(jsonl: string): JsonlRecord[] {
  expect(jsonl.endsWith('\n')).toBe(true)
  const lines = jsonl.slice(0, -1).split('\n')
  for (const line of lines) expect(line).not.toBe('')
  return lines.map((line) => JSON.parse(line) as JsonlRecord)
}

/** Write an alignment as JSONL, read it back and check every pair, its texts and its offsets. */
function expectRoundTrip(alignment: Alignment): void {
  const records = parseJsonl(toJsonl(alignment))
  expect(records.length).toBe(alignment.pairs.length)
  records.forEach((record, k) => {
    const pair = alignment.pairs[k]
    expect(Object.keys(record)).toEqual(pair.stale ? ['source', 'target', 'score', 'stale'] : ['source', 'target', 'score'])
    expect(record.score).toBe(pair.score)
    expect(record.source.indices).toEqual(pair.source)
    expect(record.target.indices).toEqual(pair.target)
    expectSide(record.source, alignment.source, pair.source)
    expectSide(record.target, alignment.target, pair.target)
  })
}

/** The text and offsets of one side of a record against the side it came from. */
function expectSide(got: JsonlRecord['source'], side: Side, indices: number[]): void {
  expect(Object.keys(got)).toEqual(['indices', 'text', 'start', 'end'])
  if (indices.length === 0) {
    expect(got).toEqual({ indices: [], text: '', start: null, end: null })
    return
  }
  expect(got.text).toBe(indices.map((i) => side.sentences[i].text).join(' '))
  expect(got.start).toBe(side.sentences[indices[0]].start)
  expect(got.end).toBe(side.sentences[indices[indices.length - 1]].end)
  // The offsets slice back to the side's text: the same words, with the input's own whitespace.
  const slice = side.text.slice(got.start!, got.end!)
  expect(collapseBlank(slice)).toBe(got.text)
}


describe('toJsonl', () => {
  const page = readFileSync(SEED, 'utf8')
  const seed = alignPage(page)

  it('round-trips the seed page: one record per line, indices, texts, scores and offsets', () => {
    const jsonl = toJsonl(seed)
    expect(jsonl.split('\n').length).toBe(seed.pairs.length + 1)
    expectRoundTrip(seed)
  })

  it('gives page offsets for page mode and nulls for the missing side of one-sided pairs', () => {
    const records = parseJsonl(toJsonl(seed))
    const first = records[0]
    expect(page.slice(first.source.start!, first.source.end!)).toMatch(/^Solidarity motion/)
    expect(page.slice(first.target.start!, first.target.end!)).toMatch(/^О запрете/)
    const signed = records.find((record) => record.source.text.startsWith('The statement is signed'))
    expect(signed?.target).toEqual({ indices: [], text: '', start: null, end: null })
    expect(page.slice(signed!.source.start!, signed!.source.end!)).toBe('The statement is signed by the following Parties:')
  })

  it('marks stale pairs, keeps texts with tabs and newlines on one line, and ends with a newline', () => {
    const alignment: Alignment = {
      source: rawSide('en', ['A\tB.', 'Line one\nline two.', 'Quote " and \\ backslash.']),
      target: rawSide('ru', ['А\tБ.', 'Строка\r\nдве.']),
      pairs: [
        { source: [0], target: [0], score: 0.25, stale: true },
        { source: [1], target: [1], score: 0.75, stale: false },
        { source: [2], target: [], score: 0.5 },
      ],
      noise: [],
    }
    const jsonl = toJsonl(alignment)
    expect(jsonl.split('\n').length).toBe(4)
    const records = parseJsonl(jsonl)
    expect(records[0].stale).toBe(true)
    expect('stale' in records[1]).toBe(false)
    expect('stale' in records[2]).toBe(false)
    expect(records[0].source.text).toBe('A\tB.')
    expect(records[1].target.text).toBe('Строка\r\nдве.')
    expect(records[2].source.text).toBe('Quote " and \\ backslash.')
    records.forEach((record, k) => {
      const pair = alignment.pairs[k]
      expect(record.source.indices).toEqual(pair.source)
      expect(record.target.indices).toEqual(pair.target)
      if (record.source.start !== null) expect(alignment.source.text.slice(record.source.start, record.source.end!)).toBe(record.source.text)
    })
  })

  it('gives an empty string for an alignment without pairs', () => {
    expect(toJsonl({ source: rawSide('en', []), target: rawSide('ru', []), pairs: [], noise: [] })).toBe('')
  })

  it.runIf(hasUdhr)('round-trips the UDHR (align on two texts)', () => {
    const alignment = align(readFileSync(UDHR_EN, 'utf8'), readFileSync(UDHR_RU, 'utf8'))
    expect(alignment.pairs.length).toBeGreaterThan(50)
    expectRoundTrip(alignment)
  })
})
