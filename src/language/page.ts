/**
 * Page mode: one page (a printed web page, a bilingual leaflet) holds a text
 * and its translation plus page furniture. Find the language versions and set
 * the furniture aside as noise, losing nothing.
 */
import type { Block, Span } from '../types.js'
import { collapseBlank } from '../text/blank.js'
import { DATE_SOURCE, splitLines, splitParagraphs, type Line } from '../text/paragraphs.js'
import { labelBlocks } from './label.js'
import { countScripts } from './script.js'

/** One language version found on a page. */
export interface PageDocument {
  /** ISO 639-1 code of the document. */
  lang: string
  /** The document's blocks, in page order. */
  blocks: Block[]
}

/** What a page holds: its language versions and its furniture. */
export interface PageSplit {
  /** The two largest documents of different languages (or fewer), in page order. */
  documents: PageDocument[]
  /** Page furniture, one trimmed line a span, in page order. */
  noise: Span[]
}

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`
const NUMERIC_DATE = String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})`
/** A print or save timestamp alone on its line: `11/16/15, 2:44 PM`, `2015-11-16 14:44`. */
const TIMESTAMP = new RegExp(`^(?:${NUMERIC_DATE}[,\\s]+${TIME}|${TIME}[,\\s]+${NUMERIC_DATE})$`, 'u')
/** An event listing: `April 2, 2025 - April 6, 2025 - Madurai, ...`. */
const LISTING = new RegExp(`^${DATE_SOURCE}(?:\\s*[-–—]\\s*${DATE_SOURCE})?\\s*[-–—|]\\s*\\S`, 'u')
/** A URL alone on its line, possibly followed by a page counter (`https://... 1/3`). */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+(?:\s+\d{1,3}\s*\/\s*\d{1,3})?$/iu
/** A page counter alone on its line: `1/3`, `Page 2 of 5`, `Стр. 2 из 5`. */
const PAGE_COUNTER = /^(?:(?:page|стр\.?|страница)\s*)?\d{1,3}\s*(?:\/|of|из)\s*\d{1,3}$/iu
/** Separators between the entries of a language switcher. */
const SWITCHER_SEPARATORS = /[\s|/·•,;:\-–—[\]()]+/u
/** Language codes and names as language switchers show them. */
const LANGUAGE_TOKENS = new Set([
  'en', 'eng', 'ru', 'rus', 'de', 'fr', 'es', 'it', 'pt', 'uk', 'ua', 'ukr', 'kk', 'kz', 'be', 'by',
  'bg', 'sr', 'mk', 'pl', 'cs', 'tr', 'zh', 'ja', 'ar', 'el', 'gr', 'nl', 'sv', 'fi', 'da', 'no', 'hu', 'ro',
  'english', 'russian', 'german', 'french', 'spanish', 'italian', 'portuguese', 'ukrainian', 'kazakh',
  'русский', 'английский', 'english', 'deutsch', 'français', 'francais', 'español', 'italiano',
  'português', 'українська', 'қазақша', 'казахский', 'беларуская', 'български', 'српски', 'srpski',
  'рус', 'англ', 'eng', 'укр', 'каз',
])
/** Longest line that can be a language switcher. */
const SWITCHER_MAX_CHARS = 60
/** How many leading non-blank lines may be a copy of the title. */
const TITLE_COPY_WINDOW = 8
/** How far after a leading line its title may start, and how many lines it may span. */
const TITLE_SEARCH_WINDOW = 12
/** Letters a title copy needs. */
const TITLE_COPY_MIN_LETTERS = 8

function content(text: string, line: Line): string {
  return text.slice(line.start, line.end)
}

/** Whether a (short) line only names languages: `• En Ru`, `English | Русский`. */
function isLanguageSwitcher(line: string): boolean {
  if (line.length > SWITCHER_MAX_CHARS) return false
  const tokens = line.split(SWITCHER_SEPARATORS).filter((t) => t.length > 0)
  return tokens.length >= 2 && tokens.every((t) => LANGUAGE_TOKENS.has(t.toLowerCase()))
}

/** Whether a line is furniture on its own, wherever it stands. */
function isFurnitureLine(line: string): boolean {
  return TIMESTAMP.test(line) || URL_LINE.test(line) || PAGE_COUNTER.test(line) || isLanguageSwitcher(line)
}

/** The letters of a line, lowercased: what two copies of a title share. */
function letterKey(line: string): string {
  return (line.match(/\p{L}+/gu) ?? []).join('').toLowerCase()
}

/**
 * Indices (into `nonBlank`) of leading lines that repeat the title lines
 * after them, as a print header does: the letters of the line equal the
 * letters of one or more consecutive later lines (or, for a copy cut short
 * with an ellipsis, begin them).
 */
function titleCopies(text: string, nonBlank: Line[], furniture: Set<number>): Set<number> {
  const copies = new Set<number>()
  const limit = Math.min(nonBlank.length, TITLE_COPY_WINDOW)
  for (let i = 0; i < limit; i++) {
    if (furniture.has(i)) continue
    const line = content(text, nonBlank[i])
    const key = letterKey(line)
    if (key.length < TITLE_COPY_MIN_LETTERS) continue
    const truncated = /(?:\.\.\.|…)$/u.test(line)
    search: for (let j = i + 1; j < Math.min(nonBlank.length, i + 1 + TITLE_SEARCH_WINDOW); j++) {
      let acc = ''
      for (let k = j; k < Math.min(nonBlank.length, j + TITLE_SEARCH_WINDOW); k++) {
        if (furniture.has(k)) break
        acc += letterKey(content(text, nonBlank[k]))
        if (acc === key || (truncated && acc.startsWith(key))) {
          copies.add(i)
          break search
        }
        if (!key.startsWith(acc)) break
      }
    }
  }
  return copies
}

