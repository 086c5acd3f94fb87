import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { collapseBlank, isBlankAt } from '../../src/text/blank.js'
import { splitParagraphs } from '../../src/text/paragraphs.js'
import type { Block, Range } from '../../src/types.js'

const SEED = readFileSync(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url), 'utf8')

/** Every block and part trimmed, parts inside their block, every non-blank char in exactly one part. */
function checkCoverage(text: string, blocks: Block[], range: Range = { start: 0, end: text.length }): void {
  const owner = new Int32Array(text.length).fill(-1)
  let last = range.start
  blocks.forEach((b, bi) => {
    expect(b.start).toBeGreaterThanOrEqual(last)
    expect(b.end).toBeGreaterThan(b.start)
    expect(isBlankAt(text, b.start)).toBe(false)
    expect(isBlankAt(text, b.end - 1)).toBe(false)
    expect(b.parts.length).toBeGreaterThan(0)
    expect(b.parts[0].start).toBe(b.start)
    expect(b.parts[b.parts.length - 1].end).toBe(b.end)
    let prev = b.start
    for (const p of b.parts) {
      expect(p.start).toBeGreaterThanOrEqual(prev)
      expect(isBlankAt(text, p.start)).toBe(false)
      expect(isBlankAt(text, p.end - 1)).toBe(false)
      for (let i = p.start; i < p.end; i++) {
        expect(owner[i]).toBe(-1)
        owner[i] = bi
      }
      prev = p.end
    }
    last = b.end
  })
  expect(last).toBeLessThanOrEqual(range.end)
  for (let i = range.start; i < range.end; i++) {
    if (!isBlankAt(text, i) && owner[i] === -1) throw new Error(`char ${i} (${JSON.stringify(text[i])}) is in no part`)
  }
}

function summary(text: string, blocks: Block[]): [string, string, number][] {
  return blocks.map((b) => [b.kind, collapseBlank(text.slice(b.start, b.end)).slice(0, 30), b.parts.length])
}

