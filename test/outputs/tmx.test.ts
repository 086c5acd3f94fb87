import { describe, expect, it } from 'vitest'
import { alignSegments } from '../../src/index.js'
import { TOOL_VERSION, toTmx } from '../../src/outputs/tmx.js'
import { escapeXml, stripInvalidXmlChars } from '../../src/outputs/xml.js'
import type { Alignment, Pair } from '../../src/types.js'

const LANGS = { sourceLang: 'en', targetLang: 'ru' } as const

/** The `<tu>` elements of a TMX document, each as its source and target `<seg>` content (still escaped). */
function units(tmx: string): Array<[string, string]> {
  return [...tmx.matchAll(/<tu\b[^>]*>([\s\S]*?)<\/tu>/g)].map((m) => {
    const segs = [...m[1].matchAll(/<tuv xml:lang="([^"]*)"><seg>([\s\S]*?)<\/seg><\/tuv>/g)]
    expect(segs.map((s) => s[1])).toEqual(['en', 'ru'])
    return [segs[0][2], segs[1][2]]
  })
}

/** An alignment of real sides with the pairs replaced, to pin down one-sided and merged groups. */
function withPairs(alignment: Alignment, pairs: Pair[]): Alignment {
  return { ...alignment, pairs }
}

describe('escapeXml', () => {
  it('replaces the five predefined entities and nothing else', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f')
    expect(escapeXml('&amp;')).toBe('&amp;amp;')
    expect(escapeXml('Два «3» 😀')).toBe('Два «3» 😀')
  })
})

describe('stripInvalidXmlChars', () => {
  it('removes C0 controls except tab, LF and CR, U+FFFE/U+FFFF and lone surrogates', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg')
    expect(stripInvalidXmlChars('a\tb\nc\rd')).toBe('a\tb\nc\rd')
    expect(stripInvalidXmlChars('x\uFFFEy\uFFFFz')).toBe('xyz')
    expect(stripInvalidXmlChars('lone \uD800high, \uDC00low, end\uD83D')).toBe('lone high, low, end')
    expect(stripInvalidXmlChars('\uDC00\uD800')).toBe('')
  })

  it('keeps valid surrogate pairs, C1 controls and ordinary text', () => {
    expect(stripInvalidXmlChars('😀 \u0085 Привет \uFFFD')).toBe('😀 \u0085 Привет \uFFFD')
  })
})

