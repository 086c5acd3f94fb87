/**
 * A long made-up book and its translation into a made-up language written in
 * Cyrillic, with a consistent vocabulary (every source word has one target
 * word, of a length near its own) and no lexicon that knows the pair: what an
 * aligner sees of a language pair it has no dictionary for. The translation
 * merges some sentences and splits others, as real ones do, and the gold
 * alignment is known.
 */

/** A seeded generator of numbers in [0, 1) (Park and Miller). */
export function random(seed: number): () => number {
  let state = seed % 2147483647 || 1
  return () => (state = (state * 16807) % 2147483647) / 2147483647
}

const LATIN = 'aeioubcdfghlmnprstv'
const CYRILLIC = 'аеиоубвгдзклмнпрстфхцчшыя'

/** A made-up word of `length` letters from `alphabet`. */
function word(next: () => number, alphabet: string, length: number): string {
  let out = ''
  for (let k = 0; k < length; k++) out += alphabet[Math.floor(next() * alphabet.length)]
  return out
}

/** What {@link syntheticBook} makes. */
export interface SyntheticBook {
  /** Source sentences. */
  source: string[]
  /** Target sentences. */
  target: string[]
  /** The gold groups, `[source indices, target indices]`, in order. */
  gold: Array<[number[], number[]]>
}

/** Options of {@link syntheticBook}. */
export interface SyntheticBookOptions {
  /** Source sentences before any are dropped. */
  sentences: number
  /** Seed of the generator. */
  seed?: number
  /** Source sentences `[from, to)` that the translation leaves out (a dropped chapter). */
  dropped?: [number, number]
  /** Source sentences `[from, to)` that the translation keeps in the source language (an untranslated block, aligned 1-1). */
  untranslated?: [number, number]
}

/**
 * Make a book and its translation. One source sentence in ten is merged with
 * the next into one target sentence (2-1) and one in twenty is split in two
 * (1-2); the rest are 1-1.
 *
 * @param options Size, seed, and the blocks to plant.
 */
export function syntheticBook(options: SyntheticBookOptions): SyntheticBook {
  const next = random(options.seed ?? 7)
  const vocabulary = Array.from({ length: 3000 }, () => {
    const length = 2 + Math.floor(next() * 9)
    const targetLength = Math.max(2, length + Math.round((next() - 0.5) * 4))
    return [word(next, LATIN, length), word(next, CYRILLIC, targetLength)] as const
  })
  // Zipf-like: a few words are frequent, most are rare.
  const pick = () => vocabulary[Math.floor(vocabulary.length * next() ** 2.5)]
  const sentence = () => {
    const count = 4 + Math.floor(next() * next() * 30)
    const words = Array.from({ length: count }, pick)
    const capital = (s: string) => s[0].toUpperCase() + s.slice(1)
    return [capital(words.map((w) => w[0]).join(' ')) + '.', capital(words.map((w) => w[1]).join(' ')) + '.'] as const
  }
  const pairs = Array.from({ length: options.sentences }, sentence)
  const inside = (k: number, range?: [number, number]) => range !== undefined && k >= range[0] && k < range[1]
  const source: string[] = []
  const target: string[] = []
  const gold: Array<[number[], number[]]> = []
  for (let k = 0; k < pairs.length; k++) {
    const [s, t] = pairs[k]
    if (inside(k, options.dropped)) {
      gold.push([[source.length], []])
      source.push(s)
      continue
    }
    if (inside(k, options.untranslated)) {
      gold.push([[source.length], [target.length]])
      source.push(s)
      target.push(s)
      continue
    }
    const roll = next()
    const canMerge = k + 1 < pairs.length && !inside(k + 1, options.dropped) && !inside(k + 1, options.untranslated)
    if (roll < 0.1 && canMerge) {
      const [s2, t2] = pairs[++k]
      gold.push([[source.length, source.length + 1], [target.length]])
      source.push(s, s2)
      target.push(`${t.slice(0, -1)}, ${t2[0].toLowerCase()}${t2.slice(1)}`)
    } else if (roll < 0.15 && t.split(' ').length >= 8) {
      const words = t.slice(0, -1).split(' ')
      const half = Math.floor(words.length / 2)
      gold.push([[source.length], [target.length, target.length + 1]])
      source.push(s)
      const second = words.slice(half).join(' ')
      target.push(`${words.slice(0, half).join(' ')}.`, `${second[0].toUpperCase()}${second.slice(1)}.`)
    } else {
      gold.push([[source.length], [target.length]])
      source.push(s)
      target.push(t)
    }
  }
  return { source, target, gold }
}
