/**
 * Corrections fed back as anchors: how much of an alignment follows a fix.
 * For each Text+Berg document (German-French, real gold), the library's
 * alignment is compared with the gold; a reviewer's corrections are
 * simulated by taking N gold groups the alignment missed (evenly spread,
 * contiguous, two-sided, crossed by no other gold group) as anchors, and the texts are aligned
 * again with them. Printed per document: the corrections, gold pairs before
 * and after (the corrections themselves not counted), correct pairs lost,
 * correct pairs gained besides the corrections, and strict F1 before and
 * after.
 *
 * Run: npm run anchors   (N=10 npm run anchors for ten corrections a document)
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSegments, type Anchor, type Pair } from '../src/index.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const SETS: Array<[string, 'dev' | 'test']> = [
  ['textberg-defr-dev', 'dev'],
  ...Array.from({ length: 7 }, (_, k): [string, 'test'] => [`textberg-defr-test${k}`, 'test']),
]
const N = Number(process.env.N ?? 3)

const key = (pair: { source: number[]; target: number[] }) => `${pair.source.join(',')}|${pair.target.join(',')}`
const consecutive = (x: number[]) => x.every((v, n) => n === 0 || v === x[n - 1] + 1)
const f = (x: number) => x.toFixed(3)

console.log(`| split | set | corrections | correct before | correct after (besides the corrections) | lost | gained | F1 before | F1 after |`)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
const total = { before: 0, after: 0, lost: 0, gained: 0, corrections: 0 }
for (const [name, split] of SETS) {
  const dir = `${corpora}${name}/`
  if (!existsSync(`${dir}gold.json`)) {
    console.log(`| ${split} | ${name} | (absent: skipped) | | | | | | |`)
    continue
  }
  const lines = (file: string) => readFileSync(`${dir}${file}`, 'utf8').replace(/\n$/, '').split('\n')
  const meta = JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) as { side_langs?: { en: string; ru: string } }
  const options = { sourceLang: meta.side_langs?.en ?? 'en', targetLang: meta.side_langs?.ru ?? 'ru' }
  const source = lines('en.sents')
  const target = lines('ru.sents')
  const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Array<[number[], number[]]>
  const goldKeys = new Set(gold.map(([s, t]) => key({ source: s, target: t })))
  const correct = (pairs: readonly Pair[]) => pairs.filter((p) => goldKeys.has(key(p))).length
  const f1 = (pairs: readonly Pair[]) => (2 * correct(pairs)) / (pairs.length + gold.length)
  const plain = alignSegments(source, target, options)
  const made = new Set(plain.pairs.map(key))
  // A correction a reviewer could make: a gold group that no other gold group crosses (the gold has a few).
  const crossed = ([s, t]: [number[], number[]]) =>
    gold.some(([s2, t2]) => s2.length > 0 && t2.length > 0 && (s2[0] < s[0]) !== (t2[0] < t[0]) && s2[0] !== s[0])
  const missed = gold.filter(
    ([s, t]) => s.length > 0 && t.length > 0 && consecutive(s) && consecutive(t) && !made.has(key({ source: s, target: t })) && !crossed([s, t]),
  )
  // Evenly spread, and in order on both sides (the gold has a few crossing groups).
  const anchors: Array<{ source: number[]; target: number[] }> = []
  for (let k = 0; k < Math.min(N, missed.length); k++) {
    const [s, t] = missed[Math.floor((k * missed.length) / N)]
    const last = anchors[anchors.length - 1]
    if (!last || (s[0] > last.source[last.source.length - 1] && t[0] > last.target[last.target.length - 1])) anchors.push({ source: s, target: t })
  }
  const anchored = alignSegments(source, target, { ...options, anchors: anchors as Anchor[] })
  const after = new Set(anchored.pairs.map(key))
  const lost = plain.pairs.filter((p) => goldKeys.has(key(p)) && !after.has(key(p))).length
  const gained = anchored.pairs.filter((p) => goldKeys.has(key(p)) && !made.has(key(p))).length - anchors.length
  const standing = anchors.filter((a) => after.has(key(a))).length
  if (standing !== anchors.length) throw new Error(`${name}: ${anchors.length - standing} corrections did not stand`)
  total.before += correct(plain.pairs)
  total.after += correct(anchored.pairs) - anchors.length
  total.lost += lost
  total.gained += gained
  total.corrections += anchors.length
  console.log(
    `| ${split} | ${name} | ${anchors.length} | ${correct(plain.pairs)} | ${correct(anchored.pairs) - anchors.length} | ${lost} | ${gained} | ${f(f1(plain.pairs))} | ${f(f1(anchored.pairs))} |`,
  )
}
console.log(`| all | | ${total.corrections} | ${total.before} | ${total.after} | ${total.lost} | ${total.gained} | | |`)
