/**
 * Long bilingual inputs built from real sentences of ../shared/corpora: the
 * gold groups of every EN-RU set, documents in a shuffled order that changes
 * on every pass, with 2% of the groups dropped from the Russian side (so that
 * no two passes are the same sequence, and the input has omissions to find).
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const SETS = ['wmt22-enru', 'bible-genesis-web-rst', 'tatoeba-enru', 'udhr-enru-sent']

/** A gold group: source and target sentences. */
export interface GoldGroup {
  en: string[]
  ru: string[]
}

/** One document of gold groups. */
type Document = GoldGroup[]

/** The documents available: WMT22 split by document, the other sets whole. */
export function loadDocuments(): Document[] {
  const documents: Document[] = []
  for (const set of SETS) {
    const dir = `${corpora}${set}/`
    if (!existsSync(`${dir}gold.json`)) continue
    const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8').replace(/\n$/, '').split('\n')
    const en = read('en.sents')
    const ru = read('ru.sents')
    const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Array<[number[], number[]]>
    const groups = gold.map(([s, t]) => ({ en: s.map((i) => en[i]), ru: t.map((j) => ru[j]) }))
    if (existsSync(`${dir}docs.json`)) {
      const docs = JSON.parse(readFileSync(`${dir}docs.json`, 'utf8')) as Array<{ first_seg: number; n_segs: number }>
      for (const doc of docs) documents.push(groups.slice(doc.first_seg, doc.first_seg + doc.n_segs))
    } else {
      // Cut long sets into documents of about 100 groups so the shuffle mixes them.
      for (let k = 0; k < groups.length; k += 100) documents.push(groups.slice(k, k + 100))
    }
  }
  return documents
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A long input of about `size` English sentences, with its gold groups. */
export function buildInput(documents: readonly Document[], size: number, seed = 1): { groups: GoldGroup[]; en: string[]; ru: string[] } {
  if (documents.every((document) => document.length === 0)) throw new Error('no documents to build the input from (is ../shared/corpora there?)')
  const next = random(seed)
  const groups: GoldGroup[] = []
  let count = 0
  while (count < size) {
    const order = documents.map((_, k) => k).sort(() => next() - 0.5)
    for (const k of order) {
      for (const group of documents[k]) {
        const dropped = group.en.length > 0 && next() < 0.02
        groups.push(dropped ? { en: group.en, ru: [] } : group)
        count += group.en.length
        if (count >= size) break
      }
      if (count >= size) break
    }
  }
  return { groups, en: groups.flatMap((g) => g.en), ru: groups.flatMap((g) => g.ru) }
}

/** The gold groups as index groups into the flat sentence lists. */
export function goldIndices(groups: readonly GoldGroup[]): Array<[number[], number[]]> {
  let i = 0
  let j = 0
  return groups.map((g) => {
    const s = g.en.map(() => i++)
    const t = g.ru.map(() => j++)
    return [s, t]
  })
}
