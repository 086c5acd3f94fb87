import { describe, expect, it } from 'vitest'
import { alignSegments } from '../../src/index.js'
import { TOOL_VERSION } from '../../src/outputs/tmx.js'
import { toXliff, xliffState } from '../../src/outputs/xliff.js'
import type { Alignment, Pair } from '../../src/types.js'

const LANGS = { sourceLang: 'en', targetLang: 'ru' } as const
const SCORE = expect.stringMatching(/^score (0(\.\d{1,4})?|1)$/)

interface Unit {
  id: string
  source: string
  target: string | undefined
  state: string | undefined
  note: string | undefined
}

/** The `<trans-unit>` elements of an XLIFF 1.2 document (texts still escaped). */
function transUnits(xliff: string): Unit[] {
  return [...xliff.matchAll(/<trans-unit id="([^"]*)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const target = body.match(/<target(?: state="([^"]*)")?>([\s\S]*?)<\/target>/)
    return {
      id,
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? 'MISSING',
      target: target?.[2],
      state: target?.[1],
      note: body.match(/<note[^>]*>([\s\S]*?)<\/note>/)?.[1],
    }
  })
}

/** An alignment of real sides with the pairs replaced, to pin down one-sided and merged groups. */
function withPairs(alignment: Alignment, pairs: Pair[]): Alignment {
  return { ...alignment, pairs }
}

describe('toXliff 1.2', () => {
  const simple = alignSegments(['One.', 'Two <b> & "3"'], ['Один.', 'Два <b> & «3»'], LANGS)

  it('writes XLIFF 1.2 in its namespace with one plaintext <file> and the languages', () => {
    const xliff = toXliff(simple)
    expect(xliff.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
    expect(xliff).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">')
    const file = xliff.match(/<file\b[^>]*>/)?.[0] ?? ''
    expect(file).toContain('original="alignment"')
    expect(file).toContain('source-language="en"')
    expect(file).toContain('target-language="ru"')
    expect(file).toContain('datatype="plaintext"')
    expect(xliff.match(/<file\b/g)).toHaveLength(1)
    expect(xliff).toContain(`<tool tool-id="bitext-align" tool-name="bitext-align" tool-version="${TOOL_VERSION}"/>`)
    expect(xliff).toMatch(/<\/body>\n {2}<\/file>\n<\/xliff>\n$/)
  })

  it('takes the file name and tool version from the options, escaped', () => {
    const xliff = toXliff(simple, { original: 'a&b "c".txt', toolVersion: '9<' })
    expect(xliff).toContain('original="a&amp;b &quot;c&quot;.txt"')
    expect(xliff).toContain('tool-version="9&lt;"')
  })

  it('writes one trans-unit per pair with source, target, state and score, text escaped', () => {
    const xliff = toXliff(simple)
    expect(transUnits(xliff)).toEqual([
      { id: '1', source: 'One.', target: 'Один.', state: 'translated', note: SCORE },
      {
        id: '2',
        source: 'Two &lt;b&gt; &amp; &quot;3&quot;',
        target: 'Два &lt;b&gt; &amp; «3»',
        state: 'translated',
        note: SCORE,
      },
    ])
    expect(xliff).not.toContain('<b>')
    expect(toXliff(simple, { scores: false })).not.toContain('<note')
  })

  it('removes characters XML 1.0 cannot hold', () => {
    const dirty = alignSegments(['One\u0001 two\uD800 three\uFFFF 😀.'], ['Раз\uDC00 два.'], LANGS)
    dirty.target.sentences[0] = { ...dirty.target.sentences[0], text: '\u0002' + dirty.target.sentences[0].text + '\u001F' }
    const xliff = toXliff(dirty)
    expect(transUnits(xliff).map((u) => [u.source, u.target])).toEqual([['One two three 😀.', 'Раз два.']])
    expect(xliff).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })

  it('joins merged sentences with one space', () => {
    const base = alignSegments(['First.', 'Second.'], ['Первое.', 'И второе.'], LANGS)
    const xliff = toXliff(withPairs(base, [{ source: [0, 1], target: [0, 1], score: 0.9 }]))
    expect(transUnits(xliff).map((u) => [u.source, u.target])).toEqual([['First. Second.', 'Первое. И второе.']])
  })

  it('keeps one-sided pairs with a state that says which side is missing', () => {
    const base = alignSegments(['Kept.', 'Untranslated.', 'Changed.'], ['Оставлено.', 'Добавлено.', 'Изменено.'], LANGS)
    const alignment = withPairs(base, [
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [], score: 0.5 },
      { source: [], target: [1], score: 0.5 },
      { source: [2], target: [2], score: 0.8, stale: true },
    ])
    expect(transUnits(toXliff(alignment)).map(({ id, source, target, state }) => ({ id, source, target, state }))).toEqual([
      { id: '1', source: 'Kept.', target: 'Оставлено.', state: 'translated' },
      { id: '2', source: 'Untranslated.', target: '', state: 'needs-translation' },
      { id: '3', source: '', target: 'Добавлено.', state: 'x-no-source' },
      { id: '4', source: 'Changed.', target: 'Изменено.', state: 'needs-review-translation' },
    ])
  })

  it('names states by the written text: a side left empty by removed characters is missing', () => {
    const pair: Pair = { source: [0], target: [0], score: 1 }
    expect(xliffState(pair, 'a', 'b')).toBe('translated')
    expect(xliffState(pair, 'a', '')).toBe('needs-translation')
    expect(xliffState(pair, '', 'b')).toBe('x-no-source')
    expect(xliffState({ ...pair, stale: true }, 'a', 'b')).toBe('needs-review-translation')
  })
})

describe('toXliff 2.0', () => {
  it('writes units with one segment each in the 2.0 namespace', () => {
    const base = alignSegments(['One & two.', 'Untranslated.'], ['Раз <и> два.', 'Добавлено.'], LANGS)
    const alignment = withPairs(base, [
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [], score: 0.5 },
      { source: [], target: [1], score: 0.4, stale: true },
    ])
    const xliff = toXliff(alignment, { version: '2.0', original: 'doc.txt' })
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">')
    expect(xliff).toContain('<file id="f1" original="doc.txt">')
    expect(xliff).not.toContain('trans-unit')
    const units = [...xliff.matchAll(/<unit id="([^"]*)">([\s\S]*?)<\/unit>/g)].map(([, id, body]) => ({
      id,
      segment: body.match(/<segment[^>]*>/)?.[0],
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
      target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
      note: body.match(/<notes><note category="score">([^<]*)<\/note><\/notes>/)?.[1],
    }))
    expect(units).toEqual([
      { id: 'u1', segment: '<segment state="translated">', source: 'One &amp; two.', target: 'Раз &lt;и&gt; два.', note: '0.9' },
      { id: 'u2', segment: '<segment state="initial">', source: 'Untranslated.', target: undefined, note: '0.5' },
      {
        id: 'u3',
        segment: '<segment state="translated" subState="bitext-align:no-source">',
        source: '',
        target: 'Добавлено.',
        note: '0.4',
      },
    ])
    expect(xliff).toMatch(/<\/file>\n<\/xliff>\n$/)
  })
})
