/**
 * Cost of the completeness check: `checkCompleteness` on whole volumes
 * (Anna Karenina EN-RU and ES-RU, from ../shared/corpora, when they are
 * there) and on a 60,000-sentence made-up text in a pair no lexicon knows
 * (test/helpers/synthetic-book.ts); beside it, the time of the word
 * translation model the check learns for swapped translations, and of the
 * alignment.
 *
 * Run: npm run bench:check
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSegments, checkCompleteness } from '../src/index.js'
import { translationModel } from '../src/report/translation-model.js'
import { syntheticBook } from '../test/helpers/synthetic-book.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2)

console.log('| text | sentences | align s | check s | of which the translation model s | peak RSS MB |')
console.log('| --- | --- | --- | --- | --- | --- |')

/** Align, check and time one text. */
function measure(name: string, source: string[], target: string[], langs: { sourceLang: string; targetLang: string }): void {
  let start = performance.now()
  const alignment = alignSegments(source, target, langs)
  const align = seconds(start)
  start = performance.now()
  checkCompleteness(alignment)
  const check = seconds(start)
  start = performance.now()
  translationModel(alignment)
  const model = seconds(start)
  console.log(`| ${name} | ${source.length} | ${align} | ${check} | ${model} | ${(process.memoryUsage().rss / 1e6).toFixed(0)} |`)
}

for (const [folder, langs] of [
  ['anna-karenina-enru-vol1', { sourceLang: 'en', targetLang: 'ru' }],
  ['anna-karenina-esru-vol1', { sourceLang: 'es', targetLang: 'ru' }],
] as const) {
  const dir = `${corpora}${folder}/`
  if (!existsSync(`${dir}en.sents`)) continue
  const lines = (file: string) => readFileSync(`${dir}${file}`, 'utf8').replace(/\n$/, '').split('\n')
  measure(folder, lines('en.sents'), lines('ru.sents'), langs)
}
const book = syntheticBook({ sentences: 60_000, seed: 3 })
measure('synthetic, no lexicon', book.source, book.target, { sourceLang: 'xx', targetLang: 'yy' })