describe('splitParagraphs on the seed page', () => {
  const blocks = splitParagraphs(SEED)

  it('finds headings (a title broken over two lines joined), text, datelines and lists in order', () => {
    const kinds = blocks.map((b) => `${b.kind}:${collapseBlank(SEED.slice(b.start, b.end)).slice(0, 20)}`)
    expect(kinds).toEqual([
      'heading:Solidarity motion on',
      'heading:11/16/15, 2:44 PM',
      'list:• En Ru',
      'heading:Solidarity motion on',
      'text:The participants of ',
      'text:The participants of ',
      'text:The ban on the Commu',
      'text:In the past the work',
      'text:The ban on CPK coinc',
      'text:Simultaneously with ',
      'text:The participants of ',
      'text:The participants of ',
      'dateline:Istanbul, 1 November',
      'text:The statement is sig',
      'heading:Participant Parties',
      'list:1. Algerian Party fo',
      'heading:Other SolidNet Parti',
      'list:1. Phillipine Commun',
      'heading:О запрете Коммунисти',
      'text:Участники 17-й между',
      'text:Участники встречи сч',
      'text:Запрет Компартии Каз',
      'text:Ранее работа компарт',
      'text:Запрет партии произв',
      'text:Одновременно с этим ',
      'text:Участники конференци',
      'text:Участники конференци',
      'dateline:Стамбул, 1 ноября 20',
      'text:April 2, 2025 - Apri',
    ])
  })

  it('makes the numbered party list one block with one part per item', () => {
    const list = blocks[15]
    expect(list.kind).toBe('list')
    expect(list.parts).toHaveLength(8)
    expect(list.parts.map((p) => SEED.slice(p.start, p.start + 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.'])
    expect(SEED.slice(list.parts[7].start, list.parts[7].end)).toBe('8. Union of Communists in Ukraine')
  })

  it('covers every non-blank character exactly once', () => {
    checkCoverage(SEED, blocks)
  })

  it('gives the same structure for CRLF, lone CR and a BOM', () => {
    const expected = summary(SEED, blocks)
    for (const variant of [SEED.replace(/\n/g, '\r\n'), SEED.replace(/\n/g, '\r'), '\uFEFF' + SEED]) {
      const got = splitParagraphs(variant)
      expect(summary(variant, got)).toEqual(expected)
      checkCoverage(variant, got)
    }
  })
})

describe('splitParagraphs rules', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs(' \n\r\n\u00A0\uFEFF\u200B\t\n')).toEqual([])
  })

  it('joins hard-wrapped lines into one block with one part', () => {
    const text = '  This paragraph was wrapped\nby an editor at a narrow width,\nthree lines in all.\n\nNext one.'
    const blocks = splitParagraphs(text)
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toEqual({ start: 2, end: text.indexOf('all.') + 4, kind: 'text', parts: [{ start: 2, end: text.indexOf('all.') + 4 }] })
    expect(blocks[1].kind).toBe('text')
  })

  it('splits a heading from the text below it without a blank line', () => {
    const text = 'Introduction\nThe text begins here. It goes on\nover two lines.'
    expect(summary(text, splitParagraphs(text))).toEqual([
      ['heading', 'Introduction', 1],
      ['text', 'The text begins here. It goes ', 1],
    ])
  })

  it('does not take a short wrapped line for a heading', () => {
    const text = 'The sentence goes on and on until the line\nends mid-way\nand continues here.'
    expect(splitParagraphs(text).map((b) => b.kind)).toEqual(['text'])
  })

  it('recognises datelines in English and Russian, even inside a group of lines', () => {
    for (const line of ['Istanbul, 1 November 2015', 'Стамбул, 1 ноября 2015 года', 'Moscow, 16.12.2015', 'New York, March 3, 2020']) {
      const text = `The end of the statement.\n${line}\nSigned by all.`
      const blocks = splitParagraphs(text)
      expect(blocks.map((b) => b.kind)).toEqual(['text', 'dateline', 'text'])
      expect(text.slice(blocks[1].start, blocks[1].end)).toBe(line)
    }
  })

  it('makes consecutive list items one list with a part per item, joining indented continuations', () => {
    const text = 'Items:\n  1. first item\n     continues here\n  2) second\n  a) third\n• fourth\n- fifth\n– sixth\n* seventh\n— eighth\nAfter the list.'
    const blocks = splitParagraphs(text)
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'list', 'text'])
    expect(blocks[1].parts.map((p) => text.slice(p.start, p.end))).toEqual([
      '1. first item\n     continues here',
      '2) second',
      'a) third',
      '• fourth',
      '- fifth',
      '– sixth',
      '* seventh',
      '— eighth',
    ])
    checkCoverage(text, blocks)
  })

  it('does not take a year or a decimal number at line start for a list marker', () => {
    const text = '2015. That year began badly.\n1.5 million people voted.'
    expect(splitParagraphs(text).map((b) => b.kind)).toEqual(['text'])
  })

  it('splits only the given range, with offsets into the whole text', () => {
    const text = 'before\n\nFirst paragraph.\n\nSecond paragraph.\n\nafter'
    const start = text.indexOf('First')
    const end = text.indexOf('after')
    const blocks = splitParagraphs(text, { start, end })
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First paragraph.', 'Second paragraph.'])
    checkCoverage(text, blocks, { start, end })
  })

  it('keeps the invariant on generated text with mixed line ends and blanks', () => {
    let seed = 7
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const pieces = ['Word', 'word.', '  1. item', '- item', '\u00A0', '\uFEFF', 'Heading', 'Moscow, 16.12.2015', 'и текст', ' ', '\t']
    const ends = ['\n', '\r\n', '\r', '\n\n', ' ']
    for (let round = 0; round < 30; round++) {
      let text = ''
      for (let k = 0; k < 60; k++) text += pieces[rand(pieces.length)] + ends[rand(ends.length)]
      checkCoverage(text, splitParagraphs(text))
    }
  })

  it('handles 100,000 one-word lines and a 5 MB single line (a hang fails by the test timeout)', () => {
    const lines = 'Word\n'.repeat(100_000)
    const a = splitParagraphs(lines)
    expect(a).toHaveLength(100_000)

    const wrapped = 'word\n'.repeat(100_000)
    expect(splitParagraphs(wrapped)).toHaveLength(1)

    const big = 'Lorem ipsum dolor sit amet. '.repeat(180_000)
    const b = splitParagraphs(big)
    expect(b).toHaveLength(1)
    expect(b[0].end).toBe(big.length - 1)
  })
})
