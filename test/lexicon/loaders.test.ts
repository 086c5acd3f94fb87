import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { BitextError } from '../../src/errors.js'
import { decodeDictdNumber, parseDictd } from '../../src/lexicon/dictd.js'
import { parseHunalignDictionary } from '../../src/lexicon/hunalign.js'
import { createLexicon } from '../../src/lexicon/lexicon.js'
import { loadDictionary } from '../../src/lexicon/load.js'

/** A number in dictd's base64: `A-Za-z0-9+/`, most significant digit first. */
function dictdNumber(n: number): string {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let out = ''
  do {
    out = digits[n % 64] + out
    n = Math.floor(n / 64)
  } while (n > 0)
  return out
}

/**
 * A dictd index and dict built from entries. An entry whose definition is
 * `undefined` points at the definition of the previous entry (two index
 * headwords, one article), as real indexes do.
 */
function buildDictd(entries: ReadonlyArray<readonly [string, string | undefined]>): { index: string; dict: string } {
  const encoder = new TextEncoder()
  let dict = ''
  let bytes = 0
  let last = { offset: 0, length: 0 }
  const lines: string[] = []
  for (const [headword, definition] of entries) {
    if (definition !== undefined) {
      last = { offset: bytes, length: encoder.encode(definition).length }
      dict += definition
      bytes += last.length
    }
    lines.push(`${headword}\t${dictdNumber(last.offset)}\t${dictdNumber(last.length)}`)
  }
  return { index: `${lines.join('\n')}\n`, dict }
}

/** Translations of one headword, in order. */
function translationsOf(pairs: ReadonlyArray<readonly [string, string]>, headword: string): string[] {
  return pairs.filter(([h]) => h === headword).map(([, t]) => t)
}

