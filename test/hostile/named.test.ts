/**
 * Named hostile inputs, one test each: every case ends in a defined result or
 * a `BitextError` whose code and message say what to fix. The vitest timeout
 * of each test is its hang guard.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/api/align.js'
import { alignAsync } from '../../src/api/align-async.js'
import { alignPage } from '../../src/api/align-page.js'
import { alignSegments } from '../../src/api/align-segments.js'
import { segment } from '../../src/api/segment.js'
import { run } from '../../src/cli/run.js'
import { splitPage } from '../../src/language/page.js'
import { BitextError, type BitextErrorCode } from '../../src/errors.js'
import type { Alignment } from '../../src/types.js'
import { expectCovers, expectPairs, expectSide } from './hostile.js'

/** Hang guard for the quick cases. */
const QUICK = 10_000
/** Hang guard for the large inputs (megabytes, 100,000 lines). */
const LARGE = 60_000

const EN = 'The storm reached the coast on Monday. Three villages lost power.\n\nRescue teams arrived on 16.12. with 600 tents.'
const RU = 'Шторм достиг побережья в понедельник. Три деревни остались без света.\n\nСпасатели прибыли 16 декабря и привезли шестьсот палаток.'
/** The pairs of EN and RU: three 1-1 pairs. */
const ONE_TO_ONE = [
  [[0], [0]],
  [[1], [1]],
  [[2], [2]],
]

/** Pairs without scores, for comparing two alignments of the same text. */
const shape = (alignment: Alignment): number[][][] => alignment.pairs.map((p) => [p.source, p.target])
const texts = (alignment: Alignment): [string[], string[]] => [
  alignment.source.sentences.map((s) => s.text),
  alignment.target.sentences.map((s) => s.text),
]

/** A valid alignment of the two texts: sides cover their text, pairs cover each sentence once. */
function expectValid(alignment: Alignment, source: string, target: string): void {
  expectSide(alignment.source, source)
  expectSide(alignment.target, target)
  expectCovers(source, alignment.source.sentences, 'source sentence')
  expectCovers(target, alignment.target.sentences, 'target sentence')
  expectPairs(alignment)
}

/** Assert that `f` throws a `BitextError` with this code and a message matching every pattern. */
function expectBitextError(f: () => unknown, code: BitextErrorCode, ...patterns: RegExp[]): BitextError {
  let caught: unknown
  try {
    f()
  } catch (error) {
    caught = error
  }
  expect(caught, 'a BitextError is thrown').toBeInstanceOf(BitextError)
  const error = caught as BitextError
  expect(error.code).toBe(code)
  for (const pattern of patterns) expect(error.message).toMatch(pattern)
  return error
}

const dir = mkdtempSync(join(tmpdir(), 'bitext-hostile-'))
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, '0.0.0-test')
  return { code, out, err }
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed >>> 0
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

/** Encode Russian text in Windows-1251, as old files and Windows Notepad keep it. */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.charCodeAt(0)
    if (code < 0x80) return code
    if (code >= 0x0410 && code <= 0x044f) return code - 0x0410 + 0xc0
    if (char === 'ё') return 0xb8
    if (char === 'Ё') return 0xa8
    throw new Error(`not in the test's Windows-1251 table: ${char}`)
  })
}