describe('toTmx', () => {
  const simple = alignSegments(['One.', 'Two <b> & "3"'], ['Один.', 'Два <b> & «3»'], LANGS)

  it('writes a TMX 1.4 document with every required header attribute', () => {
    const tmx = toTmx(simple)
    expect(tmx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')).toBe(true)
    const header = tmx.match(/<header\b[^>]*\/>/)?.[0] ?? ''
    expect(header).toContain('creationtool="bitext-align"')
    expect(header).toContain(`creationtoolversion="${TOOL_VERSION}"`)
    expect(header).toContain('segtype="sentence"')
    expect(header).toContain('o-tmf="bitext-align"')
    expect(header).toContain('adminlang="en"')
    expect(header).toContain('srclang="en"')
    expect(header).toContain('datatype="plaintext"')
    expect(tmx).toMatch(/<\/body>\n<\/tmx>\n$/)
    expect(TOOL_VERSION).toBe('0.1.0')
  })

  it('takes the tool version from the options, escaped', () => {
    expect(toTmx(simple, { toolVersion: '2.0 "beta"' })).toContain('creationtoolversion="2.0 &quot;beta&quot;"')
  })

  it('writes one <tu> per pair, source language first, text escaped', () => {
    const tmx = toTmx(simple)
    expect(units(tmx)).toEqual([
      ['One.', 'Один.'],
      ['Two &lt;b&gt; &amp; &quot;3&quot;', 'Два &lt;b&gt; &amp; «3»'],
    ])
    expect(tmx).not.toContain('<b>')
    expect(tmx).toContain('<tu tuid="1">')
    expect(tmx).toContain('<tu tuid="2">')
  })

  it('uses the sides’ languages, target first when the alignment runs ru → en', () => {
    const reversed = alignSegments(['Один.'], ['One.'], { sourceLang: 'ru', targetLang: 'en' })
    const tmx = toTmx(reversed)
    expect(tmx).toContain('srclang="ru"')
    expect(tmx).toMatch(/<tuv xml:lang="ru"><seg>Один\.<\/seg><\/tuv>\s*<tuv xml:lang="en"><seg>One\.<\/seg><\/tuv>/)
    expect(tmx).toContain('adminlang="en"')
  })

  it('removes characters XML 1.0 cannot hold', () => {
    const dirty = alignSegments(['One\u0001 two\uD800 three\uFFFF 😀.'], ['Раз\uDC00 два.'], LANGS)
    // Segmentation already drops C0 controls; put some back to test the output on its own.
    dirty.source.sentences[0] = { ...dirty.source.sentences[0], text: dirty.source.sentences[0].text + '\u0001\u000B' }
    const tmx = toTmx(dirty)
    expect(units(tmx)).toEqual([['One two three 😀.', 'Раз два.']])
    expect(tmx).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    expect(stripInvalidXmlChars(tmx)).toBe(tmx)
  })

  it('joins merged sentences with one space', () => {
    const base = alignSegments(['First.', 'Second.', 'Third.'], ['Первое и второе.', 'Третье.'], LANGS)
    const merged = withPairs(base, [
      { source: [0, 1], target: [0], score: 0.9 },
      { source: [2], target: [1], score: 0.95 },
    ])
    expect(units(toTmx(merged))).toEqual([
      ['First. Second.', 'Первое и второе.'],
      ['Third.', 'Третье.'],
    ])
  })

  it('leaves out one-sided pairs by default and keeps them with includeOneSided', () => {
    const base = alignSegments(['Kept.', 'Untranslated.', 'Also kept.'], ['Оставлено.', 'Тоже оставлено.', 'Добавлено.'], LANGS)
    const alignment = withPairs(base, [
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [], score: 0.5 },
      { source: [2], target: [1], score: 0.9 },
      { source: [], target: [2], score: 0.5 },
    ])
    expect(units(toTmx(alignment))).toEqual([
      ['Kept.', 'Оставлено.'],
      ['Also kept.', 'Тоже оставлено.'],
    ])
    expect(toTmx(alignment)).toContain('<tu tuid="3">')
    expect(units(toTmx(alignment, { includeOneSided: true }))).toEqual([
      ['Kept.', 'Оставлено.'],
      ['Untranslated.', ''],
      ['Also kept.', 'Тоже оставлено.'],
      ['', 'Добавлено.'],
    ])
  })

  it('writes scores as props, drops pairs under minScore, marks stale pairs', () => {
    const base = alignSegments(['Sure.', 'Unsure.'], ['Точно.', 'Неточно.'], LANGS)
    const alignment = withPairs(base, [
      { source: [0], target: [0], score: 0.98765, stale: true },
      { source: [1], target: [1], score: 0.4 },
    ])
    const tmx = toTmx(alignment)
    expect(tmx).toMatch(/<tu tuid="1">\s*<prop type="x-score">0\.9877<\/prop>\s*<prop type="x-stale">true<\/prop>\s*<tuv/)
    expect(tmx).toContain('<prop type="x-score">0.4</prop>')
    expect(units(toTmx(alignment, { minScore: 0.5 }))).toEqual([['Sure.', 'Точно.']])
    expect(toTmx(alignment, { scores: false })).not.toContain('x-score')
  })

  it('writes an empty body for an alignment with no two-sided pair', () => {
    const base = alignSegments(['Alone.'], ['Одна.'], LANGS)
    const tmx = toTmx(withPairs(base, [{ source: [0], target: [], score: 0.5 }, { source: [], target: [0], score: 0.5 }]))
    expect(tmx).toContain('<body>\n  </body>')
  })
})
