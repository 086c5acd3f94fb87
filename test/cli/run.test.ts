import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cli, tempFiles } from '../helpers/cli.js'

const seed = fileURLToPath(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url))
const { dir, file } = tempFiles('bitext-cli-')

describe('bitext-align CLI', () => {
  it('aligns the seed page to the JSON contract', async () => {
    const { code, out } = await cli('page', seed, '--format', 'json')
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(Object.keys(json).sort()).toEqual(['noise', 'pairs', 'source', 'target'])
    expect(json.source.lang).toBe('en')
    expect(json.target.lang).toBe('ru')
    for (const s of json.source.sentences) expect(Object.keys(s).sort()).toEqual(['end', 'paragraph', 'start', 'text'])
    for (const p of json.pairs) expect(Object.keys(p).sort()).toEqual(['score', 'source', 'target'])
    expect(json.noise.map((n: { text: string }) => n.text)).toContain('11/16/15, 2:44 PM')
  })

  it('prints a side-by-side view by default', async () => {
    const { code, out } = await cli('page', seed)
    expect(code).toBe(0)
    expect(out).toContain('│')
    expect(out).toMatch(/Istanbul, 1 November 2015\s+│ Стамбул, 1 ноября 2015 года/)
  })

  it('aligns two files, and presegmented lines keep their numbers', async () => {
    const en = file('en.txt', 'The cat sat on the mat.\nIt was warm.\n\nThen it rained in London.\n')
    const ru = file('ru.txt', 'Кошка сидела на коврике.\nБыло тепло.\n\nПотом в Лондоне пошёл дождь.\n')
    const { code, out } = await cli('align', en, ru, '--presegmented', '--format', 'json')
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json.source.sentences.map((s: { text: string }) => s.text)).toEqual([
      'The cat sat on the mat.',
      'It was warm.',
      'Then it rained in London.',
    ])
    expect(json.source.paragraphs).toHaveLength(2)
    expect(json.pairs.map((p: { source: number[]; target: number[] }) => [p.source, p.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ])
  })

  it('segments one file', async () => {
    const path = file('seg.txt', 'Mr. Smith came at 5 p.m. on Monday. He left.\n\nВ. И. Ленин родился в 1870 г. в Симбирске. Это факт.')
    const { code, out } = await cli('segment', path, '--lang', 'en', '--format', 'json')
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json.sentences[0].text).toBe('Mr. Smith came at 5 p.m. on Monday.')
    expect(json.sentences).toHaveLength(4)
  })

  it('reports a missing file on stderr with a non-zero exit', async () => {
    const { code, out, err } = await cli('page', join(dir, 'nope.txt'))
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toMatch(/cannot read .*nope\.txt: no such file/)
  })

  it('refuses a binary file', async () => {
    const path = file('bin.dat', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 255]))
    const { code, err } = await cli('page', path)
    expect(code).toBe(1)
    expect(err).toMatch(/binary file/)
  })

  it('says what to fix for a page with one language only', async () => {
    const path = file('en-only.txt', 'Just English here.\n\nAnd more English text.\n')
    const { code, err } = await cli('page', path)
    expect(code).toBe(1)
    expect(err).toMatch(/only one language/)
  })

  it('says what to fix when both texts are in one language', async () => {
    const a = file('a.txt', 'This is English.')
    const { code, err } = await cli('align', a, a)
    expect(code).toBe(1)
    expect(err).toMatch(/same language/)
  })

  it('explains usage errors with exit code 2', async () => {
    expect((await cli()).code).toBe(2)
    const unknown = await cli('frobnicate', 'x')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/unknown command "frobnicate"/)
    const format = await cli('page', seed, '--format', 'yaml')
    expect(format.code).toBe(2)
    expect(format.err).toMatch(/unknown format "yaml"/)
    expect((await cli('align', seed)).err).toMatch(/align needs two files/)
  })

  it('writes every format from the page command', async () => {
    const tmx = await cli('page', seed, '--format', 'tmx')
    expect(tmx.code).toBe(0)
    expect(tmx.out).toContain('<tmx version="1.4">')
    expect(tmx.out.match(/<tu[ >]/g)).toHaveLength(19)
    const xliff = await cli('page', seed, '--format', 'xliff')
    expect(xliff.out).toContain('urn:oasis:names:tc:xliff:document:1.2')
    expect(xliff.out.match(/<trans-unit /g)).toHaveLength(31)
    const tsv = await cli('page', seed, '--format', 'tsv')
    expect(tsv.out.split('\n')[0]).toBe('en\tru\tscore')
    expect(tsv.out.trimEnd().split('\n')).toHaveLength(32)
    const jsonl = await cli('page', seed, '--format', 'jsonl')
    expect(jsonl.out.trimEnd().split('\n').map((line) => JSON.parse(line).score)).toHaveLength(31)
    const html = await cli('page', seed, '--format', 'html')
    expect(html.out).toMatch(/^<!DOCTYPE html>/i)
  })

  it('checks completeness and exits 1 under --min-coverage', async () => {
    const passing = await cli('check', '--page', seed, '--min-coverage', '0.5')
    expect(passing.code).toBe(0)
    expect(passing.out).toMatch(/untranslated/i)
    const failing = await cli('check', '--page', seed, '--min-coverage', '0.9', '--format', 'json')
    expect(failing.code).toBe(1)
    expect(failing.err).toMatch(/coverage is under --min-coverage 0.9/)
    const report = JSON.parse(failing.out)
    expect(report.findings.filter((f: { kind: string }) => f.kind === 'untranslated')).toHaveLength(1)
    expect((await cli('check', '--page', seed, '--min-coverage', '2')).code).toBe(2)
  })

  it('updates an earlier alignment after an edit, keeping the unchanged pairs', async () => {
    const en = 'The cat sat on the mat. It was warm.\n\nThen it rained in London.\n'
    const ru = 'Кошка сидела на коврике. Было тепло.\n\nПотом в Лондоне пошёл дождь.\n'
    const old = file('old.json', (await cli('align', file('e1.txt', en), file('r1.txt', ru), '--format', 'json')).out)
    const edited = file('e2.txt', en.replace('It was warm.', 'It was very warm.'))
    const { code, out, err } = await cli('update', old, edited, file('r2.txt', ru), '--format', 'json')
    expect(code).toBe(0)
    expect(err).toMatch(/kept 2 pairs, re-aligned 1, 1 stale/)
    const pairs = JSON.parse(out).pairs
    expect(pairs.map((p: { stale?: boolean }) => p.stale ?? false)).toEqual([false, true, false])
    expect((await cli('update', file('bad.json', '{'), edited, edited)).err).toMatch(/not JSON/)
  })

  it('prints help and version', async () => {
    expect((await cli('--help')).out).toMatch(/Usage:/)
    expect((await cli('--version')).out).toBe('9.9.9\n')
  })
})
