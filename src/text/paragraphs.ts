/**
 * Paragraph splitting: turn a range of text into blocks (running text,
 * headings, lists, datelines) with trimmed offsets into the original string.
 *
 * Works line by line in one pass; a line is only sliced when it is short
 * (classification of headings and datelines), so the cost stays linear in the
 * size of the input.
 */
import type { Block, Range } from '../types.js'
import { trimRange } from './blank.js'

/** A line of the input: its raw extent and its trimmed content. */
export interface Line {
  /** Offset of the first character of the line (after the previous terminator). */
  lineStart: number
  /** Offset of the line terminator (or the range end). */
  lineEnd: number
  /** First non-blank character, `=== end` when the line is blank. */
  start: number
  /** One past the last non-blank character. */
  end: number
}

/** Longest line (in UTF-16 units) that can be a heading. */
const HEADING_MAX_CHARS = 80
/** Most words a heading can have. */
const HEADING_MAX_WORDS = 15
/** Longest line that can be a dateline. */
const DATELINE_MAX_CHARS = 80

/** A list marker at the start of a line's content, followed by a blank and more content. */
const LIST_MARKER = /(?:\d{1,3}[.)]|\p{L}\)|[•\-–—*·▪◦‣●○■□►])(?=[\s\u00A0])/uy

const EN_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'
const RU_MONTHS =
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь'
const ORD = '(?:st|nd|rd|th)?'
/** Date forms a dateline can end with. */
export const DATE_SOURCE =
  `(?:\\d{1,2}${ORD}\\.?\\s+(?:${EN_MONTHS}|${RU_MONTHS})\\.?,?\\s+\\d{4}(?:\\s*(?:года|год|г\\.?))?` +
  `|(?:${EN_MONTHS})\\.?\\s+\\d{1,2}${ORD},?\\s+\\d{4}` +
  `|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?:\\s*(?:года|г\\.?))?` +
  `|\\d{4}-\\d{2}-\\d{2})`
