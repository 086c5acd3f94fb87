/**
 * Alignment quality on the gold sets of ../shared/corpora (see its README):
 * strict and lax precision, recall and F1 per set, pre-segmented input and end
 * to end, beside a classic Gale & Church (1993) length-only baseline run on
 * the same segments; sets are marked dev or test (the Anna Karenina books are
 * aligned whole and scored per half: first half dev, second half test). Then
 * bead types (predicted against gold) and precision by confidence band.
 * Run: npm run eval
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { align, alignSegments, createLexicon, type Alignment, type Lexicon } from '../src/index.js'
import { loadDictionary } from '../src/node.js'
import { galeChurch } from './lib/gale-church.js'
import { addFile, atGoldGranularity, emptyCounts, scores, type Counts, type Group } from './lib/metric.js'
import { estimatePrecision, readReview } from './lib/review.js'
import { mergeSharedSegments, segmentOfCharacter, segmentsOfSpan } from './lib/overlap.js'
import {
  BEAD_TYPES,
  CONFIDENCE_BANDS,
  addToBands,
  beadCounts,
  emptyBands,
  omissions,
  splitHalves,
  strictlyCorrect,
  type BandCount,
  type BeadType,
} from './lib/report.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))

/** Where a set's figures go: tuning on dev, reporting on test; `halves` is a book split in two. */
type Split = 'dev' | 'test' | 'halves'

interface SetSpec {
  /** Row name. */
  name: string
  /** Folders pooled into the row. */
  folders: string[]
  /** Languages of the en.* and ru.* files; read from meta.json (`en_language`, `ru_language`) when left out. */
  langs?: [string, string]
  /** Dev or test set, or one long book whose first half is dev and second half test. */
  split: Split
  /** Score at the gold's granularity too. */
  granular?: boolean
  /** Align each document separately (docs.json). */
  perDocument?: boolean
  /** The gold is sentences, so the set is also run end to end from the raw text. */
  endToEnd?: boolean
}

const SETS: SetSpec[] = [
  { name: 'textberg-defr test (7 pooled)', folders: [0, 1, 2, 3, 4, 5, 6].map((k) => `textberg-defr-test${k}`), langs: ['de', 'fr'], split: 'test', endToEnd: true },
  { name: 'textberg-defr-dev', folders: ['textberg-defr-dev'], langs: ['de', 'fr'], split: 'dev', endToEnd: true },
  { name: 'bible-genesis-web-rst', folders: ['bible-genesis-web-rst'], langs: ['en', 'ru'], split: 'dev', granular: true, endToEnd: true },
  { name: 'wmt22-enru-perturbed', folders: ['wmt22-enru-perturbed'], langs: ['en', 'ru'], split: 'dev' },
  { name: 'tatoeba-enru-perturbed', folders: ['tatoeba-enru-perturbed'], langs: ['en', 'ru'], split: 'dev' },
  { name: 'udhr-enru-sent', folders: ['udhr-enru-sent'], langs: ['en', 'ru'], split: 'test', endToEnd: true },
  { name: 'wmt22-enru (per document)', folders: ['wmt22-enru'], langs: ['en', 'ru'], split: 'test', perDocument: true, endToEnd: true },
  { name: 'tatoeba-enru', folders: ['tatoeba-enru'], langs: ['en', 'ru'], split: 'test', endToEnd: true },
  // One long document each, no .txt: pre-segmented only.
  { name: 'anna-karenina-enru-vol1', folders: ['anna-karenina-enru-vol1'], split: 'halves' },
  { name: 'anna-karenina-esru-vol1', folders: ['anna-karenina-esru-vol1'], split: 'halves' },
]

// `npm run eval -- --dictionary /usr/share/dictd/mueller7.index` adds a dictionary the user has.
const dictionaryAt = process.argv.indexOf('--dictionary')
const lexicons: Lexicon[] =
  dictionaryAt > 0 ? [createLexicon(await loadDictionary(process.argv[dictionaryAt + 1]), ['en', 'ru'])] : []
if (lexicons.length > 0) console.log(`With the dictionary ${process.argv[dictionaryAt + 1]} (${lexicons[0].size} entries) as well.`)
// `npm run eval -- --learn always` (or never) overrides the second pass's default ('auto').
const learnAt = process.argv.indexOf('--learn')
const learnLexicon = learnAt > 0 ? ({ always: true, never: false, auto: 'auto' } as const)[process.argv[learnAt + 1] as 'always'] : undefined
if (learnAt > 0 && learnLexicon === undefined) throw new Error('--learn takes always, never or auto')
if (learnAt > 0) console.log(`With learnLexicon: ${String(learnLexicon)}.`)

