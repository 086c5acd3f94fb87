import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { alignPage, toJson, toReviewHtml } from '../../src/index.js'
import type { Alignment } from '../../src/types.js'
import { bundledReviewPage } from './browser.js'
import { syntheticAlignment } from './synthetic.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const seed = alignPage(readFileSync(`${ROOT}fixtures/solidnet-cpk-ban-2015-en-ru.txt`, 'utf8'))
const ACTIONS = ['merge', 'split', 'move-up', 'move-down', 'confirm', 'undo', 'redo', 'next-low', 'previous-low', 'save-alignment', 'save-anchors']

/** The text of the embedded data block. */
function dataOf(html: string): string {
  const match = /<script type="application\/json" id="bitext-data">([\s\S]*?)<\/script>/.exec(html)
  if (!match) throw new Error('no data block')
  return match[1]
}

/** The code of the page's one executable script. */
function scriptOf(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  expect(scripts).toHaveLength(1)
  return scripts[0][1]
}

/** An alignment whose texts try to break out of the page. */
function hostile(): Alignment {
  const evil = '</script><img src=x onerror="alert(1)"><!-- \u2028 & \'quotes\''
  const text = `Hello. ${evil}`
  return {
    source: {
      lang: 'en',
      text,
      paragraphs: [{ start: 0, end: text.length, kind: 'text', sentences: [0, 2] }],
      sentences: [
        { start: 0, end: 6, text: 'Hello.', paragraph: 0 },
        { start: 7, end: text.length, text: evil, paragraph: 0 },
      ],
    },
    target: {
      lang: 'ru" onload="x',
      text: 'Привет.',
      paragraphs: [{ start: 0, end: 7, kind: 'text', sentences: [0, 1] }],
      sentences: [{ start: 0, end: 7, text: 'Привет.', paragraph: 0 }],
    },
    pairs: [
      { source: [0], target: [0], score: 0.9 },
      { source: [1], target: [], score: 0.1, confirmed: true },
    ],
    noise: [{ start: 0, end: 3, text: '<script>alert(2)</script>' }],
  }
}

describe('toReviewHtml', () => {
  it('writes one self-contained HTML5 page: CSP, toolbar, table, status bar, hidden help, data and script', () => {
    const html = toReviewHtml(seed)
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`)
    expect(html).toContain('<title>Review alignment EN → RU</title>')
    expect(html).not.toMatch(/\b(src|href)=/)
    expect(html).not.toMatch(/https?:\/\//)
    for (const action of ACTIONS) expect(html).toContain(`<button type="button" data-action="${action}"`)
    expect(html).toContain('<div role="rowgroup" id="beads" data-low-score="0.5"></div>')
    expect(html).toMatch(/<div id="help" class="help" hidden /)
    expect(html).toContain('<kbd>Shift+K</kbd>')
    expect(html.indexOf('id="bitext-data"')).toBeLessThan(html.indexOf('<script>'))
  })

  it('embeds toJson(alignment) so that it round-trips', () => {
    const embedded = dataOf(toReviewHtml(seed))
    expect(embedded).not.toContain('<')
    expect(JSON.parse(embedded)).toEqual(JSON.parse(JSON.stringify(toJson(seed))))
  })

  it('gives a script that parses, carries its own __name and only the editor function', () => {
    const code = scriptOf(toReviewHtml(seed))
    expect(() => new Function(code)).not.toThrow()
    expect(code).toMatch(/^\(\(\) => \{\nconst __name = \(target\) => target;\n\(function reviewApp\(\)/)
    expect(code).not.toMatch(/<\/script|<!--/i)
    expect(code).not.toMatch(/\bimport\b|\brequire\(/)
  })

  it('leaves hostile text inert: no tag, attribute or script comes out of a sentence, a language code or the noise', () => {
    const alignment = hostile()
    const html = toReviewHtml(alignment, { title: '<b onclick="x">T</b>' })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b onclick')
    expect(html).not.toContain('" onload="')
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(html.match(/<script/g)).toHaveLength(2)
    const embedded = dataOf(html)
    expect(embedded).toContain('\\u003c/script>\\u003cimg')
    expect(JSON.parse(embedded)).toEqual(JSON.parse(JSON.stringify(toJson(alignment))))
    expect(() => new Function(scriptOf(html))).not.toThrow()
  })

  it('fills in the counts: beads, low beads still to review, confirmed, edited', () => {
    const counts = (html: string): Record<string, number> =>
      Object.fromEntries([...html.matchAll(/<li data-count="([a-z]+)"[^>]*><b>(\d+)<\/b>/g)].map((m) => [m[1], Number(m[2])]))
    expect(counts(toReviewHtml(seed))).toEqual({ beads: 31, low: 0, confirmed: 0, edited: 0 })
    expect(counts(toReviewHtml(seed, { lowScore: 0.9 }))).toEqual({ beads: 31, low: 4, confirmed: 0, edited: 0 })
    expect(counts(toReviewHtml(hostile()))).toEqual({ beads: 2, low: 0, confirmed: 1, edited: 0 })
    const book = syntheticAlignment()
    expect(counts(toReviewHtml(book))).toEqual({
      beads: 10000,
      low: book.pairs.filter((pair) => pair.score < 0.5 && !pair.confirmed).length,
      confirmed: 20,
      edited: 0,
    })
    expect(toReviewHtml(seed, { lowScore: 0.9 })).toContain('<span class="where">bead 1 of 31</span>')
  })

  it('still gives a working script when bundled as tsup builds the library, with or without keepNames', async () => {
    for (const keepNames of [false, true]) {
      const bundled = await bundledReviewPage(keepNames)
      const code = scriptOf(bundled.toReviewHtml(seed))
      expect(() => new Function(code)).not.toThrow()
      // With no page around it the editor returns at once: it touched nothing but `document`.
      const document = { getElementById: () => null }
      expect(() => new Function('document', 'window', code)(document, undefined)).not.toThrow()
    }
  })
})
