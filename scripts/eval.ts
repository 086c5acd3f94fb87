/**
 * Alignment quality on the gold sets of ../shared/corpora (see its README):
 * strict and lax precision, recall and F1 per set, pre-segmented input.
 * Run: npm run eval
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { align, alignSegments, createLexicon, type Lexicon } from '../src/index.js'
import { loadDictionary } from '../src/node.js'
import { addFile, atGoldGranularity, emptyCounts, scores, type Counts, type Group } from './lib/metric.js'
import { mergeSharedSegments, segmentOfCharacter, segmentsOfSpan } from './lib/overlap.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))

interface SetSpec {
  /** Row name. */
  name: string
  /** Folders pooled into the row. */
  folders: string[]
  /** Languages of the en.* and ru.* files. */
  langs: [string, string]
  /** Score at the gold's granularity too. */
  granular?: boolean
  /** Align each document separately (docs.json). */
  perDocument?: boolean
  /** The gold is sentences, so the set is also run end to end from the raw text. */
  endToEnd?: boolean
}

const SETS: SetSpec[] = [
  { name: 'textberg-defr test (7 pooled)', folders: [0, 1, 2, 3, 4, 5, 6].map((k) => `textberg-defr-test${k}`), langs: ['de', 'fr'], endToEnd: true },
  { name: 'textberg-defr-dev', folders: ['textberg-defr-dev'], langs: ['de', 'fr'], endToEnd: true },
  { name: 'bible-genesis-web-rst', folders: ['bible-genesis-web-rst'], langs: ['en', 'ru'], granular: true, endToEnd: true },
  { name: 'wmt22-enru-perturbed', folders: ['wmt22-enru-perturbed'], langs: ['en', 'ru'] },
  { name: 'tatoeba-enru-perturbed', folders: ['tatoeba-enru-perturbed'], langs: ['en', 'ru'] },
  { name: 'udhr-enru-sent', folders: ['udhr-enru-sent'], langs: ['en', 'ru'], endToEnd: true },
  { name: 'wmt22-enru (per document)', folders: ['wmt22-enru'], langs: ['en', 'ru'], perDocument: true, endToEnd: true },
  { name: 'tatoeba-enru', folders: ['tatoeba-enru'], langs: ['en', 'ru'], endToEnd: true },
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

/** Align one file pair (or one document of it) and return predicted groups with global indices. */
function predict(en: string[], ru: string[], langs: [string, string], enOffset = 0, ruOffset = 0): Group[] {
  const alignment = alignSegments(en, ru, { sourceLang: langs[0], targetLang: langs[1], lexicons, learnLexicon })
  return alignment.pairs.map((p) => [p.source.map((i) => i + enOffset), p.target.map((j) => j + ruOffset)] as Group)
}

/**
 * Align the raw texts with the library's own segmentation and map each
 * predicted sentence onto the gold segments its characters overlap. In WMT
 * each document is one paragraph, so the texts are aligned whole.
 */
function predictEndToEnd(dir: string, en: string[], ru: string[], langs: [string, string]): Group[] {
  const enText = readFileSync(`${dir}en.txt`, 'utf8')
  const ruText = readFileSync(`${dir}ru.txt`, 'utf8')
  const alignment = align(enText, ruText, { sourceLang: langs[0], targetLang: langs[1], lexicons, learnLexicon })
  const enOwner = segmentOfCharacter(enText, en)
  const ruOwner = segmentOfCharacter(ruText, ru)
  const map = (sentences: typeof alignment.source.sentences, owner: Int32Array, indices: number[]) =>
    [...new Set(indices.flatMap((i) => segmentsOfSpan(owner, sentences[i].start, sentences[i].end)))].sort((a, b) => a - b)
  return mergeSharedSegments(
    alignment.pairs
      .map((p) => [map(alignment.source.sentences, enOwner, p.source), map(alignment.target.sentences, ruOwner, p.target)] as Group)
      .filter((group) => group[0].length + group[1].length > 0),
  )
}

type Mode = 'presegmented' | 'end-to-end'

function evaluate(spec: SetSpec, mode: Mode): { plain: Counts; granular?: Counts; coarse?: Counts; oneSided: { gold: number; exact: number } } | undefined {
  const plain = emptyCounts()
  const granular = spec.granular ? emptyCounts() : undefined
  const coarse = mode === 'end-to-end' ? emptyCounts() : undefined
  const oneSided = { gold: 0, exact: 0 }
  for (const folder of spec.folders) {
    const dir = `${corpora}${folder}/`
    if (!existsSync(`${dir}gold.json`) || !existsSync(`${dir}en.sents`)) return undefined
    const en = lines(`${dir}en.sents`)
    const ru = lines(`${dir}ru.sents`)
    const gold = (JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Array<[number[], number[]]>).map((g) => g as Group)
    let test: Group[] = []
    if (mode === 'end-to-end') {
      if (!existsSync(`${dir}en.txt`)) return undefined
      test = predictEndToEnd(dir, en, ru, spec.langs)
    } else if (spec.perDocument) {
      const docs = JSON.parse(readFileSync(`${dir}docs.json`, 'utf8')) as Array<{ first_seg: number; n_segs: number }>
      for (const doc of docs) {
        const slice = (xs: string[]) => xs.slice(doc.first_seg, doc.first_seg + doc.n_segs)
        test.push(...predict(slice(en), slice(ru), spec.langs, doc.first_seg, doc.first_seg))
      }
    } else test = predict(en, ru, spec.langs)
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

const f = (x: number) => x.toFixed(3)
for (const mode of ['presegmented', 'end-to-end'] as const) {
  console.log(`\n### ${mode === 'presegmented' ? 'Pre-segmented (the corpus\'s own .sents)' : 'End to end (raw .txt, the library\'s own segmentation)'}\n`)
  console.log('| set | strict P | strict R | strict F1 | lax F1 | 1-0/0-1 exact | seconds |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const spec of SETS) {
    if (mode === 'end-to-end' && !spec.endToEnd) continue
    const started = performance.now()
    const result = evaluate(spec, mode)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    if (!result) {
      console.log(`| ${spec.name} | (absent: skipped) | | | | | |`)
      continue
    }
    const s = scores(result.plain)
    const oneSided = result.oneSided.gold > 0 ? `${result.oneSided.exact}/${result.oneSided.gold}` : '-'
    console.log(`| ${spec.name} | ${f(s.strict.precision)} | ${f(s.strict.recall)} | ${f(s.strict.f1)} | ${f(s.lax.f1)} | ${oneSided} | ${seconds} |`)
    if (result.granular) {
      const g = scores(result.granular)
      console.log(`| ${spec.name} (verse level) | ${f(g.strict.precision)} | ${f(g.strict.recall)} | ${f(g.strict.f1)} | ${f(g.lax.f1)} | | |`)
    }
    if (result.coarse) {
      const c = scores(result.coarse)
      console.log(`| ${spec.name} (at the segmentation's granularity) | ${f(c.strict.precision)} | ${f(c.strict.recall)} | ${f(c.strict.f1)} | ${f(c.lax.f1)} | | |`)
    }
  }
}