const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n')

/** The languages of a set: given, or its first folder's meta.json. */
function languagesOf(spec: SetSpec): [string, string] {
  if (spec.langs) return spec.langs
  const meta = JSON.parse(readFileSync(`${corpora}${spec.folders[0]}/meta.json`, 'utf8')) as { en_language?: string; ru_language?: string }
  if (!meta.en_language || !meta.ru_language) throw new Error(`${spec.name}: meta.json names no en_language / ru_language`)
  return [meta.en_language, meta.ru_language]
}

/** Predicted groups of one file with each group's confidence (ours only, pre-segmented), and the time taken. */
interface Prediction {
  groups: Group[]
  confidence: number[]
  seconds: number
}

/** Align one file pair (or one document of it) and return predicted groups with global indices. */
function predict(en: string[], ru: string[], langs: [string, string], enOffset = 0, ruOffset = 0): Prediction {
  const started = performance.now()
  const alignment = alignSegments(en, ru, { sourceLang: langs[0], targetLang: langs[1], lexicons, learnLexicon })
  const seconds = (performance.now() - started) / 1000
  return {
    groups: alignment.pairs.map((p) => [p.source.map((i) => i + enOffset), p.target.map((j) => j + ruOffset)] as Group),
    confidence: alignment.pairs.map((p) => p.score),
    seconds,
  }
}

/** The Gale & Church baseline on the same segments, by their lengths in characters, with global indices. */
function predictGaleChurch(en: readonly string[], ru: readonly string[], enOffset = 0, ruOffset = 0): Prediction {
  const started = performance.now()
  const groups = galeChurch(
    en.map((s) => s.length),
    ru.map((s) => s.length),
  ).map(([s, t]) => [s.map((i) => i + enOffset), t.map((j) => j + ruOffset)] as Group)
  return { groups, confidence: [], seconds: (performance.now() - started) / 1000 }
}

/**
 * Map groups of the library's sentence indices onto the gold segments their
 * characters overlap, merging groups that share a gold segment, and drop
 * groups that hold no gold segment.
 *
 * @param groups Groups of indices into `alignment.source.sentences` and `alignment.target.sentences`.
 * @param alignment The alignment whose sentences the indices point to.
 * @param enOwner Gold segment of each source character ({@link segmentOfCharacter}).
 * @param ruOwner Gold segment of each target character.
 */
function toGoldSegments(groups: readonly Group[], alignment: Alignment, enOwner: Int32Array, ruOwner: Int32Array): Group[] {
  const map = (sentences: Alignment['source']['sentences'], owner: Int32Array, indices: readonly number[]) =>
    [...new Set(indices.flatMap((i) => segmentsOfSpan(owner, sentences[i].start, sentences[i].end)))].sort((a, b) => a - b)
  return mergeSharedSegments(
    groups
      .map(([s, t]) => [map(alignment.source.sentences, enOwner, s), map(alignment.target.sentences, ruOwner, t)] as Group)
      .filter((group) => group[0].length + group[1].length > 0),
  )
}

/**
 * Align the raw texts with the library's own segmentation, run Gale & Church
 * on the library's sentences, and map both onto the gold segments. In WMT
 * each document is one paragraph, so the texts are aligned whole.
 */
function predictEndToEnd(dir: string, en: string[], ru: string[], langs: [string, string]): { ours: Prediction; gc: Prediction } {
  const enText = readFileSync(`${dir}en.txt`, 'utf8')
  const ruText = readFileSync(`${dir}ru.txt`, 'utf8')
  let started = performance.now()
  const alignment = align(enText, ruText, { sourceLang: langs[0], targetLang: langs[1], lexicons, learnLexicon })
  const seconds = (performance.now() - started) / 1000
  const enOwner = segmentOfCharacter(enText, en)
  const ruOwner = segmentOfCharacter(ruText, ru)
  const ours = toGoldSegments(
    alignment.pairs.map((p) => [p.source, p.target] as Group),
    alignment,
    enOwner,
    ruOwner,
  )
  started = performance.now()
  const baseline = galeChurch(
    alignment.source.sentences.map((s) => s.text.length),
    alignment.target.sentences.map((s) => s.text.length),
  )
  const gcSeconds = (performance.now() - started) / 1000
  return {
    ours: { groups: ours, confidence: [], seconds },
    gc: { groups: toGoldSegments(baseline, alignment, enOwner, ruOwner), confidence: [], seconds: gcSeconds },
  }
}

