import type { Lexicon } from './lexicon.js'
import { PairCounter } from './pair-counter.js'
import { stemWord } from './stem.js'

/** Words, as the learner counts them. */
const WORD = /[\p{L}\p{M}]+/gu

/** Fewest pairs a word pair must share to be learnt. */
const MIN_COUNT = 2
/** Lowest Dice association (2·both / (source + target)) a word pair must reach. */
const MIN_DICE = 0.4
/** Translations kept per source word, the most associated first. */
const PER_WORD = 2

/** The distinct stems of a text. */
function stems(text: string, lang: string): string[] {
  const out = new Set<string>()
  for (const match of text.matchAll(WORD)) out.add(stemWord(match[0].toLowerCase(), lang))
  return [...out]
}

/** A lexicon learnt from stems, which can also be asked by stem. */
export interface LearntLexicon extends Lexicon {
  /**
   * The entries a stem can stand for (as {@link Lexicon.lookup}, for a word
   * already stemmed with `stemWord`).
   *
   * @param stem A stem.
   * @param lang Its language code.
   */
  lookupStem(stem: string, lang: string): readonly number[]
}

/**
 * Learn a lexicon from the text itself, as hunalign and Moore's aligner do:
 * count how often a source word and a target word occur in the same
 * confidently aligned pair, and keep the word pairs whose association
 * (Dice's coefficient) is high. Works for any language pair, with no data.
 *
 * @param pairs Confident pairs, each as its source text and target text, or
 *   as the distinct stems of each (as `stemWord` gives them).
 * @param languages Languages of the source and the target.
 * @returns A lexicon of the learnt word pairs (possibly empty).
 */
export function learnLexicon(
  pairs: ReadonlyArray<readonly [string, string] | readonly [readonly string[], readonly string[]]>,
  languages: readonly [string, string],
): LearntLexicon {
  // Stems are numbered per side and counted first; then the pairs that can
  // still reach MIN_COUNT and MIN_DICE are counted together.
  const sourceIndex = new Map<string, number>()
  const targetIndex = new Map<string, number>()
  const sourceStems: string[] = []
  const targetStems: string[] = []
  const sourceCount: number[] = []
  const targetCount: number[] = []
  const number = (stem: string, index: Map<string, number>, stems: string[], counts: number[]): number => {
    let id = index.get(stem)
    if (id === undefined) {
      index.set(stem, (id = stems.length))
      stems.push(stem)
      counts.push(0)
    }
    counts[id]++
    return id
  }
  const numbered = pairs.map(([source, target]) => {
    const s = typeof source === 'string' ? stems(source, languages[0]) : source
    const t = typeof target === 'string' ? stems(target, languages[1]) : target
    return [
      s.map((a) => number(a, sourceIndex, sourceStems, sourceCount)),
      t.map((b) => number(b, targetIndex, targetStems, targetCount)),
    ] as const
  })
  // Dice = 2·both / (x + y) with both <= min(x, y) reaches MIN_DICE only when
  // neither count exceeds the other more than (2 - MIN_DICE) / MIN_DICE times.
  const spread = (2 - MIN_DICE) / MIN_DICE
  const both = new PairCounter()
  for (const [s, t] of numbered) {
    for (const a of s) {
      const x = sourceCount[a]
      if (x < MIN_COUNT) continue
      for (const b of t) {
        const y = targetCount[b]
        if (y >= MIN_COUNT && x <= spread * y && y <= spread * x) both.add(a, b)
      }
    }
  }
  const sourceIds = new Map<string, number>()
  const targetIds = new Map<string, number[]>()
  const candidates: Array<Array<[number, number]>> = []
  both.forEach((a, b, count) => {
    if (count < MIN_COUNT) return
    const dice = (2 * count) / (sourceCount[a] + targetCount[b])
    if (dice >= MIN_DICE) (candidates[a] ??= []).push([b, dice])
  })
  for (let a = 0; a < candidates.length; a++) {
    const found = candidates[a]
    if (!found) continue
    found.sort((x, y) => y[1] - x[1] || x[0] - y[0])
    const id = sourceIds.size
    sourceIds.set(sourceStems[a], id)
    for (const [b] of found.slice(0, PER_WORD)) {
      const stem = targetStems[b]
      const ids = targetIds.get(stem)
      if (ids) ids.push(id)
      else targetIds.set(stem, [id])
    }
  }
  const none: readonly number[] = []
  const lookupStem = (stem: string, lang: string): readonly number[] => {
    if (lang === languages[0]) {
      const id = sourceIds.get(stem)
      return id === undefined ? none : [id]
    }
    if (lang === languages[1]) return targetIds.get(stem) ?? none
    return none
  }
  return {
    languages: [languages[0], languages[1]],
    size: sourceIds.size,
    lookupStem,
    lookup: (word, lang) => lookupStem(stemWord(word.toLowerCase(), lang), lang),
  }
}
