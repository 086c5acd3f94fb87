import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { alignSegments } from '../../src/index.js'
import { checkCompleteness } from '../../src/report/index.js'
import { compareNumbers } from '../../src/report/numbers.js'

const WMT = fileURLToPath(new URL('../../../shared/corpora/wmt22-enru/', import.meta.url))
const present = existsSync(`${WMT}docs.json`)

/** The WMT22 documents as sentence lists. */
function documents(): Array<{ en: string[]; ru: string[] }> {
  const docs = JSON.parse(readFileSync(`${WMT}docs.json`, 'utf8')) as Array<{ first_seg: number; n_segs: number }>
  const en = readFileSync(`${WMT}en.sents`, 'utf8').split('\n')
  const ru = readFileSync(`${WMT}ru.sents`, 'utf8').split('\n')
  return docs.map((d) => ({ en: en.slice(d.first_seg, d.first_seg + d.n_segs), ru: ru.slice(d.first_seg, d.first_seg + d.n_segs) }))
}

/** The first standalone group of digits, plus one. */
const bump = (s: string) => s.replace(/(?<![\d.,:])\d+(?![\d.,:])/, (m) => String(Number(m) + 1))

describe.runIf(present)('on WMT22 en-ru (human reference translations, gold 1-1)', () => {
  it('keeps false findings rare on a faithful translation', () => {
    let pairs = 0
    const kinds: Record<string, number> = {}
    for (const doc of documents()) {
      const alignment = alignSegments(doc.en, doc.ru, { sourceLang: 'en', targetLang: 'ru' })
      pairs += alignment.pairs.filter((p) => p.source.length > 0 && p.target.length > 0).length
      for (const f of checkCompleteness(alignment).findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1
    }
    expect(pairs).toBeGreaterThan(2000)
    // Measured: one number-mismatch in 2037 pairs, and it is a real error of
    // the reference ("December 10" translated as "10 ноября").
    expect((kinds['number-mismatch'] ?? 0) / pairs).toBeLessThan(0.005)
    expect(kinds['wrong-language'] ?? 0).toBe(0)
    expect(kinds.identical ?? 0).toBe(0)
    expect(kinds['empty-target'] ?? 0).toBe(0)
  })

  it('catches a changed number in nearly every pair that has one', () => {
    const en = documents().flatMap((d) => d.en)
    const ru = documents().flatMap((d) => d.ru)
    let tried = 0
    let caught = 0
    for (let i = 0; i < en.length; i++) {
      const clean = compareNumbers(en[i], 'en', ru[i], 'ru')
      if (clean.source.length > 0 || clean.target.length > 0) continue
      for (const [s, t] of [[bump(en[i]), ru[i]], [en[i], bump(ru[i])]]) {
        if (s === en[i] && t === ru[i]) continue // no digits to change
        tried++
        const r = compareNumbers(s, 'en', t, 'ru')
        if (r.source.length > 0 || r.target.length > 0) caught++
      }
    }
    expect(tried).toBeGreaterThan(500)
    expect(caught / tried).toBeGreaterThan(0.97)
  })
})
