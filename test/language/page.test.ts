import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitPage, type PageSplit } from '../../src/language/page.js'
import { collapseBlank, isBlankAt } from '../../src/text/blank.js'

const SEED = readFileSync(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url), 'utf8')
const EXPECTED = JSON.parse(readFileSync(new URL('../../fixtures/expected.json', import.meta.url), 'utf8')) as { noise: string[] }

const RU_START = SEED.indexOf('О запрете')
const RU_END = SEED.indexOf('Стамбул, 1 ноября 2015 года') + 'Стамбул, 1 ноября 2015 года'.length
const EN_START = SEED.indexOf('Solidarity motion\n')
const EN_END = SEED.indexOf('[PKP-1930]') + '[PKP-1930]'.length

/** The seed with the Russian statement moved before the English one. */
const SWAPPED = SEED.slice(0, EN_START) + SEED.slice(RU_START, RU_END) + '\n\n' + SEED.slice(EN_START, EN_END) + SEED.slice(RU_END)

const DE =
  'Die Teilnehmer des Treffens protestieren entschieden gegen das Verbot der Kommunistischen Partei Kasachstans. Die Entscheidung des Gerichts wird mit formalen Gründen erklärt, doch das wahre Ziel der Behörden ist es, jeden Widerstand zu brechen.'
const UK =
  'Учасники зустрічі висловлюють рішучий протест проти заборони Комуністичної партії Казахстану. Рішення суду пояснюється формальними причинами, проте справжня мета влади — знищити будь-який опір.'

/** Every non-blank char in exactly one document block or noise span; spans are trimmed lines. */
function checkNothingLost(text: string, split: PageSplit): void {
  const owner = new Uint8Array(text.length)
  const claim = (start: number, end: number): void => {
    for (let i = start; i < end; i++) {
      if (isBlankAt(text, i)) continue
      expect(owner[i], `char ${i} claimed twice`).toBe(0)
      owner[i] = 1
    }
  }
  for (const doc of split.documents) for (const b of doc.blocks) claim(b.start, b.end)
  let last = -1
  for (const span of split.noise) {
    expect(span.start).toBeGreaterThan(last)
    last = span.start
    expect(span.end).toBeGreaterThan(span.start)
    expect(isBlankAt(text, span.start)).toBe(false)
    expect(isBlankAt(text, span.end - 1)).toBe(false)
    expect(/[\n\r]/u.test(text.slice(span.start, span.end))).toBe(false)
    expect(span.text).toBe(collapseBlank(text.slice(span.start, span.end)))
    claim(span.start, span.end)
  }
  for (let i = 0; i < text.length; i++) {
    if (!isBlankAt(text, i) && owner[i] === 0) throw new Error(`char ${i} (${JSON.stringify(text[i])}) is lost`)
  }
}

function firstAndLast(text: string, split: PageSplit): [string, string, string][] {
  return split.documents.map((d) => [
    d.lang,
    collapseBlank(text.slice(d.blocks[0].start, d.blocks[0].end)),
    collapseBlank(text.slice(d.blocks[d.blocks.length - 1].start, d.blocks[d.blocks.length - 1].end)),
  ])
}

const SEED_DOCUMENTS: [string, string, string][] = [
  ['en', 'Solidarity motion on the ban of the Communist Party of Kazakhstan [En, Ru]', '1. Phillipine Communist Party [PKP-1930]'],
  ['ru', 'О запрете Коммунистической партии Казахстана', 'Стамбул, 1 ноября 2015 года'],
]

describe('splitPage on the seed page', () => {
  const split = splitPage(SEED)

  it('sets exactly the five furniture lines aside, with offsets that slice back', () => {
    expect(split.noise.map((n) => n.text)).toEqual(EXPECTED.noise)
    expect(split.noise.map((n) => [n.start, n.end])).toEqual([
      [0, 74],
      [76, 93],
      [96, 103],
      [SEED.indexOf('April 2, 2025'), SEED.indexOf('April 2, 2025') + EXPECTED.noise[3].length],
      [SEED.indexOf('April 25, 2025'), SEED.indexOf('April 25, 2025') + EXPECTED.noise[4].length],
    ])
    for (const n of split.noise) expect(SEED.slice(n.start, n.end)).toBe(n.text)
  })

  it('finds the English then the Russian document with the right boundaries', () => {
    expect(firstAndLast(SEED, split)).toEqual(SEED_DOCUMENTS)
    const [en, ru] = split.documents
    expect(en.blocks[0].start).toBe(EN_START)
    expect(en.blocks[en.blocks.length - 1].end).toBe(EN_END)
    expect(ru.blocks[0].start).toBe(RU_START)
    expect(ru.blocks[ru.blocks.length - 1].end).toBe(RU_END)
  })

  it('keeps the headings, the dateline and the signatory lists in the English document', () => {
    const en = split.documents[0]
    const kinds = en.blocks.map((b) => b.kind)
    expect(kinds.filter((k) => k === 'text')).toHaveLength(9)
    expect(kinds.filter((k) => k === 'list')).toHaveLength(2)
    const dateline = en.blocks.find((b) => b.kind === 'dateline')
    expect(dateline && SEED.slice(dateline.start, dateline.end)).toBe('Istanbul, 1 November 2015')
    expect(en.blocks.find((b) => b.kind === 'list')?.parts).toHaveLength(8)
    const ru = split.documents[1]
    expect(ru.blocks.map((b) => b.kind)).toEqual(['heading', ...Array(8).fill('text'), 'dateline'])
  })

  it('loses nothing', () => {
    checkNothingLost(SEED, split)
  })
})

