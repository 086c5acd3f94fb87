/**
 * Measure language identification: `franc` alone against `detectLanguage`, on
 * the seed page's paragraphs and on the paragraphs and sentences of the
 * development corpora in ../shared/corpora (read in place, never copied), by
 * length in letters. Run: npx tsx scripts/language.ts
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { franc } from 'franc'
import { CYRILLIC_CANDIDATES, LATIN_CANDIDATES, detectLanguage } from '../src/language/detect.js'
import { countScripts } from '../src/language/script.js'
import { splitParagraphs } from '../src/text/paragraphs.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpora = join(root, '..', 'shared', 'corpora')

interface Item {
  text: string
  gold: string
}
interface Set {
  name: string
  items: Item[]
}

const ISO3: Record<string, string> = { eng: 'en', rus: 'ru' }
const BUCKETS: [string, number, number][] = [
  ['<20', 0, 20],
  ['20-50', 20, 50],
  ['50-100', 50, 100],
  ['>=100', 100, Infinity],
]

function letters(text: string): number {
  const c = countScripts(text)
  return c.latin + c.cyrillic + c.other
}

function paragraphsOf(text: string, gold: string): Item[] {
  return text
    .split(/\r?\n\s*\r?\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ text: p, gold }))
}

function linesOf(text: string, gold: string): Item[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => ({ text: l, gold }))
}

const sets: Set[] = []
const seed = readFileSync(join(root, 'fixtures', 'solidnet-cpk-ban-2015-en-ru.txt'), 'utf8')
sets.push({
  name: 'seed paragraphs',
  items: splitParagraphs(seed)
    .map((b) => seed.slice(b.start, b.end))
    .filter((t) => letters(t) > 0)
    .map((t) => {
      const c = countScripts(t)
      return { text: t, gold: c.cyrillic > c.latin ? 'ru' : 'en' }
    }),
})
for (const name of ['udhr-enru', 'wmt22-enru']) {
  const dir = join(corpora, name)
  if (!existsSync(join(dir, 'en.txt'))) {
    console.log(`(skipped ${name}: ${dir} is absent)`)
    continue
  }
  sets.push({
    name: `${name} paragraphs`,
    items: [
      ...paragraphsOf(readFileSync(join(dir, 'en.txt'), 'utf8'), 'en'),
      ...paragraphsOf(readFileSync(join(dir, 'ru.txt'), 'utf8'), 'ru'),
    ],
  })
  if (existsSync(join(dir, 'en.sents'))) {
    sets.push({
      name: `${name} sentences`,
      items: [
        ...linesOf(readFileSync(join(dir, 'en.sents'), 'utf8'), 'en'),
        ...linesOf(readFileSync(join(dir, 'ru.sents'), 'utf8'), 'ru'),
      ],
    })
  }
}

const ALL = [...CYRILLIC_CANDIDATES, ...LATIN_CANDIDATES]
const methods: [string, (t: string) => string][] = [
  ['franc', (t) => ISO3[franc(t)] ?? franc(t)],
  ['franc (candidates)', (t) => ISO3[franc(t, { only: ALL, minLength: 1 })] ?? 'other'],
  ['detect, franc from 20', (t) => detectLanguage(t, undefined, { minLetters: 20 })],
  ['detect, franc from 50', (t) => detectLanguage(t, undefined, { minLetters: 50 })],
  ['detect, franc from 100', (t) => detectLanguage(t, undefined, { minLetters: 100 })],
  ['detect, franc from 200', (t) => detectLanguage(t, undefined, { minLetters: 200 })],
  ['detect, franc from 400', (t) => detectLanguage(t, undefined, { minLetters: 400 })],
  ['detect (default: Cyrillic 50, Latin 200)', (t) => detectLanguage(t)],
]

function pct(ok: number, n: number): string {
  return n === 0 ? '–' : `${((100 * ok) / n).toFixed(1)}% (${n - ok})`
}

console.log('Accuracy (errors in parentheses) by length in letters.\n')
console.log(`| set | method | ${BUCKETS.map((b) => b[0]).join(' | ')} | all |`)
console.log(`| --- | --- | ${BUCKETS.map(() => '---').join(' | ')} | --- |`)
const mistakes: string[] = []
const bySide: Set[] = []
for (const set of sets) {
  for (const lang of ['en', 'ru']) bySide.push({ name: `${set.name} ${lang}`, items: set.items.filter((it) => it.gold === lang) })
}
for (const set of bySide) {
  const sizes = BUCKETS.map(([, lo, hi]) => set.items.filter((it) => letters(it.text) >= lo && letters(it.text) < hi).length)
  console.log(`| ${set.name} | items | ${sizes.join(' | ')} | ${set.items.length} |`)
  for (const [name, fn] of methods) {
    const ok = BUCKETS.map(() => 0)
    const n = BUCKETS.map(() => 0)
    for (const it of set.items) {
      const l = letters(it.text)
      const b = BUCKETS.findIndex(([, lo, hi]) => l >= lo && l < hi)
      const got = fn(it.text)
      n[b]++
      if (got === it.gold) ok[b]++
      else if (name.startsWith('detect (default')) mistakes.push(`${set.name}: ${it.gold} -> ${got} (${l} letters)${process.argv.includes('--show') ? ` ${it.text.slice(0, 80)}` : ''}`)
    }
    const okAll = ok.reduce((a, b) => a + b, 0)
    console.log(`| ${set.name} | ${name} | ${ok.map((o, i) => pct(o, n[i])).join(' | ')} | ${pct(okAll, set.items.length)} |`)
  }
}
console.log(`\nErrors of detect (default): ${mistakes.length}${process.argv.includes('--show') ? '' : ' (run with --show to print them with their text)'}`)
for (const m of mistakes.slice(0, process.argv.includes('--show') ? 200 : 20)) console.log(`- ${m}`)