type Mode = 'presegmented' | 'end-to-end'

/** One file of a set: its gold, our prediction and the baseline's. */
interface FileRun {
  gold: Group[]
  ours: Prediction
  gc: Prediction
}

/** Align every file of a set once, ours and the baseline; undefined when the set is absent. */
function run(spec: SetSpec, mode: Mode): FileRun[] | undefined {
  const files: FileRun[] = []
  for (const folder of spec.folders) {
    const dir = `${corpora}${folder}/`
    if (!existsSync(`${dir}gold.json`) || !existsSync(`${dir}en.sents`)) return undefined
    const langs = languagesOf(spec)
    const en = lines(`${dir}en.sents`)
    const ru = lines(`${dir}ru.sents`)
    const gold = (JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Array<[number[], number[]]>).map((g) => g as Group)
    if (mode === 'end-to-end') {
      if (!existsSync(`${dir}en.txt`)) return undefined
      files.push({ gold, ...predictEndToEnd(dir, en, ru, langs) })
    } else if (spec.perDocument) {
      const docs = JSON.parse(readFileSync(`${dir}docs.json`, 'utf8')) as Array<{ first_seg: number; n_segs: number }>
      const ours: Prediction = { groups: [], confidence: [], seconds: 0 }
      const gc: Prediction = { groups: [], confidence: [], seconds: 0 }
      for (const doc of docs) {
        const slice = (xs: string[]) => xs.slice(doc.first_seg, doc.first_seg + doc.n_segs)
        for (const [into, part] of [
          [ours, predict(slice(en), slice(ru), langs, doc.first_seg, doc.first_seg)],
          [gc, predictGaleChurch(slice(en), slice(ru), doc.first_seg, doc.first_seg)],
        ] as const) {
          into.groups.push(...part.groups)
          into.confidence.push(...part.confidence)
          into.seconds += part.seconds
        }
      }
      files.push({ gold, ours, gc })
    } else files.push({ gold, ours: predict(en, ru, langs), gc: predictGaleChurch(en, ru) })
  }
  return files
}

/** Pooled counts of one row: plain, at the verse level, at the segmentation's granularity. */
interface RowCounts {
  plain: Counts
  granular?: Counts
  coarse?: Counts
  /** Gold 1-0 / 0-1 groups and how many the prediction has exactly. */
  oneSided: { gold: number; exact: number }
}

/** Score predictions of a set's files (or of one half) against their gold. */
function count(spec: SetSpec, mode: Mode, files: ReadonlyArray<{ gold: readonly Group[]; test: readonly Group[] }>): RowCounts {
  const plain = emptyCounts()
  const granular = spec.granular ? emptyCounts() : undefined
  const coarse = mode === 'end-to-end' ? emptyCounts() : undefined
  const oneSided = { gold: 0, exact: 0 }
  for (const { gold, test } of files) {
    addFile(plain, gold, test)
    const verses = spec.granular ? atGoldGranularity(gold, test) : test
    if (granular) addFile(granular, gold, verses)
    // End to end, a sentence the library did not split can hold several gold
    // segments: gold groups that lie inside one predicted group and together
    // cover it exactly count as that group (the verse rule, the other way).
    if (coarse) addFile(coarse, atGoldGranularity(verses, gold), verses)
    const predicted = new Set(test.filter((g) => g[0].length === 0 || g[1].length === 0).map((g) => `${g[0]}|${g[1]}`))
    for (const g of gold) {
      if (g[0].length > 0 && g[1].length > 0) continue
      oneSided.gold++
      if (predicted.has(`${g[0]}|${g[1]}`)) oneSided.exact++
    }
  }
  return { plain, granular, coarse, oneSided }
}

/** One printed row (with its verse-level and granularity rows): ours and the baseline. */
interface Row {
  split: 'dev' | 'test' | 'whole'
  name: string
  ours: RowCounts
  gc: RowCounts
  seconds: string
}

