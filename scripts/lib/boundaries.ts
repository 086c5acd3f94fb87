/**
 * Shared sentence-boundary evaluation: the WMT22 boundary set (built from the
 * corpus beside the checkout plus the hand labels in
 * `fixtures/boundaries/wmt22-inner.json`), the hand-written hard cases, the
 * splitters compared, and precision / recall / F1.
 *
 * A boundary is identified by the offset where the earlier sentence ends
 * (after its stop and closing marks, before the blank).
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { split as ssSplit } from 'sentence-splitter'
import type { Range } from '../../src/types.js'
import { trimRange } from '../../src/text/blank.js'
import { splitSentences } from '../../src/text/sentences.js'

export type Lang = 'en' | 'ru'
export const LANGS: Lang[] = ['en', 'ru']

/** A splitter under test: sentence ranges of a whole paragraph. */
export type Splitter = (text: string, lang: Lang) => Range[]

/** One evaluation paragraph. */
export interface Item {
  text: string
  /** Offsets of true boundaries. */
  gold: Set<number>
  /** Offsets where a prediction is neither right nor wrong (unlabeled joints). */
  ignore: Set<number>
}

export interface Score {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export interface InnerLabel {
  /** Global segment index (line of `<lang>.sents`). */
  seg: number
  /** Offset within the segment where the first sentence ends. */
  offset: number
  boundary: boolean
}

export type InnerLabels = Record<Lang, InnerLabel[]>

export const corpusDir: string = fileURLToPath(new URL('../../../shared/corpora/wmt22-enru/', import.meta.url))
const fixturesDir = fileURLToPath(new URL('../../fixtures/boundaries/', import.meta.url))

/** Sentence-final punctuation optionally followed by closing quotes or brackets, at the end. */
export const FINAL = /[.!?…]["'”’»)\]“]*$/u
/** Stop plus closing marks followed by blank, inside a segment. */
const INNER = /[.!?…]+["'”’»)\]“]*(?=\s)/gu

// ---------------------------------------------------------------- splitters

export const bitextAlign: Splitter = (text, lang) => splitSentences(text, lang)

/** sentence-splitter as shipped; its sentence nodes, trimmed. */
export const sentenceSplitterRaw: Splitter = (text) => {
  const out: Range[] = []
  for (const node of ssSplit(text)) {
    if (node.type !== 'Sentence') continue
    const r = trimRange(text, node.range[0], node.range[1])
    if (r.start < r.end) out.push(r)
  }
  return out
}

/**
 * sentence-splitter with our rules around it: each of its boundaries is kept
 * only where our splitter also ends a sentence (merging its abbreviation and
 * initial mis-splits). It can only remove boundaries, so its recall is
 * sentence-splitter's.
 */
export const sentenceSplitterRules: Splitter = (text, lang) => {
  const ours = new Set(bitextAlign(text, lang).map((r) => r.end))
  const raw = sentenceSplitterRaw(text, lang)
  const out: Range[] = []
  for (const r of raw) {
    const last = out[out.length - 1]
    if (last && !ours.has(last.end)) last.end = r.end
    else out.push({ ...r })
  }
  return out
}

const segmenters = new Map<Lang, Intl.Segmenter>()
export const intlSegmenter: Splitter = (text, lang) => {
  let seg = segmenters.get(lang)
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'sentence' })))
  const out: Range[] = []
  for (const s of seg.segment(text)) {
    const r = trimRange(text, s.index, s.index + s.segment.length)
    if (r.start < r.end) out.push(r)
  }
  return out
}

export const SPLITTERS: { name: string; split: Splitter }[] = [
  { name: 'bitext-align', split: bitextAlign },
  { name: 'sentence-splitter', split: sentenceSplitterRaw },
  { name: 'sentence-splitter + rules', split: sentenceSplitterRules },
  { name: 'Intl.Segmenter', split: intlSegmenter },
]

// ---------------------------------------------------------------- data

/** Offsets where sentences end, except the last one. */
export function predictedBoundaries(ranges: Range[]): number[] {
  return ranges.slice(0, -1).map((r) => r.end)
}

