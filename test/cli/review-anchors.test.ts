import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cli, tempFiles } from '../helpers/cli.js'

const seed = fileURLToPath(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url))
const { dir, file } = tempFiles('bitext-review-cli-')

describe('bitext-align review, --anchors and -o', () => {
  it('review writes one self-contained editor page to -o and nothing to standard output', async () => {
    const output = join(dir, 'review.html')
    const { code, out } = await cli('review', '--page', seed, '-o', output)
    expect(code).toBe(0)
    expect(out).toBe('')
    const html = readFileSync(output, 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('id="bitext-data"')
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/)
  })

  it('--low-score sets the threshold under which the page marks pairs low', async () => {
    const output = join(dir, 'review-09.html')
    expect((await cli('review', '--page', seed, '--low-score', '0.9', '-o', output)).code).toBe(0)
    expect(readFileSync(output, 'utf8')).toContain('data-low-score="0.9"')
    expect((await cli('review', '--page', seed, '--low-score', '2', '-o', output)).code).toBe(2)
  })

  it('--anchors keeps the confirmed pairs, read from an anchors file', async () => {
    const anchors = file('anchors.json', JSON.stringify({ format: 'bitext-align-anchors', version: 1, anchors: [{ source: [2], target: [2] }, { source: [3], target: [] }] }))
    const { code, out } = await cli('page', seed, '--format', 'json', '--anchors', anchors)
    expect(code).toBe(0)
    const pairs = JSON.parse(out).pairs as Array<{ source: number[]; target: number[]; confirmed?: boolean }>
    expect(pairs).toContainEqual({ source: [2], target: [2], score: 1, confirmed: true })
    expect(pairs.find((p) => p.source[0] === 3)).toMatchObject({ source: [3], target: [], confirmed: true })
  })

  it('bad anchors: an error naming the file and the anchor, exit 1, and no file written', async () => {
    const anchors = file('bad.json', JSON.stringify([{ source: [2], target: [5] }, { source: [4], target: [1] }]))
    const output = join(dir, 'never.json')
    const { code, out, err } = await cli('page', seed, '--format', 'json', '--anchors', anchors, '-o', output)
    expect(code).toBe(1)
    expect(out).toBe('')
    expect(err).toContain(`${anchors}: anchors[0] {"source":[2],"target":[5]} and anchors[1] {"source":[4],"target":[1]} cross`)
    expect(existsSync(output)).toBe(false)
  })

  it('an anchors file that is not JSON, or a corrupted saved alignment, is a clear error', async () => {
    const broken = file('broken.json', '{"format": "bitext-align-anchors", "anchors": [')
    const first = await cli('page', seed, '--anchors', broken)
    expect(first.code).toBe(1)
    expect(first.err).toContain(`${broken} is not JSON`)
    const saved = JSON.parse((await cli('page', seed, '--format', 'json')).out)
    saved.pairs[3].source = [99]
    saved.pairs[3].confirmed = true
    const corrupted = file('corrupted.json', JSON.stringify(saved))
    const second = await cli('page', seed, '--anchors', corrupted)
    expect(second.code).toBe(1)
    expect(second.err).toContain('source sentence 99 is out of range')
    const update = await cli('update', corrupted, seed, seed)
    expect(update.code).toBe(1)
    expect(update.err).toContain('the previous alignment is not valid')
  })

  it('--anchors is refused where it means nothing', async () => {
    const { code, err } = await cli('segment', seed, '--anchors', 'x.json')
    expect(code).toBe(2)
    expect(err).toContain('--anchors is for align, page, check and review')
  })
})
