/**
 * Speed and memory on whole novel volumes (the pre-segmented Anna Karenina
 * sets of ../shared/corpora): a quarter, a half and the whole of each book,
 * each in a fresh process on one core, so the table shows how the cost grows
 * with the length of a literary text.
 * Run: npx tsx bench/books.ts
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runFresh } from './fresh-process.js'

const BOOKS = ['anna-karenina-enru-vol1', 'anna-karenina-esru-vol1']
const SHARES = [0.25, 0.5, 1]
const runner = fileURLToPath(new URL('./book-one.ts', import.meta.url))
const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))

interface Result {
  folder: string
  share: number
  en: number
  ru: number
  seconds: number
  cpu: number
  rssMB: number
  f1: number
}

console.log('| book | share | sentences (source / target) | seconds | CPU seconds | peak memory (MB) | strict F1 |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
const growth: string[] = []
for (const folder of BOOKS) {
  if (!existsSync(`${corpora}${folder}/gold.json`)) {
    console.log(`| ${folder} | (absent: skipped) | | | | | |`)
    continue
  }
  const results = SHARES.map((share) => runFresh<Result>(runner, [folder, String(share)]))
  for (const r of results) {
    console.log(`| ${folder} | ${r.share} | ${r.en} / ${r.ru} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${Math.round(r.rssMB)} | ${r.f1.toFixed(3)} |`)
  }
  growth.push(`${folder}: the whole book takes ${(results[2].seconds / results[0].seconds).toFixed(1)} times as long as its first quarter (linear: 4).`)
}
console.log(`\n${growth.join('\n')}`)
console.log('\nTarget: a 10k-sentence volume in a few seconds, peak memory under 500 MB.')
