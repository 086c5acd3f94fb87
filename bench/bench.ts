/**
 * Speed and memory at book and corpus scale: aligns 1k, 10k, 20k and 100k
 * sentences a side built from real sentences of ../shared/corpora (see
 * bench/corpus.ts), pre-segmented and end to end (paragraphs matching, and
 * not), each case in a fresh process on one core, and prints a table.
 * Run: npm run bench   (or: npm run bench -- 1000 20000 for some sizes)
 */
import { fileURLToPath } from 'node:url'
import { loadDocuments } from './corpus.js'
import { runFresh } from './fresh-process.js'

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
if (sizes.length === 0) sizes.push(1000, 10000, 20000, 100000)
if (loadDocuments().length === 0) {
  console.log('../shared/corpora is absent: nothing to build the inputs from.')
  process.exit(0)
}
const runner = fileURLToPath(new URL('./run-one.ts', import.meta.url))
/**
 * Pre-segmented sentences; running text whose paragraphs hold the same
 * sentences on both sides, as translations keep them; and running text whose
 * paragraphs match nowhere after the first dropped sentence (a stress case).
 */
const MODES = ['presegmented', 'end-to-end', 'end-to-end-shifted']

interface Result {
  size: number
  mode: string
  en: number
  ru: number
  seconds: number
  cpu: number
  chars: number
  rssMB: number
  f1?: number
}

/** Runs per case (BENCH_RUNS, default 3): the table shows the run of median time, and the range. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))

const results: Result[] = []
console.log(`Each case ${RUNS} times; the row is the run of median time.\n`)
console.log('| mode | sentences (en / ru) | seconds (median) | range of runs (s) | sentences/s | MB/s of text | peak memory (MB) | strict F1 |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const mode of MODES) {
  for (const size of sizes) {
    const runs = Array.from({ length: RUNS }, () => runFresh<Result>(runner, [String(size), mode])).sort((a, b) => a.seconds - b.seconds)
    const r = runs[Math.floor(runs.length / 2)]
    results.push(r)
    const perSecond = Math.round((r.en + r.ru) / 2 / r.seconds)
    const mbPerSecond = (r.chars / 1e6 / r.seconds).toFixed(2)
    const f1 = r.f1 === undefined ? '-' : r.f1.toFixed(3)
    const range = `${runs[0].seconds.toFixed(2)}-${runs[runs.length - 1].seconds.toFixed(2)}`
    const memory = Math.round(Math.max(...runs.map((run) => run.rssMB)))
    console.log(`| ${mode} | ${r.en} / ${r.ru} | ${r.seconds.toFixed(2)} | ${range} | ${perSecond} | ${mbPerSecond} | ${memory} | ${f1} |`)
  }
}
for (const mode of MODES) {
  const at = (size: number) => results.find((r) => r.mode === mode && r.size === size)
  const small = at(10000)
  const large = at(100000)
  if (small && large) console.log(`\n${mode}: 10k → 100k takes ${(large.seconds / small.seconds).toFixed(1)} times as long (target: at most 12).`)
}
console.log('\nTargets (one core): 20k a side under 2 s, 100k under 15 s, peak memory under 1 GB at 100k.')