describe('empty and blank input', () => {
  it('empty text: no paragraphs when segmented; EMPTY_INPUT when both sides are empty', () => {
    expect(segment('')).toMatchObject({ text: '', paragraphs: [], sentences: [] })
    expectBitextError(() => align('', ''), 'EMPTY_INPUT', /both texts are empty or blank/, /give the text and its translation/)
    expectBitextError(() => alignPage(''), 'EMPTY_INPUT', /the page is empty or blank/, /give a page that holds a text and its translation/)
    expectBitextError(() => alignSegments([], []), 'EMPTY_INPUT', /give the text and its translation/)
  }, QUICK)

  it('whitespace only (every kind of blank, BOM, zero-width, controls): no sentences; EMPTY_INPUT', () => {
    const blank = ' \t\n\r\n\r\u00A0\u2028\u2029\u3000\v\f\uFEFF\u200B\u200D\u2060\u0000\u0085 \n\n\r\r'
    expect(segment(blank)).toMatchObject({ paragraphs: [], sentences: [] })
    expect(segment(blank, { lang: 'ru' }).sentences).toEqual([])
    expectBitextError(() => align(blank, blank), 'EMPTY_INPUT', /empty or blank/, /give the text and its translation/)
    expectBitextError(() => align(blank, '', { sourceLang: 'en', targetLang: 'ru' }), 'EMPTY_INPUT', /empty or blank/)
    expectBitextError(() => alignPage(blank), 'EMPTY_INPUT', /the page is empty or blank/)
    // Not blank, but nothing in a language: numbers and page furniture only.
    expectBitextError(() => alignPage('11/16/15, 2:44 PM\n\n1/3\n\n42 - 17'), 'LANGUAGE_NOT_FOUND', /no text in any language/, /page furniture/)
  }, QUICK)

  it('one side empty: every sentence of the other side comes out one-sided (1-0 or 0-1)', () => {
    const toNothing = align(EN, '')
    expectValid(toNothing, EN, '')
    expect(toNothing.source.sentences).toHaveLength(3)
    expect(shape(toNothing)).toEqual([
      [[0], []],
      [[1], []],
      [[2], []],
    ])
    const fromNothing = align(' \r\n\t', RU)
    expectValid(fromNothing, ' \r\n\t', RU)
    expect(shape(fromNothing)).toEqual([
      [[], [0]],
      [[], [1]],
      [[], [2]],
    ])
    expect(shape(alignSegments(['One.', 'Two.'], []))).toEqual([
      [[0], []],
      [[1], []],
    ])
  }, QUICK)
})

describe('languages', () => {
  it('both sides the same language: SAME_LANGUAGE, unless both languages are given', () => {
    const other = 'Rescue teams came on Tuesday. They brought tents and food.'
    expectBitextError(() => align(EN, other), 'SAME_LANGUAGE', /same language \(en\)/, /set sourceLang and targetLang/)
    expectBitextError(() => align(RU, RU), 'SAME_LANGUAGE', /same language \(ru\)/, /pass the translation as the second text/)
    const versions = align(EN, other, { sourceLang: 'en', targetLang: 'en' })
    expectValid(versions, EN, other)
    expect(versions.source.lang).toBe('en')
    expect(versions.target.lang).toBe('en')
  }, QUICK)

  it('a side in a third language: German against Russian aligns, labelled de', () => {
    const de = 'Der Sturm erreichte am Montag die Küste. Drei Dörfer waren ohne Strom.\n\nDie Retter kamen am 16.12. mit 600 Zelten.'
    const alignment = align(de, RU)
    expectValid(alignment, de, RU)
    expect(alignment.source.lang).toBe('de')
    expect(alignment.target.lang).toBe('ru')
    expect(shape(alignment)).toEqual(ONE_TO_ONE)
  }, QUICK)

  it('a Ukrainian side of a page is detected as uk and aligned with the English one', () => {
    const uk = 'Шторм досяг узбережжя в понеділок. Три села залишилися без світла.\n\nРятувальники прибули 16 грудня і привезли шістсот наметів.'
    const page = `${uk}\n\n${EN}\n`
    const alignment = alignPage(page)
    expect(alignment.source.lang).toBe('en')
    expect(alignment.target.lang).toBe('uk')
    expect(shape(alignment)).toEqual(ONE_TO_ONE)
    expect(alignment.noise).toEqual([])
    // The source is the English document although the Ukrainian one comes first.
    expect(alignment.source.sentences[0].start).toBe(uk.length + 2)
  }, QUICK)
})

