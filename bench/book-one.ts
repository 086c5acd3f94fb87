/**
 * One book case in a fresh process (so peak memory is its own):
 * `tsx bench/book-one.ts FOLDER SHARE` aligns the first SHARE (0-1] of the
 * gold groups of a pre-segmented book in ../shared/corpora and prints one
 * JSON line: sentences, seconds, CPU seconds, peak memory, strict F1.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSegments } from '../src/index.js'
import { addFile, emptyCounts, scores, type Group } from '../scripts/lib/metric.js'

const [folder, shareText] = process.argv.slice(2)
const share = Number(shareText)
const dir = fileURLToPath(new URL(`../../shared/corpora/${folder}/`, import.meta.url))
const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n')
const meta = JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) as { en_language: string; ru_language: string }
const allGold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Group[]
// A prefix of whole gold groups, so that both sides end at the same place.
const gold = allGold.slice(0, Math.max(1, Math.round(allGold.length * share)))
const last = (side: 0 | 1) => Math.max(-1, ...gold.flatMap((group) => group[side])) + 1
const en = lines(`${dir}en.sents`).slice(0, last(0))
const ru = lines(`${dir}ru.sents`).slice(0, last(1))
const started = performance.now()
const cpuStart = process.cpuUsage()
const alignment = alignSegments(en, ru, { sourceLang: meta.en_language, targetLang: meta.ru_language })
const seconds = (performance.now() - started) / 1000
const { user, system } = process.cpuUsage(cpuStart)
const f1 = scores(addFile(emptyCounts(), gold, alignment.pairs.map((p) => [p.source, p.target] as Group))).strict.f1
const rssMB = process.resourceUsage().maxRSS / 1024
console.log(JSON.stringify({ folder, share, en: en.length, ru: ru.length, seconds, cpu: (user + system) / 1e6, rssMB, f1 }))
