/**
 * Try model weights on the DEVELOPMENT sets only: one line of strict F1 per
 * setting, with the mean over the sets that a setting is chosen by. The test
 * sets (Text+Berg test, UDHR, WMT22 and Tatoeba unperturbed, and the second
 * half of each Anna Karenina volume) are never read here; `npm run eval`
 * reports them apart. For development; the library ships one configuration.
 *
 * Run: npx tsx scripts/tune.ts '{"merge":2.5}' '{"merge":3.2}'
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSides } from '../src/align/sides.js'
import { sideFromSentences } from '../src/text/side.js'
import { addFile, atGoldGranularity, emptyCounts, scores, type Group } from './lib/metric.js'
import { splitHalves } from './lib/report.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n')

/** A development set: its folder, languages, and how it is scored. */
interface DevSet {
  name: string
  folder: string
  langs: [string, string]
  /** Score at the gold's granularity (Genesis: verses). */
  granular?: boolean
  /** Score only the first half of the book (the second is a test set). */
  firstHalf?: boolean
}

const DEV_SETS: DevSet[] = [
  { name: 'textberg-dev', folder: 'textberg-defr-dev', langs: ['de', 'fr'] },
  { name: 'genesis', folder: 'bible-genesis-web-rst', langs: ['en', 'ru'], granular: true },
  { name: 'wmt-pert', folder: 'wmt22-enru-perturbed', langs: ['en', 'ru'] },
  { name: 'tatoeba-pert', folder: 'tatoeba-enru-perturbed', langs: ['en', 'ru'] },
  { name: 'anna-enru-1st', folder: 'anna-karenina-enru-vol1', langs: ['en', 'ru'], firstHalf: true },
  { name: 'anna-esru-1st', folder: 'anna-karenina-esru-vol1', langs: ['es', 'ru'], firstHalf: true },
]

const settings = process.argv.slice(2).map((arg) => JSON.parse(arg) as Record<string, number>)
if (settings.length === 0) settings.push({})
for (const parameters of settings) {
  const row: string[] = []
  let sum = 0
  let count = 0
  for (const set of DEV_SETS) {
    const dir = `${corpora}${set.folder}/`
    if (!existsSync(`${dir}gold.json`)) continue
    const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Group[]
    const { pairs } = alignSides(sideFromSentences([lines(`${dir}en.sents`)], set.langs[0]), sideFromSentences([lines(`${dir}ru.sents`)], set.langs[1]), {
      parameters,
    })
    const test = pairs.map((p) => [p.source, p.target] as Group)
    const counts = emptyCounts()
    if (set.firstHalf) {
      const [first] = splitHalves(gold, test)
      addFile(counts, first.gold, first.test)
    } else addFile(counts, gold, set.granular ? atGoldGranularity(gold, test) : test)
    const f1 = scores(counts).strict.f1
    sum += f1
    count++
    row.push(`${set.name} ${f1.toFixed(3)}`)
  }
  console.log(JSON.stringify(parameters), '| mean', (sum / Math.max(1, count)).toFixed(4), '|', row.join(' | '))
}
