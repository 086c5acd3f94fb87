/**
 * Document pairs for batch runs, built from real text of ../shared/corpora:
 * the WMT22 news documents, Tatoeba sentences in groups, UDHR paragraphs in
 * groups, and Genesis in chunks of verses. The four sources take turns; each
 * pass over a source cuts it into a different size (the sizes cycle), so the
 * pairs differ in length and seldom repeat. Deterministic.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The directory of the shared corpora. */
export const CORPORA = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))

/** One document pair, as a batch line holds it. */
export interface DocumentPair {
  id: string
  en: string
  ru: string
}

/** Gold groups of one set: English and Russian sentences (or paragraphs). */
type Groups = Array<{ en: string[]; ru: string[] }>

/** Whether the corpora the pairs are built from are present. */
export function hasBatchCorpora(): boolean {
  return ['wmt22-enru/docs.json', 'tatoeba-enru/gold.json', 'udhr-enru/gold.json', 'bible-genesis-web-rst/gold.json'].every((file) =>
    existsSync(`${CORPORA}${file}`),
  )
}

/** The gold groups of a set, from its unit files (`.sents`, or blank-line paragraphs of `.txt`). */
function readGroups(set: string, units: 'sents' | 'paragraphs'): Groups {
  const dir = `${CORPORA}${set}/`
  const read = (lang: string) =>
    units === 'sents'
      ? readFileSync(`${dir}${lang}.sents`, 'utf8').replace(/\n$/, '').split('\n')
      : readFileSync(`${dir}${lang}.txt`, 'utf8').trim().split(/\n\s*\n/)
  const en = read('en')
  const ru = read('ru')
  const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Array<[number[], number[]]>
  return gold.map(([s, t]) => ({ en: s.map((i) => en[i]), ru: t.map((j) => ru[j]) }))
}

/** Running text of some groups: `perParagraph` groups a paragraph, paragraphs split by blank lines. */
function text(groups: Groups, side: 'en' | 'ru', perParagraph: number): string {
  const paragraphs: string[] = []
  for (let k = 0; k < groups.length; k += perParagraph) {
    const paragraph = groups.slice(k, k + perParagraph).flatMap((g) => g[side]).join(' ')
    if (paragraph !== '') paragraphs.push(paragraph)
  }
  return paragraphs.join('\n\n')
}

/** Cut a list into chunks of `size`, starting at `offset`. */
function chunks<T>(items: T[], size: number, offset = 0): T[][] {
  const out: T[][] = []
  for (let k = offset; k < items.length; k += size) out.push(items.slice(k, k + size))
  return out
}

/** An endless sequence of pairs from one source, cut differently on each pass. */
function* source(name: string, cut: (pass: number) => Groups[], perParagraph: number): Generator<DocumentPair> {
  for (let pass = 0; ; pass += 1) {
    let k = 0
    for (const groups of cut(pass)) {
      const pair = { id: `${name}-${pass}-${k++}`, en: text(groups, 'en', perParagraph), ru: text(groups, 'ru', perParagraph) }
      if (pair.en !== '' && pair.ru !== '') yield pair
    }
  }
}

/**
 * `count` document pairs (default 1,000) from the shared corpora, the
 * sources taking turns: WMT22 documents (one, two or three at a time),
 * Tatoeba sentences in tens (then 13s, 16s… up to 22s), UDHR paragraphs in
 * twos to sixes, Genesis in chunks of ten verses (then 12, 14… up to 20).
 * The sizes cycle, so a long run has the mix of a short one.
 *
 * @param count How many pairs.
 */
export function batchPairs(count = 1000): DocumentPair[] {
  const wmt = readGroups('wmt22-enru', 'sents')
  const docs = JSON.parse(readFileSync(`${CORPORA}wmt22-enru/docs.json`, 'utf8')) as Array<{ first_seg: number; n_segs: number }>
  const wmtDocs = docs.map((d) => wmt.slice(d.first_seg, d.first_seg + d.n_segs))
  const tatoeba = readGroups('tatoeba-enru', 'sents')
  const udhr = readGroups('udhr-enru', 'paragraphs')
  const genesis = readGroups('bible-genesis-web-rst', 'sents')
  const sources = [
    source('wmt22', (pass) => chunks(wmtDocs, 1 + (pass % 3), pass % 2).map((some) => some.flat()), 5),
    source('tatoeba', (pass) => chunks(tatoeba, 10 + 3 * (pass % 5), pass % 7), 5),
    source('udhr', (pass) => chunks(udhr, 2 + (pass % 5), pass % 7), 1),
    source('genesis', (pass) => chunks(genesis, 10 + 2 * (pass % 6), pass % 9), 4),
  ]
  const pairs: DocumentPair[] = []
  for (let turn = 0; pairs.length < count; turn += 1) pairs.push(sources[turn % sources.length].next().value as DocumentPair)
  return pairs
}