/** An error thrown by `run`, checked to be a BitextError of code INVALID_INPUT. */
async function inputError(run: () => unknown): Promise<BitextError> {
  let caught: unknown
  try {
    await run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(BitextError)
  expect((caught as BitextError).code).toBe('INVALID_INPUT')
  return caught as BitextError
}

// Handmade entries in the two layouts: FreeDict eng-rus and Mueller.
const FIXTURE = buildDictd([
  ['00-database-short', '00-database-short\n     Test dictionary, English-Russian\n'],
  ['00databaseinfo', '00-database-info\nЭто описание словаря, а не слово.\n'],
  ['cat', 'cat /kæt/\n1. кошка; кот\n2. ко\u0301шечка, котёнок (маленький)\n'],
  ['adams apple', "Adam's apple /ˈædəmz ˈæpl/\nадамов плод\n"],
  [
    'dog',
    'dog\n' +
      '   [dɒg] _n.\n' +
      '   1) собака, пёс (обыкн. (редк.) охотничья); to go to the dogs пойти\n' +
      '   прахом; пропасть\n' +
      '   2) _разг. парень; lucky dog счастливчик\n' +
      '   3) "приманка"; hot dog\n' +
      '      а) сосиска;\n' +
      '      б) молодец\n' +
      '   4) _attr. собачий {см. тж. 1}\n' +
      '   5) в сложных словах означает: псовый\n' +
      '   6) _сокр. от dogma\n' +
      '   7) 1-я собака, первая и т.п.\n' +
      '   8) напр.: см.\n' +
      '   10)гончая\n',
  ],
  ['hound', undefined],
  ['grey, gray', 'grey, gray\n   [greɪ] _a. серый\n'],
  ['mouse', 'mouse /maʊs/\n1. мышь\n2. мышь; мышка\n'],
  ['well well', 'well, well\n   _interj. ну и ну!\n'],
])

describe('parseDictd', () => {
  it('decodes dictd base64 numbers', () => {
    expect(decodeDictdNumber('A')).toBe(0)
    expect(decodeDictdNumber('B')).toBe(1)
    expect(decodeDictdNumber('/')).toBe(63)
    expect(decodeDictdNumber('BA')).toBe(64)
    expect(decodeDictdNumber('CpQ')).toBe(2 * 4096 + 41 * 64 + 16)
    expect(decodeDictdNumber('')).toBeUndefined()
    expect(decodeDictdNumber('A=')).toBeUndefined()
    for (const n of [0, 63, 64, 4095, 4096, 123456789]) expect(decodeDictdNumber(dictdNumber(n))).toBe(n)
  })

  it('reads FreeDict-style definitions: numbered senses, ; and , lists, notes and accents removed', () => {
    const pairs = parseDictd(FIXTURE.index, FIXTURE.dict)
    expect(translationsOf(pairs, 'cat')).toEqual(['кошка', 'кот', 'кошечка', 'котёнок'])
  })

  it('reads Mueller-style definitions and stops a sense at its first English example', () => {
    const pairs = parseDictd(FIXTURE.index, FIXTURE.dict)
    expect(translationsOf(pairs, 'dog')).toEqual([
      'собака',
      'пёс',
      'парень',
      'приманка',
      'собачий',
      'псовый',
      'первая',
      'гончая',
    ])
    // The same article under a second index headword.
    expect(translationsOf(pairs, 'hound')).toEqual(translationsOf(pairs, 'dog'))
  })

  it('skips the 00-database entries, spells the headword as the article does, splits variants, deduplicates', () => {
    const pairs = parseDictd(FIXTURE.index, FIXTURE.dict)
    expect(pairs.some(([h]) => h.startsWith('00'))).toBe(false)
    expect(pairs.some(([, t]) => t.includes('словаря'))).toBe(false)
    expect(translationsOf(pairs, "Adam's apple")).toEqual(['адамов плод'])
    expect(translationsOf(pairs, 'grey')).toEqual(['серый'])
    expect(translationsOf(pairs, 'gray')).toEqual(['серый'])
    expect(translationsOf(pairs, 'well, well')).toEqual(['ну и ну'])
    expect(translationsOf(pairs, 'mouse')).toEqual(['мышь', 'мышка'])
    expect(new Set(pairs.map((p) => p.join('\t'))).size).toBe(pairs.length)
  })

  it('counts offsets in bytes: text and UTF-8 bytes give the same pairs', () => {
    const fromText = parseDictd(FIXTURE.index, FIXTURE.dict)
    const fromBytes = parseDictd(FIXTURE.index, new TextEncoder().encode(FIXTURE.dict))
    expect(fromBytes).toEqual(fromText)
    expect(translationsOf(fromBytes, 'mouse')).toEqual(['мышь', 'мышка'])
  })

  it('tolerates CRLF, a BOM and malformed index lines', () => {
    const index = `\uFEFF${FIXTURE.index.replace(/\n/g, '\r\n')}broken line\nbad\t!!\tB\n\n`
    expect(parseDictd(index, FIXTURE.dict)).toEqual(parseDictd(FIXTURE.index, FIXTURE.dict))
  })

  it('reads at most maxEntries headwords, not counting the 00-database entries', () => {
    const pairs = parseDictd(FIXTURE.index, FIXTURE.dict, { maxEntries: 1 })
    expect(pairs.map(([h]) => h)).toEqual(['cat', 'cat', 'cat', 'cat'])
    expect(parseDictd(FIXTURE.index, FIXTURE.dict, { maxEntries: 0 })).toEqual([])
    expect(() => parseDictd(FIXTURE.index, FIXTURE.dict, { maxEntries: -1 })).toThrow(BitextError)
  })

  it('refuses a still-gzipped .dict and an index that points past the end', async () => {
    const gzipped = await inputError(() => parseDictd(FIXTURE.index, new Uint8Array(gzipSync(FIXTURE.dict))))
    expect(gzipped.message).toMatch(/gunzip/)
    const short = await inputError(() => parseDictd(FIXTURE.index, FIXTURE.dict.slice(0, 40)))
    expect(short.message).toMatch(/belongs to this \.index/)
  })

  it('gives pairs that createLexicon can use', () => {
    const lexicon = createLexicon(parseDictd(FIXTURE.index, FIXTURE.dict), ['en', 'ru'])
    expect(lexicon.lookup('cats', 'en')).toHaveLength(1)
    expect(lexicon.lookup('кошки', 'ru')).toEqual(lexicon.lookup('cats', 'en'))
  })
})

describe('parseHunalignDictionary', () => {
  it('reads TARGET @ SOURCE lines as [source, target] pairs', () => {
    expect(parseHunalignDictionary('дом @ house\nкошка @ cat\n')).toEqual([
      ['house', 'дом'],
      ['cat', 'кошка'],
    ])
  })

  it('tolerates a BOM, CRLF and CR, blank lines, extra spaces, bad lines and repeats', () => {
    const text =
      '\uFEFFдом @ house\r\n\r\n   \r\n  большой   дом  @  big   house \r\n' +
      'no separator here\r\nemail@example.com\r\n@ orphan\r\nкот @\r\nкот\t@\tcat\rкот @ cat\n'
    expect(parseHunalignDictionary(text)).toEqual([
      ['house', 'дом'],
      ['big house', 'большой дом'],
      ['cat', 'кот'],
    ])
    expect(parseHunalignDictionary('')).toEqual([])
  })
})

describe('loadDictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-align-dict-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const expected = parseDictd(FIXTURE.index, FIXTURE.dict)

  it('loads a dictd dictionary from its .index or its .dict.dz, gunzipping the .dz', async () => {
    writeFileSync(join(dir, 'test.index'), FIXTURE.index)
    writeFileSync(join(dir, 'test.dict.dz'), gzipSync(FIXTURE.dict))
    expect(await loadDictionary(join(dir, 'test.index'))).toEqual(expected)
    expect(await loadDictionary(join(dir, 'test.dict.dz'))).toEqual(expected)
  })

  it('loads a dictd dictionary with a plain .dict', async () => {
    writeFileSync(join(dir, 'plain.index'), FIXTURE.index)
    writeFileSync(join(dir, 'plain.dict'), FIXTURE.dict)
    expect(await loadDictionary(join(dir, 'plain.dict'))).toEqual(expected)
    expect(await loadDictionary(join(dir, 'plain.index'))).toEqual(expected)
  })

  it('loads anything else as a hunalign dictionary', async () => {
    const path = join(dir, 'en-ru.dic')
    writeFileSync(path, '\uFEFFдом @ house\r\nкошка @ cat\r\n')
    expect(await loadDictionary(path)).toEqual([
      ['house', 'дом'],
      ['cat', 'кошка'],
    ])
  })

  it('says which file is missing and what to put where', async () => {
    const missing = await inputError(() => loadDictionary(join(dir, 'nothing.dic')))
    expect(missing.message).toMatch(/nothing\.dic.*no such file/)

    writeFileSync(join(dir, 'lonely.index'), FIXTURE.index)
    const noDict = await inputError(() => loadDictionary(join(dir, 'lonely.index')))
    expect(noDict.message).toContain(join(dir, 'lonely.dict.dz'))

    writeFileSync(join(dir, 'orphan.dict.dz'), gzipSync(FIXTURE.dict))
    const noIndex = await inputError(() => loadDictionary(join(dir, 'orphan.dict.dz')))
    expect(noIndex.message).toContain(join(dir, 'orphan.index'))

    const neither = await inputError(() => loadDictionary(join(dir, 'ghost.index')))
    expect(neither.message).toMatch(/ghost\.index.*no such file/)
  })

  it('refuses files that are not dictionaries of the format their name says', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'just some notes\n')
    expect((await inputError(() => loadDictionary(join(dir, 'notes.txt')))).message).toMatch(/TARGET @ SOURCE/)
    writeFileSync(join(dir, 'cp1251.dic'), new Uint8Array([0xe4, 0xee, 0xec, 0x20, 0x40, 0x20, 0x68]))
    expect((await inputError(() => loadDictionary(join(dir, 'cp1251.dic')))).message).toMatch(/UTF-8.*iconv/)
    writeFileSync(join(dir, 'broken.index'), FIXTURE.index)
    writeFileSync(join(dir, 'broken.dict.dz'), gzipSync(FIXTURE.dict).subarray(0, 20))
    expect((await inputError(() => loadDictionary(join(dir, 'broken.dict.dz')))).message).toMatch(/gunzip/)
  })
})

