/**
 * One benchmark case in a fresh process (so peak memory is its own):
 * `tsx bench/run-one.ts SIZE MODE` prints one JSON line.
 */
import { align, alignSegments } from '../src/index.js'
import { addFile, atGoldGranularity, emptyCounts, scores, type Group } from '../scripts/lib/metric.js'
import { mergeSharedSegments, segmentOfCharacter, segmentsOfSpan } from '../scripts/lib/overlap.js'
import { buildInput, goldIndices, loadDocuments } from './corpus.js'

const size = Number(process.argv[2])
const mode = process.argv[3] as 'presegmented' | 'end-to-end' | 'end-to-end-shifted'
const { groups, en, ru } = buildInput(loadDocuments(), size)
const chars = en.join(' ').length + ru.join(' ').length
let f1: number | undefined
const started = performance.now()
const cpuStart = process.cpuUsage()
if (mode === 'presegmented') {
  const alignment = alignSegments(en, ru, { sourceLang: 'en', targetLang: 'ru', learnLexicon: learnSetting() })
  const seconds = (performance.now() - started) / 1000
  const cpu = cpuSeconds(cpuStart)
  const counts = addFile(emptyCounts(), goldIndices(groups), alignment.pairs.map((p) => [p.source, p.target]))
  f1 = scores(counts).strict.f1
  report(seconds, cpu)
} else {
  // Running text: paragraphs of five gold groups, the same groups on both
  // sides as in a real translation ('end-to-end'), or five sentences a side
  // counted on each side apart, so that after the first dropped sentence no
  // paragraph matches ('end-to-end-shifted', a stress case).
  const paragraphs = (side: 'en' | 'ru') => {
    const out: string[] = []
    if (mode === 'end-to-end-shifted') {
      const lines = side === 'en' ? en : ru
      for (let k = 0; k < lines.length; k += 5) out.push(lines.slice(k, k + 5).join(' '))
    } else {
      for (let k = 0; k < groups.length; k += 5) {
        const text = groups.slice(k, k + 5).flatMap((g) => g[side]).join(' ')
        if (text) out.push(text)
      }
    }
    return out.join('\n\n')
  }
  const sourceText = paragraphs('en')
  const targetText = paragraphs('ru')
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const alignment = align(sourceText, targetText, { sourceLang: 'en', targetLang: 'ru', learnLexicon: learnSetting() })
  const seconds = (performance.now() - t0) / 1000
  const cpu = cpuSeconds(c0)
  // Scored as the eval scores end to end: predicted sentences mapped onto the gold segments they overlap.
  const sourceOwner = segmentOfCharacter(sourceText, en)
  const targetOwner = segmentOfCharacter(targetText, ru)
  const map = (sentences: typeof alignment.source.sentences, owner: Int32Array, indices: number[]) =>
    [...new Set(indices.flatMap((i) => segmentsOfSpan(owner, sentences[i].start, sentences[i].end)))].sort((a, b) => a - b)
  const test = mergeSharedSegments(
    alignment.pairs
      .map((p) => [map(alignment.source.sentences, sourceOwner, p.source), map(alignment.target.sentences, targetOwner, p.target)] as Group)
      .filter((g) => g[0].length + g[1].length > 0),
  )
  const gold = goldIndices(groups)
  f1 = scores(addFile(emptyCounts(), atGoldGranularity(test, gold), test)).strict.f1
  report(seconds, cpu)
}

/** CPU seconds (user + system) since a `process.cpuUsage()` reading. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since)
  return (user + system) / 1e6
}

function report(seconds: number, cpu: number) {
  const rssMB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ size, mode, en: en.length, ru: ru.length, seconds, cpu, chars, rssMB, f1 }))
}

/** The learnLexicon option of the run: `BENCH_LEARN=always|never` (or the older `BENCH_NO_LEARN=1`), else the default. */
function learnSetting(): boolean | undefined {
  if (process.env.BENCH_NO_LEARN || process.env.BENCH_LEARN === 'never') return false
  if (process.env.BENCH_LEARN === 'always') return true
  return undefined
}