describe('page furniture', () => {
  it('an event listing repeated near the top of a page is noise once, not twice', () => {
    const listing = 'April 2, 2025 - April 6, 2025 - Madurai, India'
    const page = `${listing}\n${EN}\n\n${RU}\n\n${listing}\n`
    const alignment = alignPage(page)
    expect(shape(alignment)).toEqual(ONE_TO_ONE)
    expect(alignment.noise).toEqual([
      { start: 0, end: listing.length, text: listing },
      { start: page.length - 1 - listing.length, end: page.length - 1, text: listing },
    ])
    const twice = `${listing}\n${listing}\n`
    expect(splitPage(twice)).toEqual({
      documents: [],
      noise: [
        { start: 0, end: listing.length, text: listing },
        { start: listing.length + 1, end: 2 * listing.length + 1, text: listing },
      ],
    })
    expectBitextError(() => alignPage(twice), 'LANGUAGE_NOT_FOUND', /no text in any language/)
  }, QUICK)
})

describe('size', () => {
  it('one 5 MB paragraph with no punctuation: one sentence, and it aligns against a short text', () => {
    const words = ['alpha', 'storm', 'coast', 'village', 'power', 'rescue', 'team', 'tent']
    const parts: string[] = []
    let length = 0
    for (let i = 0; length < 5_000_000; i++) {
      const word = words[i % words.length]
      parts.push(word)
      length += word.length + 1
    }
    const big = parts.join(' ')
    expect(big.length).toBeGreaterThanOrEqual(4_999_999)
    const side = segment(big, { lang: 'en' })
    expect(side.sentences).toHaveLength(1)
    expect(side.sentences[0]).toMatchObject({ start: 0, end: big.length })
    const alignment = align(big, 'Короткий текст.')
    expect(alignment.source.sentences).toHaveLength(1)
    expect(alignment.target.sentences).toHaveLength(1)
    expectPairs(alignment)
  }, LARGE)

  it('100,000 one-word lines: segmentation finishes (headings each, or one hard-wrapped sentence)', () => {
    const capitalised = Array.from({ length: 100_000 }, (_, i) => `Word${i}`).join('\n')
    const headings = segment(capitalised, { lang: 'en' })
    expect(headings.sentences).toHaveLength(100_000)
    expect(headings.paragraphs.every((p) => p.kind === 'heading')).toBe(true)
    expect(headings.sentences[99_999].text).toBe('Word99999')
    // Lower-case lines continue one another: one hard-wrapped paragraph of one sentence.
    const wrapped = Array.from({ length: 100_000 }, () => 'word').join('\r\n')
    const one = segment(wrapped, { lang: 'en' })
    expect(one.sentences).toHaveLength(1)
    expect(one.sentences[0].text).toBe(Array.from({ length: 100_000 }, () => 'word').join(' '))
  }, LARGE)

  it('two sides of 3,000 one-word lines align line to line', () => {
    const n = 3000
    const en = Array.from({ length: n }, (_, i) => `Word${i}`).join('\n')
    const ru = Array.from({ length: n }, (_, i) => `Слово${i}`).join('\n')
    const alignment = align(en, ru)
    expectValid(alignment, en, ru)
    expect(shape(alignment)).toEqual(Array.from({ length: n }, (_, i) => [[i], [i]]))
  }, LARGE)

  it('sides 1 : 100 in size: the one sentence is in exactly one pair, the rest one-sided', () => {
    const one = 'The committee met on Monday.'
    const hundred = Array.from({ length: 100 }, (_, i) => `Комитет провёл заседание номер ${i + 1}.`).join(' ')
    for (const alignment of [align(one, hundred), align(hundred.replace(/Комитет провёл заседание номер/g, 'The committee held meeting number'), 'Комитет собрался в понедельник.')]) {
      expectPairs(alignment)
      const [small, large] = alignment.source.sentences.length === 1 ? ['source', 'target'] as const : ['target', 'source'] as const
      expect(alignment[small].sentences).toHaveLength(1)
      expect(alignment[large].sentences).toHaveLength(100)
      const withSmall = alignment.pairs.filter((p) => p[small].length > 0)
      expect(withSmall).toHaveLength(1)
      expect(alignment.pairs.filter((p) => p[small].length === 0).every((p) => p[large].length === 1)).toBe(true)
    }
  }, QUICK)
})