export interface Wmt {
  docs: { id: string; first_seg: number; n_segs: number }[]
  segs: Record<Lang, string[]>
}

/** The WMT22 corpus, or null when it is not beside the checkout. */
export function loadWmt(dir: string = corpusDir): Wmt | null {
  if (!existsSync(dir)) return null
  const read = (lang: Lang): string[] => {
    const lines = readFileSync(`${dir}/${lang}.sents`, 'utf8').split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    return lines
  }
  const docs = JSON.parse(readFileSync(`${dir}/docs.json`, 'utf8')) as Wmt['docs']
  return { docs, segs: { en: read('en'), ru: read('ru') } }
}

export function loadInnerLabels(): InnerLabels {
  return JSON.parse(readFileSync(`${fixturesDir}/wmt22-inner.json`, 'utf8')) as InnerLabels
}

/** Every inner position (stop + closers followed by blank) of a segment, as offsets in it. */
export function innerCandidates(segment: string): number[] {
  return [...segment.matchAll(INNER)].map((m) => m.index + m[0].length)
}

/**
 * One paragraph per document: segments joined with one space. Joints after a
 * segment with final punctuation are gold; other joints are ignored; inside a
 * segment only the hand-labelled true boundaries are gold.
 */
export function wmtItems(wmt: Wmt, labels: InnerLabels, lang: Lang): Item[] {
  const bySeg = new Map<number, InnerLabel[]>()
  for (const l of labels[lang]) {
    const list = bySeg.get(l.seg) ?? []
    list.push(l)
    bySeg.set(l.seg, list)
  }
  const items: Item[] = []
  for (const doc of wmt.docs) {
    const segs = wmt.segs[lang].slice(doc.first_seg, doc.first_seg + doc.n_segs)
    const gold = new Set<number>()
    const ignore = new Set<number>()
    let at = 0
    segs.forEach((seg, k) => {
      for (const l of bySeg.get(doc.first_seg + k) ?? []) if (l.boundary) gold.add(at + l.offset)
      // A segment may end with blank characters (a zero-width space): the joint is after its last visible one.
      const end = trimRange(seg, 0, seg.length).end
      if (k < segs.length - 1) (FINAL.test(seg.slice(0, end)) ? gold : ignore).add(at + end)
      at += seg.length + 1
    })
    items.push({ text: segs.join(' '), gold, ignore })
  }
  return items
}

export type HardCases = Record<Lang, string[][]>

export function loadHardCases(): HardCases {
  return JSON.parse(readFileSync(`${fixturesDir}/hard-cases.json`, 'utf8')) as HardCases
}

/** Each hard case is a paragraph: its gold sentences joined with one space. */
export function hardItems(cases: HardCases, lang: Lang): Item[] {
  return cases[lang].map((sentences) => {
    const gold = new Set<number>()
    let at = 0
    sentences.forEach((s, k) => {
      at += s.length
      if (k < sentences.length - 1) gold.add(at)
      at += 1
    })
    return { text: sentences.join(' '), gold, ignore: new Set<number>() }
  })
}

// ---------------------------------------------------------------- scoring

export interface Miss {
  item: number
  offset: number
  kind: 'fp' | 'fn'
  context: string
}

function context(text: string, at: number): string {
  return `${text.slice(Math.max(0, at - 40), at)}‖${text.slice(at, at + 30)}`.replace(/\s+/gu, ' ')
}

/** Score a splitter on items; `misses` collects the errors when given. */
export function evaluate(items: Item[], split: Splitter, lang: Lang, misses?: Miss[]): Score {
  let tp = 0
  let fp = 0
  let fn = 0
  items.forEach((item, n) => {
    const predicted = new Set(predictedBoundaries(split(item.text, lang)))
    for (const p of predicted) {
      if (item.gold.has(p)) tp++
      else if (!item.ignore.has(p)) {
        fp++
        misses?.push({ item: n, offset: p, kind: 'fp', context: context(item.text, p) })
      }
    }
    for (const g of item.gold) {
      if (!predicted.has(g)) {
        fn++
        misses?.push({ item: n, offset: g, kind: 'fn', context: context(item.text, g) })
      }
    }
  })
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}
