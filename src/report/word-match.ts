/**
 * Which words of a sentence find an equivalent in other sentences, as the
 * aligner's evidence reads them (the built-in English-Russian lexicon,
 * transliterated names, numbers): what the checks that look inside a group
 * (a sentence with no counterpart merged into it, sentences in the wrong
 * order) compare.
 */
import { builtinLexicon } from '../lexicon/builtin.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { readSideEvidence, type SideEvidence } from '../signals/keys.js'
import type { Alignment } from '../types.js'

/** Token ids below this are sentence marks (`?`, `!`, quotes, turns), not words. */
const FIRST_WORD_ID = 4

/** Words of a sentence with keys, and the keys of each sentence. */
export interface WordMatcher {
  /** Number of source sentence `i`'s words that have a key (the words that could match). */
  sourceWords(i: number): number
  /** Number of target sentence `j`'s words that have a key. */
  targetWords(j: number): number
  /** Share of source sentence `i`'s keyed words that some key of target sentences `targets` matches. */
  sourceCovered(i: number, targets: readonly number[]): number
  /** Share of target sentence `j`'s keyed words that some key of source sentences `sources` matches. */
  targetCovered(j: number, sources: readonly number[]): number
}

/** The keys of each word token of each sentence of a side (marks left out), as sets of strings. */
function sentenceKeys(evidence: SideEvidence): { words: string[][][]; all: Array<Set<string>> } {
  const words: string[][][] = []
  const all: Array<Set<string>> = []
  for (let k = 0; k + 1 < evidence.starts.length; k++) {
    const sentence: string[][] = []
    const keys = new Set<string>()
    for (let x = evidence.starts[k]; x < evidence.starts[k + 1]; x++) {
      const id = evidence.ids[x]
      if (id < FIRST_WORD_ID) continue
      const token = evidence.tokens[id]
      if (token.keys.length === 0) continue
      sentence.push(token.keys)
      for (const key of token.keys) keys.add(key)
    }
    for (const key of evidence.numbers[k]) keys.add(`#${key}`)
    words.push(sentence)
    all.push(keys)
  }
  return { words, all }
}

/**
 * Read both sides of an alignment once and answer word-coverage questions
 * about its sentences.
 *
 * @param alignment The alignment.
 */
export function wordMatcher(alignment: Alignment): WordMatcher {
  const { source, target } = alignment
  const lexicons: Lexicon[] = []
  if ([source.lang, target.lang].sort().join('-') === 'en-ru') lexicons.push(builtinLexicon())
  const s = sentenceKeys(readSideEvidence(source.sentences.map((x) => x.text), source.lang, lexicons))
  const t = sentenceKeys(readSideEvidence(target.sentences.map((x) => x.text), target.lang, lexicons))
  const covered = (words: string[][], others: readonly number[], keys: Array<Set<string>>) => {
    if (words.length === 0) return 0
    let hit = 0
    for (const wordKeys of words) if (wordKeys.some((key) => others.some((o) => keys[o].has(key)))) hit++
    return hit / words.length
  }
  return {
    sourceWords: (i) => s.words[i].length,
    targetWords: (j) => t.words[j].length,
    sourceCovered: (i, targets) => covered(s.words[i], targets, t.all),
    targetCovered: (j, sources) => covered(t.words[j], sources, s.all),
  }
}
