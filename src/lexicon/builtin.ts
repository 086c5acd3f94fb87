import adjectives from './data/adjectives.js'
import functionWords from './data/function-words.js'
import names from './data/names.js'
import nouns from './data/nouns.js'
import verbs from './data/verbs.js'
import { createLexicon, type Lexicon, type WordPair } from './lexicon.js'

/** The word lists of the built-in lexicon, written for this project (MIT). */
const LISTS = [nouns, verbs, adjectives, functionWords, names]

let cached: Lexicon | undefined

/**
 * The entries of the built-in English-Russian lexicon as word pairs: the
 * most frequent English words, their Russian equivalents, and names whose
 * Russian form transliteration does not reach (`Istanbul` = `Стамбул`).
 */
export function builtinPairs(): WordPair[] {
  const pairs: WordPair[] = []
  for (const list of LISTS) {
    for (const line of list.split('\n')) {
      const tab = line.indexOf('\t')
      if (tab < 0) continue
      const english = line.slice(0, tab).trim()
      for (const russian of line.slice(tab + 1).split('|')) {
        if (russian.trim()) pairs.push([english, russian.trim()])
      }
    }
  }
  return pairs
}

/**
 * The built-in English-Russian lexicon, built on first use. It is used by
 * default when the two sides are English and Russian.
 */
export function builtinLexicon(): Lexicon {
  cached ??= createLexicon(builtinPairs(), ['en', 'ru'])
  return cached
}