/** `Place, date`: one to four capitalised words, a comma, a date. */
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}'’.\\-]*(?:[\\s\\-]+[\\p{L}'’.\\-]+){0,3},\\s*${DATE_SOURCE}\\.?$`,
  'u',
)

/** Sentence-final (or clause-final) punctuation that makes a line not a heading. */
const FINAL_PUNCT = /[.!?…:;,]/u
/** Closing quotes and brackets that may follow final punctuation. */
const CLOSERS = /["'”’»)\]}]/u
const LOWER_START = /\p{Ll}/u
const HAS_LETTER = /\p{L}/u

/**
 * Cut `[range)` of `text` into lines. Lines end at `\n`, `\r\n` or a lone `\r`.
 *
 * @param text The original text.
 * @param range The part to cut; the whole text by default.
 */
export function splitLines(text: string, range?: Range): Line[] {
  const from = Math.max(0, range?.start ?? 0)
  const to = Math.min(text.length, range?.end ?? text.length)
  const lines: Line[] = []
  if (from > to) return lines
  // Line breaks are found with indexOf, in a view of the text that ends with the range.
  const view = to === text.length ? text : text.slice(0, to)
  let nextLF = indexBefore(view, '\n', from)
  let nextCR = indexBefore(view, '\r', from)
  let lineStart = from
  for (;;) {
    const lineEnd = Math.min(nextLF, nextCR)
    const { start, end } = trimRange(text, lineStart, lineEnd)
    lines.push({ lineStart, lineEnd, start, end })
    if (lineEnd === to) return lines
    lineStart = lineEnd + 1
    if (lineEnd === nextCR && lineStart === nextLF && lineStart < to) lineStart++ // \r\n
    if (nextLF < lineStart) nextLF = indexBefore(view, '\n', lineStart)
    if (nextCR < lineStart) nextCR = indexBefore(view, '\r', lineStart)
  }
}

/** The first offset of `char` in `view` from `from` on, or the view's length when there is none. */
function indexBefore(view: string, char: string, from: number): number {
  const at = view.indexOf(char, from)
  return at < 0 ? view.length : at
}

/** Offset just past the list marker at `line.start`, or -1 when the line is no list item. */
export function listMarkerEnd(text: string, line: Line): number {
  LIST_MARKER.lastIndex = line.start
  const m = LIST_MARKER.exec(text)
  if (!m) return -1
  const after = line.start + m[0].length
  return after < line.end ? after : -1
}

/** Whether the (short) content of a line is `Place, date`. */
export function isDateline(text: string, line: Line): boolean {
  if (line.end - line.start > DATELINE_MAX_CHARS) return false
  return DATELINE.test(text.slice(line.start, line.end))
}

/** Whether a line ends with sentence-final punctuation (closing quotes and brackets aside). */
function endsWithFinalPunct(text: string, line: Line): boolean {
  let j = line.end - 1
  while (j > line.start && CLOSERS.test(text[j])) j--
  return FINAL_PUNCT.test(text[j])
}

/** A short line with a letter and no final punctuation. */
function looksLikeHeading(text: string, line: Line): boolean {
  const len = line.end - line.start
  if (len > HEADING_MAX_CHARS) return false
  if (endsWithFinalPunct(text, line)) return false
  const content = text.slice(line.start, line.end)
  if (!HAS_LETTER.test(content)) return false
  return content.split(/\s+/u).length <= HEADING_MAX_WORDS
}

/** Whether a line's content starts with a lowercase letter (then it continues a sentence). */
function startsLower(text: string, line: Line): boolean {
  return LOWER_START.test(text[line.start])
}

/**
 * Split [range) of `text` into paragraph blocks.
 *
 * Blank lines separate paragraphs; the hard-wrapped lines of one paragraph are
 * joined. Headings, datelines and lists are their own blocks even without blank
 * lines around them; consecutive list items form one 'list' block with one part
 * per item (an indented continuation line joins its item). Every block and part
 * is trimmed, and together they cover every non-blank character of the range
 * once, in order.
 *
 * @param text The original text.
 * @param range The part to split; the whole text by default.
 */
export function splitParagraphs(text: string, range?: Range): Block[] {
  const lines = splitLines(text, range)
  const builder = new BlockBuilder(text, lines)
  for (let k = 0; k < lines.length; k++) builder.addLine(k)
  return joinBrokenHeadings(text, builder.finish())
}

/**
 * The blocks of {@link splitParagraphs}, built one line at a time: the blocks
 * made so far, and the running text block and the list still open. The work
 * of a line is a method, which the engine optimises as any function called
 * often, rather than the body of one long loop.
 */
class BlockBuilder {
  private readonly blocks: Block[] = []
  /** Start of the running text block still open, or -1 when none is. */
  private textStart = -1
  /** End of the running text block still open. */
  private textEnd = -1
  /** The items of the list still open; empty when none is. */
  private listParts: Range[] = []
  /** The indent of the last item of the open list. */
  private listIndent = 0

  /**
   * @param text The original text.
   * @param lines Its lines ({@link splitLines}).
   */
  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {}

  /** Take line `k` into a block. */
  addLine(k: number): void {
    const { text, lines } = this
    const line = lines[k]
    if (line.start === line.end) {
      this.closeText()
      this.closeList()
      return
    }
    const prev = k > 0 && lines[k - 1].start < lines[k - 1].end ? lines[k - 1] : null
    const next = k + 1 < lines.length && lines[k + 1].start < lines[k + 1].end ? lines[k + 1] : null
    const indent = line.start - line.lineStart

    if (listMarkerEnd(text, line) >= 0) {
      this.closeText()
      this.listParts.push({ start: line.start, end: line.end })
      this.listIndent = indent
      return
    }
    if (this.listParts.length > 0) {
      if (indent > this.listIndent) {
        this.listParts[this.listParts.length - 1].end = line.end
        return
      }
      this.closeList()
    }
    if (isDateline(text, line)) {
      this.closeText()
      this.blocks.push({ start: line.start, end: line.end, kind: 'dateline', parts: [{ start: line.start, end: line.end }] })
      return
    }
    const afterBreak = this.textStart < 0 || (prev !== null && endsWithFinalPunct(text, prev))
    const beforeBreak =
      next === null ||
      !startsLower(text, next) ||
      listMarkerEnd(text, next) >= 0 ||
      isDateline(text, next)
    if (afterBreak && beforeBreak && looksLikeHeading(text, line)) {
      this.closeText()
      this.blocks.push({ start: line.start, end: line.end, kind: 'heading', parts: [{ start: line.start, end: line.end }] })
      return
    }
    if (this.textStart < 0) this.textStart = line.start
    this.textEnd = line.end
  }

  /** Close what is still open, and give the blocks. */
  finish(): Block[] {
    this.closeText()
    this.closeList()
    return this.blocks
  }

  /** Close the open text block, if any. */
  private closeText(): void {
    if (this.textStart < 0) return
    const start = this.textStart
    const end = this.textEnd
    this.blocks.push({ start, end, kind: 'text', parts: [{ start, end }] })
    this.textStart = -1
  }

  /** Close the open list, if any. */
  private closeList(): void {
    const parts = this.listParts
    if (parts.length === 0) return
    this.blocks.push({ start: parts[0].start, end: parts[parts.length - 1].end, kind: 'list', parts })
    this.listParts = []
  }
}

/**
 * Join a heading to the heading before it when it starts in lower case: a
 * title broken over two lines ("Solidarity motion" / "on the ban of ...") is
 * one heading, and one unit to translate.
 */
function joinBrokenHeadings(text: string, blocks: Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const previous = out[out.length - 1]
    if (
      previous !== undefined &&
      previous.kind === 'heading' &&
      block.kind === 'heading' &&
      block.end - previous.start <= 2 * HEADING_MAX_CHARS &&
      startsLower(text, { lineStart: block.start, lineEnd: block.end, start: block.start, end: block.end })
    ) {
      out[out.length - 1] = { start: previous.start, end: block.end, kind: 'heading', parts: [{ start: previous.start, end: block.end }] }
    } else out.push(block)
  }
  return out
}