// Real dictionaries, when Debian's packages are installed (not part of the repo: GPL).
const FREEDICT = '/usr/share/dictd/freedict-eng-rus.index'
const MUELLER = '/usr/share/dictd/mueller7.index'

describe('installed dictd dictionaries', () => {
  it.runIf(existsSync(FREEDICT))('reads FreeDict eng-rus (dict-freedict-eng-rus)', async () => {
    const pairs = await loadDictionary(FREEDICT)
    // The package has about 1,700 headwords and gives about 2,100 pairs.
    expect(pairs.length).toBeGreaterThan(1_500)
    expect(translationsOf(pairs, 'house')).toContain('дом')
    expect(translationsOf(pairs, 'Europe')).toContain('Европа')
    expect(pairs.some(([h]) => /^00-?database/.test(h))).toBe(false)
    expect(pairs.every(([, t]) => /\p{Script=Cyrillic}/u.test(t) && !/\p{Script=Latin}/u.test(t))).toBe(true)
  })

  it.runIf(existsSync(MUELLER))('reads the Mueller dictionary (mueller7-dict)', async () => {
    const pairs = await loadDictionary(MUELLER)
    expect(pairs.length).toBeGreaterThan(10_000)
    expect(translationsOf(pairs, 'house')).toContain('дом')
    // A sense ends at its first English example: `to keep house вести хозяйство`.
    expect(translationsOf(pairs, 'house')).not.toContain('вести хозяйство')
    expect(pairs.every(([, t]) => /\p{Script=Cyrillic}/u.test(t) && !/\p{Script=Latin}/u.test(t))).toBe(true)
  })
})
