import adjectives from './data/adjectives.js'
import functionWords from './data/function-words.js'
import names from './data/names.js'
import nouns from './data/nouns.js'
import verbs from './data/verbs.js'
import stemIndex from './data/stem-index.js'
import { lexiconFromIndex, readStemIndex, type Lexicon, type WordPair } from './lexicon.js'

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
  for (const list of LISTS) forEachPair(list, (english, russian) => pairs.push([english, russian]))
  return pairs
}

/**
 * Call `visit` with each pair of a word list: one entry a line, the English
 * word, a tab, Russian words separated by `|` (lines without a tab are
 * comments). Reads the list in place, without splitting it into lines.
 */
function forEachPair(list: string, visit: (english: string, russian: string) => void): void {
  let lineStart = 0
  while (lineStart < list.length) {
    let lineEnd = list.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = list.length
    const tab = list.indexOf('\t', lineStart)
    if (tab >= 0 && tab < lineEnd) {
      const english = list.slice(lineStart, tab).trim()
      for (let from = tab + 1; from <= lineEnd; ) {
        let bar = list.indexOf('|', from)
        if (bar < 0 || bar > lineEnd) bar = lineEnd
        const russian = list.slice(from, bar).trim()
        if (russian) visit(english, russian)
        from = bar + 1
      }
    }
    lineStart = lineEnd + 1
  }
}

/**
 * The built-in English-Russian lexicon, built on first use from its stem
 * index (the word lists stemmed ahead of time by scripts/stem-index.ts). It
 * is used by default when the two sides are English and Russian.
 */
export function builtinLexicon(): Lexicon {
  cached ??= lexiconFromIndex(readStemIndex(stemIndex), ['en', 'ru'])
  return cached
}
