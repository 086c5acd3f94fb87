import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignPage } from '../src/index.js'
import { isBlank } from '../src/text/blank.js'
import { expectValidAlignment } from './helpers/invariants.js'

const page = readFileSync(new URL('../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url), 'utf8')
const expected = JSON.parse(readFileSync(new URL('../fixtures/expected.json', import.meta.url), 'utf8')) as {
  noise: string[]
  pairs: Array<{ en: string[]; ru: string[] }>
}

/** A sentence's text with leading list markers and quotes set aside, as expected.json names sentences. */
function name(text: string): string {
  return text.replace(/^(\d+[.)]\s*|[•\-–*]\s*)/, '').replace(/^["«“„']+/, '')
}

/** Whether the sentences of one side of a pair are the expected ones, named by prefixes. */
function matches(sentences: string[], prefixes: string[]): boolean {
  if (sentences.length === prefixes.length) return sentences.every((s, k) => name(s).startsWith(prefixes[k]))
  // The two title lines may be one heading: one sentence that holds both prefixes in order.
  if (sentences.length === 1 && prefixes.length > 1) {
    const text = name(sentences[0])
    let at = 0
    return prefixes.every((prefix) => {
      const found = text.indexOf(prefix, at)
      if (found < 0 || (at === 0 && found !== 0)) return false
      at = found + prefix.length
      return true
    })
  }
  return false
}

describe('the seed page', () => {
  const alignment = alignPage(page)
  const groups = alignment.pairs.map((pair) => ({
    en: pair.source.map((i) => alignment.source.sentences[i].text),
    ru: pair.target.map((j) => alignment.target.sentences[j].text),
  }))

  it('finds English as the source and Russian as the target', () => {
    expect(alignment.source.lang).toBe('en')
    expect(alignment.target.lang).toBe('ru')
  })

  it('gives exactly the expected groups, in order', () => {
    expect(groups.length).toBe(expected.pairs.length)
    expected.pairs.forEach((want, k) => {
      const got = groups[k]
      expect(matches(got.en, want.en), `group ${k} en: ${JSON.stringify(got.en)} vs ${JSON.stringify(want.en)}`).toBe(true)
      expect(matches(got.ru, want.ru), `group ${k} ru: ${JSON.stringify(got.ru)} vs ${JSON.stringify(want.ru)}`).toBe(true)
    })
  })

  it('sets aside exactly the expected noise lines, with offsets that slice back', () => {
    expect(alignment.noise.map((span) => span.text)).toEqual(expected.noise)
    for (const span of alignment.noise) expect(page.slice(span.start, span.end)).toBe(span.text)
  })

  it('loses no character: every non-blank character is in one sentence or in noise', () => {
    const owner = new Int32Array(page.length)
    const spans = [...alignment.source.sentences, ...alignment.target.sentences, ...alignment.noise]
    for (const span of spans) for (let k = span.start; k < span.end; k++) owner[k]++
    for (let k = 0; k < page.length; k++) {
      if (isBlank(page[k])) continue
      expect(owner[k], `character ${k} ${JSON.stringify(page.slice(k, k + 20))}`).toBe(1)
    }
  })

  it('keeps every invariant of an alignment', () => {
    expectValidAlignment(alignment)
  })

  it('is confident on the translated pairs and on the untranslated signatory block', () => {
    const low = alignment.pairs.filter((pair) => pair.score < 0.5)
    expect(low).toEqual([])
  })
})
