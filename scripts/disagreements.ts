/**
 * Print a random sample of the groups where the aligner and a set's gold
 * disagree, with the full sentences of both and of the gold groups they
 * overlap, to judge by reading who is right (docs/eval.md, "How right is the
 * gold"). The sample is fixed by its seed, so a judgement can be checked.
 *
 * Run: npx tsx scripts/disagreements.ts anna-karenina-enru-vol1 2024 12
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSegments } from '../src/index.js'
import type { Group } from './lib/metric.js'

const [folder, seedText = '2024', countText = '12'] = process.argv.slice(2)
if (!folder) throw new Error('usage: tsx scripts/disagreements.ts SET [SEED] [COUNT]')
const dir = fileURLToPath(new URL(`../../shared/corpora/${folder}/`, import.meta.url))
const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n')
const source = lines(`${dir}en.sents`)
const target = lines(`${dir}ru.sents`)
const meta = JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) as { en_language: string; ru_language: string }
const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Group[]
const { pairs } = alignSegments(source, target, { sourceLang: meta.en_language, targetLang: meta.ru_language })

const keyOf = (s: readonly number[], t: readonly number[]) => `${s.join(',')}|${t.join(',')}`
const inGold = new Set(gold.map(([s, t]) => keyOf(s, t)))
// Two-sided predicted groups that the gold does not have.
const disagreements = pairs.filter((p) => p.source.length > 0 && p.target.length > 0 && !inGold.has(keyOf(p.source, p.target)))
// Park and Miller's generator: the same seed gives the same sample.
let state = Number(seedText) % 2147483647 || 1
const next = () => (state = (state * 16807) % 2147483647) / 2147483647

console.log(`${folder}: ${disagreements.length} two-sided predicted groups are not in the gold; ${countText} of them, seed ${seedText}.\n`)
for (let n = 1; n <= Number(countText); n++) {
  const pair = disagreements[Math.floor(next() * disagreements.length)]
  const overlapping = gold.filter(([s, t]) => s.some((i) => pair.source.includes(i)) || t.some((j) => pair.target.includes(j)))
  const sources = [...new Set([...pair.source, ...overlapping.flatMap(([s]) => s)])].sort((a, b) => a - b)
  const targets = [...new Set([...pair.target, ...overlapping.flatMap(([, t]) => t)])].sort((a, b) => a - b)
  console.log(`### ${n}. ours ${keyOf(pair.source, pair.target)} (score ${pair.score}); gold ${overlapping.map(([s, t]) => keyOf(s, t)).join(' ; ')}`)
  for (const i of sources) console.log(`  S${i} ${source[i]}`)
  for (const j of targets) console.log(`  T${j} ${target[j]}`)
  console.log('')
}
