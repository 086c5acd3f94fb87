/**
 * Try model weights on the pre-segmented gold sets: one line of strict F1 per
 * setting. For development; the library ships one configuration.
 * Run: npx tsx scripts/tune.ts '{"twoTwo":5}' '{"twoTwo":6}'
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSides } from '../src/align/sides.js'
import { sideFromSentences } from '../src/text/side.js'
import { addFile, atGoldGranularity, emptyCounts, scores, type Group } from './lib/metric.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n')
const SETS: Array<[string, string[], [string, string], boolean?]> = [
  ['textberg', [0, 1, 2, 3, 4, 5, 6].map((k) => `textberg-defr-test${k}`), ['de', 'fr']],
  ['bible', ['bible-genesis-web-rst'], ['en', 'ru'], true],
  ['wmt-pert', ['wmt22-enru-perturbed'], ['en', 'ru']],
  ['tatoeba-pert', ['tatoeba-enru-perturbed'], ['en', 'ru']],
  ['udhr', ['udhr-enru-sent'], ['en', 'ru']],
  ['wmt-doc', ['wmt22-enru'], ['en', 'ru']],
]
const settings = process.argv.slice(2).map((arg) => JSON.parse(arg))
if (settings.length === 0) settings.push({})
for (const parameters of settings) {
  const row: string[] = []
  for (const [name, folders, langs, granular] of SETS) {
    const counts = emptyCounts()
    for (const folder of folders) {
      const dir = `${corpora}${folder}/`
      if (!existsSync(`${dir}gold.json`)) continue
      const en = lines(`${dir}en.sents`)
      const ru = lines(`${dir}ru.sents`)
      const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Group[]
      const docs: Array<{ first_seg: number; n_segs: number }> = existsSync(`${dir}docs.json`)
        ? JSON.parse(readFileSync(`${dir}docs.json`, 'utf8'))
        : [{ first_seg: 0, n_segs: Math.max(en.length, ru.length) }]
      const test: Group[] = []
      for (const doc of docs) {
        const e = en.slice(doc.first_seg, doc.first_seg + doc.n_segs)
        const r = name === 'wmt-doc' ? ru.slice(doc.first_seg, doc.first_seg + doc.n_segs) : ru
        const { pairs } = alignSides(sideFromSentences([e], langs[0]), sideFromSentences([r], langs[1]), { parameters, learn: process.env.NO_LEARN ? false : process.env.LEARN === 'always' ? true : undefined })
        for (const p of pairs) test.push([p.source.map((i) => i + doc.first_seg), p.target.map((j) => j + (name === 'wmt-doc' ? doc.first_seg : 0))])
      }
      addFile(counts, gold, granular ? atGoldGranularity(gold, test) : test)
    }
    row.push(`${name} ${scores(counts).strict.f1.toFixed(3)}`)
  }
  console.log(JSON.stringify(parameters), '|', row.join(' | '))
}