/** The rows of a set: one, or for a book its two halves and the whole. */
function rowsOf(spec: SetSpec, mode: Mode, files: readonly FileRun[]): Row[] {
  const seconds = files.reduce((sum, file) => sum + file.ours.seconds, 0).toFixed(1)
  const whole = (which: 'ours' | 'gc') => count(spec, mode, files.map((file) => ({ gold: file.gold, test: file[which].groups })))
  if (spec.split !== 'halves') return [{ split: spec.split, name: spec.name, ours: whole('ours'), gc: whole('gc'), seconds }]
  const half = (which: 'ours' | 'gc', k: 0 | 1) =>
    count(
      spec,
      mode,
      files.map((file) => splitHalves(file.gold, file[which].groups)[k]),
    )
  return [
    { split: 'dev', name: `${spec.name} (first half)`, ours: half('ours', 0), gc: half('gc', 0), seconds: '' },
    { split: 'test', name: `${spec.name} (second half)`, ours: half('ours', 1), gc: half('gc', 1), seconds: '' },
    { split: 'whole', name: `${spec.name} (whole book)`, ours: whole('ours'), gc: whole('gc'), seconds },
  ]
}

const f = (x: number) => x.toFixed(3)
/** A signed difference with 3 decimals (+0.012, -0.004). */
const signed = (x: number) => {
  const text = x.toFixed(3)
  return text === '-0.000' ? '+0.000' : text.startsWith('-') ? text : `+${text}`
}

/** Table lines of a row: its plain figures, then the verse level and the segmentation's granularity when scored. */
function printRow(row: Row): void {
  const line = (label: string, ours: Counts, gc: Counts, oneSided: string, seconds: string) => {
    const s = scores(ours)
    const b = scores(gc).strict.f1
    console.log(
      `| ${row.split} | ${label} | ${f(s.strict.precision)} | ${f(s.strict.recall)} | ${f(s.strict.f1)} | ${f(s.lax.f1)} | ${oneSided} | ${f(b)} | ${signed(s.strict.f1 - b)} | ${seconds} |`,
    )
  }
  const oneSided = row.ours.oneSided.gold > 0 ? `${row.ours.oneSided.exact}/${row.ours.oneSided.gold}` : '-'
  line(row.name, row.ours.plain, row.gc.plain, oneSided, row.seconds)
  if (row.ours.granular && row.gc.granular) line(`${row.name} (verse level)`, row.ours.granular, row.gc.granular, '', '')
  if (row.ours.coarse && row.gc.coarse) line(`${row.name} (at the segmentation's granularity)`, row.ours.coarse, row.gc.coarse, '', '')
}

// Align everything once, then print.
const runs = new Map<Mode, Map<SetSpec, FileRun[] | undefined>>()
let baselineSeconds = 0
for (const mode of ['presegmented', 'end-to-end'] as const) {
  const byMode = new Map<SetSpec, FileRun[] | undefined>()
  for (const spec of SETS) {
    if (mode === 'end-to-end' && !spec.endToEnd) continue
    const files = run(spec, mode)
    byMode.set(spec, files)
    for (const file of files ?? []) baselineSeconds += file.gc.seconds
  }
  runs.set(mode, byMode)
}

