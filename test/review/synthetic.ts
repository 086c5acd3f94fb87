import type { Alignment, Pair, Paragraph, Sentence, Side } from '../../src/types.js'

const WORDS = ['river', 'stone', 'letter', 'morning', 'winter', 'garden', 'window', 'silence', 'journey', 'harbour', 'candle', 'meadow']
const SLOVA = ['река', 'камень', 'письмо', 'утро', 'зима', 'сад', 'окно', 'тишина', 'путь', 'гавань', 'свеча', 'луг']

/** How many sentences each side of bead `k` has (never 0 on both). */
function sentencesOf(k: number): [source: number, target: number] {
  const source = k % 9 === 4 ? 2 : k % 53 === 17 ? 0 : 1
  const target = k % 13 === 6 ? 2 : k % 47 === 29 ? 0 : 1
  return source === 0 && target === 0 ? [1, 0] : [source, target]
}

/** A deterministic number in [0, 1) for `k`. */
function noise(k: number): number {
  const x = Math.sin(k * 12.9898 + 78.233) * 43758.5453
  return x - Math.floor(x)
}

/** The score of bead `k`: about one bead in eight below 0.5. */
function scoreOf(k: number): number {
  const r = noise(k)
  return Math.round((r < 0.125 ? 0.05 + r * 3 : 0.55 + (r - 0.125) * 0.5) * 10000) / 10000
}

/** Builds one side sentence by sentence, paragraphs every six beads. */
class SideBuilder {
  text = ''
  sentences: Sentence[] = []
  paragraphs: Paragraph[] = []
  private open = -1

  constructor(
    private readonly lang: string,
    private readonly words: string[],
  ) {}

  /** Start a new paragraph. */
  paragraph(): void {
    this.close()
    if (this.text.length > 0) this.text += '\n\n'
    this.open = this.sentences.length
    this.paragraphs.push({ start: this.text.length, end: this.text.length, kind: 'text', sentences: [this.open, this.open] })
  }

  /** Add a generated sentence to the open paragraph; returns its index. */
  sentence(seed: number, label: string): number {
    const length = 4 + Math.floor(noise(seed) * 18)
    const body = Array.from({ length }, (_, n) => this.words[(seed + n * 7) % this.words.length]).join(' ')
    return this.exact(`${label} ${body}.`)
  }

  /** Add a sentence of exactly this text to the open paragraph; returns its index. */
  exact(text: string): number {
    if (this.sentences.length > this.open) this.text += ' '
    const start = this.text.length
    this.text += text
    this.sentences.push({ start, end: this.text.length, text, paragraph: this.paragraphs.length - 1 })
    return this.sentences.length - 1
  }

  /** The finished side. */
  side(): Side {
    this.close()
    return { lang: this.lang, text: this.text, paragraphs: this.paragraphs, sentences: this.sentences }
  }

  private close(): void {
    const last = this.paragraphs[this.paragraphs.length - 1]
    if (!last) return
    last.end = this.text.length
    last.sentences = [last.sentences[0], this.sentences.length]
  }
}

/**
 * A book-length alignment built from generated sentences: `beads` pairs
 * (10,000 by default, about 22,000 sentences), mostly 1-1 with some 2-1,
 * 1-2 and one-sided beads, paragraphs every six beads, about one bead in
 * eight scored below 0.5, and every 500th bead (from 7) scored 0.2 but
 * confirmed (so `n` must pass it by).
 *
 * @param beads How many pairs.
 */
export function syntheticAlignment(beads = 10000): Alignment {
  const source = new SideBuilder('en', WORDS)
  const target = new SideBuilder('ru', SLOVA)
  const pairs: Pair[] = []
  for (let k = 0; k < beads; k++) {
    if (k % 6 === 0) {
      source.paragraph()
      target.paragraph()
    }
    const [s, t] = sentencesOf(k)
    const pair: Pair = {
      source: Array.from({ length: s }, (_, n) => source.sentence(k * 3 + n, `S${k + 1}.${n + 1}`)),
      target: Array.from({ length: t }, (_, n) => target.sentence(k * 5 + n, `Т${k + 1}.${n + 1}`)),
      score: scoreOf(k),
    }
    if (k % 500 === 7) {
      pair.score = 0.2
      pair.confirmed = true
    }
    pairs.push(pair)
  }
  return { source: source.side(), target: target.side(), pairs, noise: [] }
}

/**
 * A small alignment from sentence lengths: each bead is `[source lengths,
 * target lengths]`, each sentence that many letters (`a`… on the source,
 * `я`… on the target), one paragraph a side.
 *
 * @param beads Sentence lengths per bead and side.
 * @param stale Indices of the beads to mark stale.
 */
export function alignmentOfLengths(beads: Array<[number[], number[]]>, stale: number[] = []): Alignment {
  const source = new SideBuilder('en', ['a'])
  const target = new SideBuilder('ru', ['я'])
  source.paragraph()
  target.paragraph()
  const pairs = beads.map(([sourceLengths, targetLengths], k): Pair => {
    const pair: Pair = {
      source: sourceLengths.map((length) => source.exact('a'.repeat(length))),
      target: targetLengths.map((length) => target.exact('я'.repeat(length))),
      score: 0.3,
    }
    if (stale.includes(k)) pair.stale = true
    return pair
  })
  return { source: source.side(), target: target.side(), pairs, noise: [] }
}
