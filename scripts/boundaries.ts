/**
 * Sentence-boundary measurement: P/R/F1 of each splitter on the WMT22 boundary
 * set and on the hand-written hard cases, and timing on one large paragraph.
 *
 *   npm run boundaries              # the table
 *   npm run boundaries -- --misses  # also list bitext-align's errors
 */
import {
  LANGS,
  SPLITTERS,
  corpusDir,
  evaluate,
  hardItems,
  loadHardCases,
  loadInnerLabels,
  loadWmt,
  wmtItems,
  type Item,
  type Lang,
  type Miss,
  type Splitter,
} from './lib/boundaries.js'

const showMisses = process.argv.includes('--misses')
const wmt = loadWmt()
const hard = loadHardCases()
const labels = loadInnerLabels()

const sets: { name: string; items: Record<Lang, Item[]> }[] = []
if (wmt) sets.push({ name: 'wmt22', items: { en: wmtItems(wmt, labels, 'en'), ru: wmtItems(wmt, labels, 'ru') } })
else console.log(`note: ${corpusDir} is absent; only the hard cases are measured.\n`)
sets.push({ name: 'hard', items: { en: hardItems(hard, 'en'), ru: hardItems(hard, 'ru') } })

const fmt = (x: number): string => x.toFixed(3)
const columns: string[] = []
for (const set of sets) for (const lang of LANGS) columns.push(`${lang} ${set.name} P / R / F1`)
console.log(`| splitter | ${columns.join(' | ')} |`)
console.log(`| --- | ${columns.map(() => '---').join(' | ')} |`)
for (const { name, split } of SPLITTERS) {
  const cells: string[] = []
  for (const set of sets) {
    for (const lang of LANGS) {
      const s = evaluate(set.items[lang], split, lang)
      cells.push(`${fmt(s.precision)} / ${fmt(s.recall)} / **${fmt(s.f1)}**`)
    }
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`)
}
for (const set of sets) {
  const counts = LANGS.map((lang) => {
    const gold = set.items[lang].reduce((n, item) => n + item.gold.size, 0)
    return `${lang} ${set.items[lang].length} paragraphs, ${gold} gold boundaries`
  })
  console.log(`\n${set.name}: ${counts.join('; ')}`)
}

if (showMisses) {
  for (const set of sets) {
    for (const lang of LANGS) {
      const misses: Miss[] = []
      evaluate(set.items[lang], SPLITTERS[0].split, lang, misses)
      console.log(`\n${set.name} ${lang}: ${misses.length} errors`)
      for (const m of misses) console.log(`  ${m.kind} #${m.item} ${m.context}`)
    }
  }
}

// ---------------------------------------------------------------- timing

/** Time budget per run: a splitter whose extrapolated time exceeds it is not run. */
const BUDGET_MS = 15000

function time(split: Splitter, text: string): number {
  const t0 = performance.now()
  split(text, 'en')
  return performance.now() - t0
}

const base = wmt
  ? wmt.segs.en.join(' ')
  : hard.en.flat().join(' ').repeat(Math.ceil(200_000 / hard.en.flat().join(' ').length))
const x2 = `${base} ${base}`
const x20 = Array.from({ length: 20 }, () => base).join(' ')
console.log(
  `\nTiming on one paragraph: x1 = ${wmt ? 'all WMT22 English' : 'hard cases repeated'} (${(base.length / 1000).toFixed(0)}k chars), x2, x20 (${(x20.length / 1e6).toFixed(1)}M chars)\n`,
)
console.log('| splitter | x1 ms | x2 ms | x20 ms | x2/x1 (linear ≈ 2) | x20/x2 (linear ≈ 10) |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const { name, split } of SPLITTERS) {
  time(split, base.slice(0, 20000)) // warm up
  const t1 = time(split, base)
  const t2 = time(split, x2)
  // Extrapolate x20 from the growth between x1 and x2 before running it.
  const exponent = Math.max(1, Math.log2(t2 / Math.max(t1, 1)))
  const predicted = t2 * Math.pow(10, exponent)
  let t20 = '-'
  let ratio = '-'
  if (predicted > BUDGET_MS) t20 = `not run (≈${(predicted / 1000).toFixed(0)} s extrapolated)`
  else {
    const t = time(split, x20)
    t20 = t.toFixed(0)
    ratio = (t / t2).toFixed(1)
  }
  console.log(`| ${name} | ${t1.toFixed(0)} | ${t2.toFixed(0)} | ${t20} | ${(t2 / t1).toFixed(1)} | ${ratio} |`)
}