describe('line breaks, BOM, Unicode forms and invisible characters', () => {
  it('CRLF and lone CR give the same sentences and pairs as LF', () => {
    const lf = align(EN, RU)
    expect(shape(lf)).toEqual(ONE_TO_ONE)
    for (const eol of ['\r\n', '\r']) {
      const en = EN.replaceAll('\n', eol)
      const ru = RU.replaceAll('\n', eol)
      const alignment = align(en, ru)
      expectValid(alignment, en, ru)
      expect(shape(alignment)).toEqual(shape(lf))
      expect(texts(alignment)).toEqual(texts(lf))
      expect(alignment.source.paragraphs).toHaveLength(2)
    }
  }, QUICK)

  it('a BOM at the start: same sentences and pairs, offsets past the BOM', () => {
    const plain = align(EN, RU)
    const alignment = align(`\uFEFF${EN}`, `\uFEFF${RU}`)
    expectValid(alignment, `\uFEFF${EN}`, `\uFEFF${RU}`)
    expect(shape(alignment)).toEqual(shape(plain))
    expect(texts(alignment)).toEqual(texts(plain))
    expect(alignment.source.sentences[0].start).toBe(1)
    expect(alignment.target.sentences.map((s) => s.start)).toEqual(plain.target.sentences.map((s) => s.start + 1))
  }, QUICK)

  it('NFD Russian (й as и + U+0306, ё as е + U+0308): same pairs as NFC, text kept as given', () => {
    const en = 'My house stands on the shore. Her name is Alyona, and she is twenty.\n\nIn winter it is cold here, and the sea is grey.'
    const nfc = 'Мой дом стоит на берегу. Её зовут Алёна, и ей двадцать лет.\n\nЗимой здесь холодно, и море серое.'
    const nfd = nfc.normalize('NFD')
    expect(nfd).toContain('\u0438\u0306')
    expect(nfd.length).toBeGreaterThan(nfc.length)
    const composed = align(en, nfc)
    const decomposed = align(en, nfd)
    expectValid(decomposed, en, nfd)
    expect(decomposed.target.lang).toBe('ru')
    expect(shape(decomposed)).toEqual(shape(composed))
    expect(shape(decomposed)).toEqual(ONE_TO_ONE)
    expect(decomposed.target.sentences.map((s) => s.text.normalize('NFC'))).toEqual(texts(composed)[1])
    // An NFD `й` ending an abbreviation-like word does not break segmentation.
    expect(segment('Это мо\u0438\u0306. Новый день.', { lang: 'ru' }).sentences.map((s) => s.text)).toEqual(['Это мо\u0438\u0306.', 'Новый день.'])
  }, QUICK)

  it('zero-width and control characters inside words: same pairs, dropped from the display text', () => {
    const dirtyEn = EN.replace('storm', 'st\u200Borm').replace('coast', 'co\u0007ast').replace('villages', 'vil\u00ADla\u200Dges').replace('power', 'pow\u0000er')
    const dirtyRu = RU.replace('Шторм', 'Шт\u200Cорм').replace('деревни', 'дер\u0001евни').replace('света', 'све\u2060та').replace('палаток', 'пала\u007Fток')
    const clean = align(EN, RU)
    const dirty = align(dirtyEn, dirtyRu)
    expectValid(dirty, dirtyEn, dirtyRu)
    expect(shape(dirty)).toEqual(shape(clean))
    expect(texts(dirty)).toEqual(texts(clean))
    expect(dirtyEn.slice(dirty.source.sentences[0].start, dirty.source.sentences[0].end)).toContain('\u200B')
  }, QUICK)

  it('invalid UTF-16 (lone surrogates) in both texts: a defined result that keeps them', () => {
    const en = 'Hello \uD800 world. Bye \uDC00 now.\n\nA broken emoji \uD83D ends here.'
    const ru = 'Привет \uDBFF мир. Пока \uDFFF сейчас.\n\nСломанный смайлик \uDE00 здесь.'
    const alignment = align(en, ru)
    expectValid(alignment, en, ru)
    expect(shape(alignment)).toEqual(ONE_TO_ONE)
    expect(texts(alignment)).toEqual([
      ['Hello \uD800 world.', 'Bye \uDC00 now.', 'A broken emoji \uD83D ends here.'],
      ['Привет \uDBFF мир.', 'Пока \uDFFF сейчас.', 'Сломанный смайлик \uDE00 здесь.'],
    ])
    // Also one surrogate alone, and a page of them.
    expect(segment('\uD800').sentences.map((s) => s.text)).toEqual(['\uD800'])
    expectBitextError(() => alignPage('\uD800\n\uDC00'), 'LANGUAGE_NOT_FOUND', /no text in any language/, /page mode needs both versions/)
  }, QUICK)

  it('HTML markup pasted as text: a defined result with the tags kept as text', () => {
    const en = '<p>Hello <b>world</b>.</p>'
    const ru = '<p>Привет, <b>мир</b>.</p>'
    const alignment = align(en, ru)
    expectValid(alignment, en, ru)
    expect(alignment.source.lang).toBe('en')
    expect(alignment.target.lang).toBe('ru')
    expect(texts(alignment)).toEqual([[en], [ru]])
    expect(shape(alignment)).toEqual([[[0], [0]]])
  }, QUICK)

  it('non-string input: INVALID_INPUT naming what to pass', () => {
    expectBitextError(() => align(null as unknown as string, RU), 'INVALID_INPUT', /source must be a string, got null/)
    expectBitextError(() => segment(42 as unknown as string), 'INVALID_INPUT', /text must be a string, got number/)
    expectBitextError(() => alignSegments('Hello.' as unknown as string[], []), 'INVALID_INPUT', /source must be an array/)
    expectBitextError(() => alignSegments([['a'], 3] as unknown as string[][], []), 'INVALID_INPUT', /array of arrays of strings/)
  }, QUICK)
})