describe('splitPage variants', () => {
  it('finds Russian first when the Russian statement comes first, with the same noise', () => {
    const split = splitPage(SWAPPED)
    expect(firstAndLast(SWAPPED, split)).toEqual([SEED_DOCUMENTS[1], SEED_DOCUMENTS[0]])
    expect(split.noise.map((n) => n.text)).toEqual(EXPECTED.noise)
    checkNothingLost(SWAPPED, split)
  })

  it('gives the same result for CRLF, lone CR and a leading BOM', () => {
    const variants: [string, [string, string, string][], number[]][] = [
      [SEED.replace(/\n/g, '\r\n'), SEED_DOCUMENTS, [15, 10]],
      [SEED.replace(/\n/g, '\r'), SEED_DOCUMENTS, [15, 10]],
      ['\uFEFF' + SEED, SEED_DOCUMENTS, [15, 10]],
      [SWAPPED.replace(/\n/g, '\r\n'), [SEED_DOCUMENTS[1], SEED_DOCUMENTS[0]], [10, 15]],
    ]
    for (const [variant, documents, sizes] of variants) {
      const split = splitPage(variant)
      expect(firstAndLast(variant, split)).toEqual(documents)
      expect(split.documents.map((d) => d.blocks.length)).toEqual(sizes)
      expect(split.noise.map((n) => n.text)).toEqual(EXPECTED.noise)
      checkNothingLost(variant, split)
    }
  })

  it('returns nothing for an empty or blank page', () => {
    expect(splitPage('')).toEqual({ documents: [], noise: [] })
    expect(splitPage(' \n\r\n\uFEFF\u00A0\n')).toEqual({ documents: [], noise: [] })
  })

  it('returns one document for a page with one language', () => {
    const page = SEED.slice(0, RU_START)
    const split = splitPage(page)
    expect(split.documents.map((d) => d.lang)).toEqual(['en'])
    expect(split.noise.map((n) => n.text)).toEqual(EXPECTED.noise.slice(0, 3))
    checkNothingLost(page, split)
  })

  it('keeps the two largest languages of three and puts the third in the noise', () => {
    const page = `${SEED.slice(0, RU_END)}\n\n${DE}\n\n${SEED.slice(RU_END)}`
    const split = splitPage(page)
    expect(firstAndLast(page, split)).toEqual(SEED_DOCUMENTS)
    expect(split.noise.map((n) => n.text)).toContain(DE)
    expect(split.noise).toHaveLength(6)
    checkNothingLost(page, split)
  })

  it('finds a Ukrainian document beside an English one', () => {
    const page = `Statement\n\n${SEED.slice(EN_START + 'Solidarity motion'.length, EN_END)}\n\nЗаява\n\n${UK}\n\n${UK}`
    const split = splitPage(page)
    expect(split.documents.map((d) => d.lang)).toEqual(['en', 'uk'])
    expect(collapseBlank(page.slice(split.documents[1].blocks[0].start, split.documents[1].blocks[0].end))).toBe('Заява')
    checkNothingLost(page, split)
  })

  it('sets listings aside at the start of a document too, and bare URLs and page counters', () => {
    const page = `March 3, 2024 - March 5, 2024 - Athens, 25th meeting\nhttps://www.example.org/statement 1/2\n\n${SEED.slice(EN_START, RU_END)}\n\n2/2`
    const split = splitPage(page)
    expect(firstAndLast(page, split)).toEqual(SEED_DOCUMENTS)
    expect(split.noise.map((n) => n.text)).toEqual([
      'March 3, 2024 - March 5, 2024 - Athens, 25th meeting',
      'https://www.example.org/statement 1/2',
      '2/2',
    ])
    checkNothingLost(page, split)
  })

  it('handles 100,000 one-word lines and a 5 MB single line (a hang fails by the test timeout)', () => {
    const lines = 'Word\n'.repeat(100_000)
    const a = splitPage(lines)
    expect(a.documents.map((d) => d.lang)).toEqual(['en'])
    const big = 'Слово и дело. '.repeat(370_000)
    const b = splitPage(big)
    expect(b.documents.map((d) => d.lang)).toEqual(['ru'])
    expect(b.documents[0].blocks[0].end).toBe(big.length - 1)
  })

  it('never throws on odd pages and always loses nothing', () => {
    const pages = ['1\n2\n3', '• En Ru', '11/16/15, 2:44 PM\n\n• En Ru', 'Hello', '\uFEFF\r\r\r', 'абв\rabc\r\n123', SEED.slice(0, 200), SEED.slice(RU_START - 3)]
    for (const page of pages) {
      const split = splitPage(page)
      checkNothingLost(page, split)
      expect(split.documents.length).toBeLessThanOrEqual(2)
    }
  })
})
