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
  /** Weighted share of source sentence `i`'s keyed words that some key of target sentences `targets` matches. */
  sourceCovered(i: number, targets: readonly number[]): number
  /** Weighted share of target sentence `j`'s keyed words that some key of source sentences `sources` matches. */
  targetCovered(j: number, sources: readonly number[]): number
}

/** One keyed word of a sentence: its keys, and its weight (rarer words weigh more). */
interface Word {
  keys: readonly string[]
  weight: number
}

/**
 * The keyed words of each sentence of a side (marks left out), weighted by
 * inverse document frequency so that function words, which match by chance
 * (`he` and `он` in most sentences), count little; and the keys of each
 * sentence as a set.
 */
function sentenceKeys(evidence: SideEvidence): { words: Word[][]; all: Array<Set<string>> } {
  const count = evidence.starts.length - 1
  const df = new Map<number, number>()
  for (let k = 0; k < count; k++) {
    const seen = new Set<number>()
    for (let x = evidence.starts[k]; x < evidence.starts[k + 1]; x++) seen.add(evidence.ids[x])
    for (const id of seen) df.set(id, (df.get(id) ?? 0) + 1)
  }
  const words: Word[][] = []
  const all: Array<Set<string>> = []
  for (let k = 0; k < count; k++) {
    const sentence: Word[] = []
    const keys = new Set<string>()
    for (let x = evidence.starts[k]; x < evidence.starts[k + 1]; x++) {
      const id = evidence.ids[x]
      if (id < FIRST_WORD_ID) continue
      const token = evidence.tokens[id]
      if (token.keys.length === 0) continue
      sentence.push({ keys: token.keys, weight: Math.log((count + 1) / (df.get(id) ?? 1)) })
      for (const key of token.keys) keys.add(key)
    }
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
  const covered = (words: readonly Word[], others: readonly number[], keys: Array<Set<string>>) => {
    let total = 0
    let hit = 0
    for (const word of words) {
      total += word.weight
      if (word.keys.some((key) => others.some((o) => keys[o].has(key)))) hit += word.weight
    }
    return total > 0 ? hit / total : 0
  }
  return {
    sourceWords: (i) => s.words[i].length,
    targetWords: (j) => t.words[j].length,
    sourceCovered: (i, targets) => covered(s.words[i], targets, t.all),
    targetCovered: (j, sources) => covered(t.words[j], sources, s.all),
  }
}
