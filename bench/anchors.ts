/**
 * Speed of aligning around anchors on a whole volume (Anna Karenina EN-RU,
 * 10,676 and 9,958 sentences, from ../shared/corpora): the plain alignment,
 * then anchors that agree with it (every pair, every 10th, every 100th
 * confirmed), anchors that contradict it (every 50th 2-1 pair cut to 1-1), and
 * many sentences confirmed to have no counterpart (300 and 3,000), which the
 * aligner must keep out of every group.
 *
 * Run: npm run bench:anchors
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSegments, type Anchor } from '../src/index.js'

const dir = fileURLToPath(new URL('../../shared/corpora/anna-karenina-enru-vol1/', import.meta.url))
if (!existsSync(`${dir}en.sents`)) {
  console.log('../shared/corpora/anna-karenina-enru-vol1 is absent: nothing to measure')
  process.exit(0)
}
const lines = (file: string) => readFileSync(`${dir}${file}`, 'utf8').replace(/\n$/, '').split('\n')
const en = lines('en.sents')
const ru = lines('ru.sents')
const options = { sourceLang: 'en', targetLang: 'ru' }

/** Align with some anchors and print the time and how many pairs changed. */
function run(label: string, anchors: Anchor[] | undefined, plain?: ReturnType<typeof alignSegments>): ReturnType<typeof alignSegments> {
  const start = performance.now()
  const result = alignSegments(en, ru, anchors ? { ...options, anchors } : options)
  const ms = performance.now() - start
  const key = (p: { source: number[]; target: number[] }) => `${p.source.join(',')}|${p.target.join(',')}`
  const before = new Set(plain?.pairs.map(key))
  const changed = plain ? result.pairs.filter((p) => !before.has(key(p))).length : 0
  console.log(`| ${label} | ${anchors?.length ?? 0} | ${ms.toFixed(0)} | ${result.pairs.length} | ${plain ? changed : '-'} |`)
  return result
}

console.log('| anchors | count | ms | pairs | pairs not in the plain alignment |')
console.log('| --- | --- | --- | --- | --- |')
run('none (warm-up)', undefined)
const plain = run('none', undefined)
const twoSided = plain.pairs.filter((p) => p.source.length > 0 && p.target.length > 0)
for (const every of [1, 10, 100]) {
  run(`every ${every === 1 ? '' : `${every}th `}pair confirmed`, twoSided.filter((_, k) => k % every === 0).map((p) => ({ source: p.source, target: p.target })), plain)
}
const cut = plain.pairs.filter((p, k) => k % 50 === 0 && p.source.length === 2).map((p) => ({ source: [p.source[0]], target: p.target }))
run('every 50th 2-1 pair cut to 1-1', cut, plain)
for (const count of [300, 3000]) {
  run(`${count} sentences confirmed alone`, Array.from({ length: count }, (_, k) => ({ source: [k * 3 + 1], target: [] })), plain)
}