describe('limits', () => {
  it('input over maxLength: INPUT_TOO_LARGE naming the maxLength option, on every entry point', async () => {
    const options = { maxLength: 100 }
    const long = EN.repeat(2)
    expectBitextError(() => align(long, RU, options), 'INPUT_TOO_LARGE', /source has 226 characters/, /maxLength \(100\)/, /raise the maxLength option/)
    expectBitextError(() => align(EN.slice(0, 50), RU, options), 'INPUT_TOO_LARGE', /target has \d+ characters/, /maxLength/)
    expectBitextError(() => segment(long, options), 'INPUT_TOO_LARGE', /text has 226 characters/, /maxLength/)
    expectBitextError(() => alignPage(`${EN}\n\n${RU}`, options), 'INPUT_TOO_LARGE', /page has \d+ characters/, /maxLength/)
    expectBitextError(() => alignSegments([long], ['Шторм.'], options), 'INPUT_TOO_LARGE', /source has 226 characters/, /raise the maxLength option/)
    expectBitextError(() => alignSegments([['Storm.']], [['Шторм.'], [RU]], options), 'INPUT_TOO_LARGE', /target has \d+ characters/)
    await expect(alignAsync(long, RU, options)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' })
    expectBitextError(() => align(EN, RU, { maxLength: 0 }), 'INVALID_OPTION', /maxLength must be a positive number/)
  }, QUICK)

  it('maxLength counts what the side holds: presegmented input exactly at the limit passes', () => {
    const source = [['One two.', 'Three.'], ['Four five six.']]
    const joined = 'One two.\nThree.\n\nFour five six.'
    const alignment = alignSegments(source, ['Раз.'], { maxLength: joined.length })
    expect(alignment.source.text).toBe(joined)
    expectBitextError(() => alignSegments(source, ['Раз.'], { maxLength: joined.length - 1 }), 'INPUT_TOO_LARGE', /source has 31 characters/)
  }, QUICK)
})

describe('a caller\'s embedding function returning garbage', () => {
  it('NaN, an infinity or a number too large for 32 bits: INVALID_OPTION asking for finite numbers', async () => {
    const garbage: number[][] = [[Number.NaN, 1], [Number.POSITIVE_INFINITY, 1], [1e300, 1], ['x' as unknown as number, 1]]
    for (const bad of garbage) {
      const embed = async (batch: string[]): Promise<number[][]> => batch.map((_, k) => (k === 1 ? bad : [1, k]))
      const error = await alignAsync(EN, RU, { embed }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(BitextError)
      expect((error as BitextError).code).toBe('INVALID_OPTION')
      expect((error as BitextError).message).toMatch(/source sentence 1/)
      expect((error as BitextError).message).toMatch(/return plain finite numbers/)
    }
    // Zero vectors are finite: a defined result, every score a number in [0, 1].
    const zeros = await alignAsync(EN, RU, { embed: async (batch) => batch.map(() => [0, 0, 0]) })
    expectValid(zeros, EN, RU)
    expect(shape(zeros)).toEqual(ONE_TO_ONE)
  }, QUICK)
})

describe('the CLI on files that are not UTF-8 text', () => {
  it('a binary file (random bytes with NUL): exit 1 and a message that it is binary', async () => {
    const bytes = randomBytes(4096, 20261127)
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
    expect(bytes.includes(0)).toBe(true)
    const binary = file('image.png', bytes)
    const segmented = await cli('segment', binary)
    expect(segmented.code).toBe(1)
    expect(segmented.out).toBe('')
    expect(segmented.err).toMatch(/image\.png looks like a binary file/)
    expect(segmented.err).toMatch(/give a UTF-8 text file/)
    const aligned = await cli('align', file('en.txt', EN), binary)
    expect(aligned.code).toBe(1)
    expect(aligned.err).toMatch(/binary file/)
    const page = await cli('page', binary)
    expect(page.code).toBe(1)
    expect(page.err).toMatch(/binary file/)
  }, QUICK)

  it('a binary file that happens to start with the UTF-16 byte-order mark: exit 1, binary', async () => {
    const bytes = randomBytes(4097, 7)
    bytes.set([0xff, 0xfe])
    const binary = file('blob.bin', bytes)
    const result = await cli('segment', binary)
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/blob\.bin looks like a binary file/)
    expect(result.err).toMatch(/give a UTF-8 text file/)
  }, QUICK)

  it('UTF-16 text with a byte-order mark is still read', async () => {
    const utf16 = file('ru-utf16.txt', Buffer.from(`\uFEFF${RU}`, 'utf16le'))
    const result = await cli('segment', utf16, '--format', 'json')
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    const json = JSON.parse(result.out) as { lang: string; sentences: { text: string }[] }
    expect(json.lang).toBe('ru')
    expect(json.sentences.map((s) => s.text)).toEqual(segment(RU).sentences.map((s) => s.text))
  }, QUICK)

  it('a Windows-1251 file: exit 1 and a message that it is not UTF-8, with the command to convert it', async () => {
    const cp1251 = file('ru-1251.txt', windows1251(RU))
    for (const argv of [['segment', cp1251], ['align', file('en2.txt', EN), cp1251], ['check', file('en3.txt', EN), cp1251]]) {
      const result = await cli(...argv)
      expect(result.code, argv.join(' ')).toBe(1)
      expect(result.out).toBe('')
      expect(result.err).toMatch(/ru-1251\.txt is not valid UTF-8/)
      expect(result.err).toMatch(/iconv -f WINDOWS-1251 -t UTF-8/)
    }
  }, QUICK)
})