const SPLIT_ORDER = { dev: 0, test: 1, whole: 2 } as const
for (const mode of ['presegmented', 'end-to-end'] as const) {
  console.log(`\n### ${mode === 'presegmented' ? 'Pre-segmented (the corpus\'s own .sents)' : 'End to end (raw .txt, the library\'s own segmentation)'}\n`)
  console.log('| split | set | strict P | strict R | strict F1 | lax F1 | 1-0/0-1 exact | G&C strict F1 | ours - G&C | seconds |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  const rows: Row[] = []
  const absent: string[] = []
  for (const [spec, files] of runs.get(mode)!) {
    if (files) rows.push(...rowsOf(spec, mode, files))
    else absent.push(`| ${spec.split === 'halves' ? 'dev/test' : spec.split} | ${spec.name} | (absent: skipped) | | | | | | | |`)
  }
  // Stable sort: dev rows, then test rows, then the whole books.
  for (const row of [...rows].sort((a, b) => SPLIT_ORDER[a.split] - SPLIT_ORDER[b.split])) printRow(row)
  for (const line of absent) console.log(line)
}
console.log(`\nG&C baseline: ${baselineSeconds.toFixed(1)} s in all. Split: dev rows tune, test rows report; a book is aligned once, whole, and scored per half (first half dev, second half test).`)

// ---------------------------------------------------------------- bead types

const presegmented = [...runs.get('presegmented')!].filter((entry): entry is [SetSpec, FileRun[]] => entry[1] !== undefined)
// The books first: that is where free translation shows in the bead types.
const books = [...presegmented].sort(([a], [b]) => Number(b.split === 'halves') - Number(a.split === 'halves'))

console.log('\n### Bead types (predicted / gold)\n')
console.log(`Pre-segmented. Omission ratio: predicted (1-0 + 0-1) over gold (1-0 + 0-1).\n`)
console.log(`| set | groups of | ${BEAD_TYPES.join(' | ')} | 1-0 + 0-1 | ratio to gold |`)
console.log(`| --- | --- | ${BEAD_TYPES.map(() => '---').join(' | ')} | --- | --- |`)
for (const [spec, files] of books) {
  const tally = (groups: (file: FileRun) => readonly Group[]) => {
    const total = Object.fromEntries(BEAD_TYPES.map((type) => [type, 0])) as Record<BeadType, number>
    for (const file of files) {
      const counts = beadCounts(groups(file))
      for (const type of BEAD_TYPES) total[type] += counts[type]
    }
    return total
  }
  const gold = tally((file) => file.gold)
  const goldOmissions = omissions(gold)
  for (const [who, counts] of [
    ['ours', tally((file) => file.ours.groups)],
    ['G&C', tally((file) => file.gc.groups)],
    ['gold', gold],
  ] as const) {
    const ratio = who === 'gold' ? '' : goldOmissions > 0 ? (omissions(counts) / goldOmissions).toFixed(2) : '-'
    console.log(`| ${spec.name} | ${who} | ${BEAD_TYPES.map((type) => counts[type]).join(' | ')} | ${omissions(counts)} | ${ratio} |`)
  }
}

// ---------------------------------------------------------------- confidence

console.log('\n### Precision by confidence band\n')
console.log(
  'Pre-segmented, our predicted groups binned by `pair.score`: number of groups and the share strictly correct (exactly in the gold; for Genesis, at the verse level: a group is also correct when it is one of the pieces that together make one gold verse group).\n',
)
console.log(`| set | ${CONFIDENCE_BANDS.map((band) => `${band.label} groups | ${band.label} correct`).join(' | ')} | all groups | all correct |`)
console.log(`| --- | ${CONFIDENCE_BANDS.map(() => '--- | ---').join(' | ')} | --- | --- |`)
for (const [spec, files] of presegmented) {
  const bands = emptyBands()
  for (const file of files) addToBands(bands, file.ours.confidence, strictlyCorrect(file.gold, file.ours.groups, spec.granular))
  const share = (band: BandCount) => (band.groups > 0 ? f(band.correct / band.groups) : '-')
  const all = bands.reduce((sum, band) => ({ groups: sum.groups + band.groups, correct: sum.correct + band.correct }), { groups: 0, correct: 0 })
  console.log(`| ${spec.name} | ${bands.map((band) => `${band.groups} | ${share(band)}`).join(' | ')} | ${all.groups} | ${share(all)} |`)
}

// ---------------------------------------------------------------- a read gold

console.log('\n### Against a read gold (estimate)\n')
console.log(
  'Where a set has a review (`docs/gold-review/SET.json`: a random sample of the groups where ours and the gold disagree, each judged by reading both texts), the precision ours would have against a gold without its own errors: the groups the gold has exactly, plus the share of the two-sided disagreements the review found ours right in (gold wrong, or ours a finer pairing inside a coarse gold group), with its 95% interval. The sample was drawn from an earlier version of the aligner; the share is assumed to hold for this one.\n',
)
console.log('| set | predicted groups | in the gold | two-sided disagreements | reviewed (ours right) | strict precision | estimated precision, read gold (95%) |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const [spec, files] of presegmented) {
  if (spec.folders.length !== 1) continue
  const review = readReview(fileURLToPath(new URL(`../docs/gold-review/${spec.folders[0]}.json`, import.meta.url)))
  if (!review) continue
  const { gold, ours } = files[0]
  const inGold = new Set(gold.map(([s, t]) => `${s}|${t}`))
  const predicted = ours.groups.length
  const exact = ours.groups.filter(([s, t]) => inGold.has(`${s}|${t}`)).length
  const twoSided = ours.groups.filter(([s, t]) => s.length > 0 && t.length > 0 && !inGold.has(`${s}|${t}`)).length
  const e = estimatePrecision(review, predicted, exact, twoSided)
  console.log(
    `| ${spec.name} | ${predicted} | ${exact} | ${twoSided} | ${e.judged} (${e.right}) | ${f(exact / predicted)} | ${f(e.precision)} (${f(e.low)}-${f(e.high)}) |`,
  )
}