function letterCount(text: string, block: Block): number {
  const c = countScripts(text, block)
  return c.latin + c.cyrillic + c.other
}

/**
 * Find the language versions held by one page and set the page furniture aside.
 *
 * Lines that are furniture wherever they stand (a print timestamp, a language
 * switcher, a bare URL or page counter) and leading copies of the title are set
 * aside first. The rest is split into paragraph blocks, each block labelled
 * with its language (short blocks take their neighbours'), and maximal runs of
 * one language form candidate documents; event listings (`<date> - <date> -
 * ...`) and blocks without letters at a run's edges are furniture. The largest
 * run and the largest run of another language are the documents; every other
 * block is noise, one span per line. Every non-blank character of the page
 * ends up in exactly one document block or noise span. Never throws.
 *
 * @param text The whole page.
 */
export function splitPage(text: string): PageSplit {
  const lines = splitLines(text)
  const nonBlank = lines.filter((l) => l.start < l.end)
  const furniture = new Set<number>()
  const listing = new Set<number>()
  for (let i = 0; i < nonBlank.length; i++) {
    const line = nonBlank[i]
    if (line.end - line.start > 300) continue
    const s = content(text, line)
    if (isFurnitureLine(s)) furniture.add(i)
    else if (LISTING.test(s)) listing.add(i)
  }
  // A title copy is furniture even when it also reads as a listing: each line in one set only, or it would be noise twice.
  for (const i of titleCopies(text, nonBlank, furniture)) {
    furniture.add(i)
    listing.delete(i)
  }

  // Paragraph blocks of the lines between furniture; each listing line is a block of its own.
  const blocks: Block[] = []
  const isListing: boolean[] = []
  let segStart = -1
  let segEnd = -1
  const flush = (): void => {
    if (segStart >= 0) {
      for (const b of splitParagraphs(text, { start: segStart, end: segEnd })) {
        blocks.push(b)
        isListing.push(false)
      }
    }
    segStart = -1
  }
  for (let i = 0; i < nonBlank.length; i++) {
    const line = nonBlank[i]
    if (furniture.has(i) || listing.has(i)) {
      flush()
      if (listing.has(i)) {
        for (const b of splitParagraphs(text, { start: line.lineStart, end: line.lineEnd })) {
          blocks.push(b)
          isListing.push(true)
        }
      }
      continue
    }
    if (segStart < 0) segStart = line.lineStart
    segEnd = line.lineEnd
  }
  flush()

  const labels = labelBlocks(text, blocks)
  const letters = blocks.map((b) => letterCount(text, b))

  // Runs of one label; `und` blocks between two runs of one language join them.
  interface Run {
    lang: string
    from: number
    to: number
    weight: number
  }
  const effective = labels.slice()
  for (let i = 0; i < effective.length; i++) {
    if (effective[i] !== 'und') continue
    let j = i
    while (j < effective.length && effective[j] === 'und') j++
    const before = i > 0 ? effective[i - 1] : 'und'
    const after = j < effective.length ? effective[j] : 'und'
    if (before !== 'und' && before === after) for (let k = i; k < j; k++) effective[k] = before
    i = j - 1
  }
  const runs: Run[] = []
  for (let i = 0; i < blocks.length; ) {
    let j = i
    while (j < blocks.length && effective[j] === effective[i]) j++
    // Listings and letterless blocks at the edges of a run are furniture.
    let from = i
    let to = j
    while (from < to && (isListing[from] || letters[from] === 0)) from++
    while (to > from && (isListing[to - 1] || letters[to - 1] === 0)) to--
    if (from < to && effective[i] !== 'und') {
      let weight = 0
      for (let k = from; k < to; k++) weight += letters[k]
      runs.push({ lang: effective[i], from, to, weight })
    }
    i = j
  }

  const byWeight = runs.slice().sort((a, b) => b.weight - a.weight || a.from - b.from)
  const chosen: Run[] = []
  if (byWeight.length > 0) {
    chosen.push(byWeight[0])
    const other = byWeight.find((r) => r.lang !== byWeight[0].lang)
    if (other) chosen.push(other)
  }
  chosen.sort((a, b) => a.from - b.from)

  const inDocument = new Array<boolean>(blocks.length).fill(false)
  const documents: PageDocument[] = chosen.map((run) => {
    for (let k = run.from; k < run.to; k++) inDocument[k] = true
    return { lang: run.lang, blocks: blocks.slice(run.from, run.to) }
  })

  // Noise: furniture lines, and the lines of every block outside the documents.
  const noiseLines: Line[] = []
  for (const i of furniture) noiseLines.push(nonBlank[i])
  let cursor = 0
  for (let b = 0; b < blocks.length; b++) {
    if (inDocument[b]) continue
    const block = blocks[b]
    while (cursor < nonBlank.length && nonBlank[cursor].end <= block.start) cursor++
    for (let k = cursor; k < nonBlank.length && nonBlank[k].start < block.end; k++) noiseLines.push(nonBlank[k])
  }
  noiseLines.sort((a, b) => a.start - b.start)
  const noise: Span[] = noiseLines.map((l) => ({ start: l.start, end: l.end, text: collapseBlank(content(text, l)) }))
  return { documents, noise }
}
