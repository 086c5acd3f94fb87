import type { Lexicon } from '../lexicon/lexicon.js'
import { stemWord } from '../lexicon/stem.js'
import { isNumberWord, numberKeys } from './numbers.js'
import { transliterationKey } from './transliteration.js'

/** One word (or sentence mark) of a sentence and the keys it can match by. */
export interface Token {
  /** The word's stem, what document frequency counts. */
  form: string
  /**
   * Keys that an equivalent on the other side shares: its transliteration
   * key (`~nzrb`), its entries in each lexicon (`@0:123`), or a mark (`!?`).
   */
  keys: string[]
}

/** What a sentence offers as evidence of its translation. */
export interface SentenceEvidence {
  /** Numbers it states, in a language-neutral form (`600`, `month:12`). */
  numbers: string[]
  /** Its words and marks. */
  tokens: Token[]
}

/** Words, in both scripts, with their offsets ignored. */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu

/**
 * The evidence a sentence offers: its numbers (`600` = `шестисот`), and for
 * each word the keys by which a translation can match it: the
 * transliteration key (`Nazarbaev` = `Назарбаевым`), the lexicon entries it
 * belongs to, and sentence marks (`?`, `!`, quotes) that translations keep.
 *
 * @param text A sentence.
 * @param lang Its language code.
 * @param lexicons Bilingual lexicons to look words up in.
 */
export function sentenceEvidence(text: string, lang: string, lexicons: readonly Lexicon[] = []): SentenceEvidence {
  return evidenceReader(lang, lexicons)(text)
}

/** A word's token, and whether it may state a number. */
interface WordEntry {
  token: Token
  number: boolean
}

/**
 * A reader of {@link sentenceEvidence} for many sentences of one language:
 * it remembers each distinct word's token (stem, lexicon entries,
 * transliteration key), so a long text costs one lookup per distinct word.
 *
 * @param lang The sentences' language code.
 * @param lexicons Bilingual lexicons to look words up in.
 */
export function evidenceReader(lang: string, lexicons: readonly Lexicon[] = []): (text: string) => SentenceEvidence {
  const words = new Map<string, WordEntry>()
  const entry = (word: string): WordEntry => {
    let found = words.get(word)
    if (found) return found
    const lower = word.toLowerCase()
    const keys: string[] = []
    for (let q = 0; q < lexicons.length; q++) {
      for (const id of lexicons[q].lookup(lower, lang)) keys.push(`@${q}:${id}`)
    }
    const acronym = word.length >= 2 && word === word.toUpperCase() && word !== lower
    if (acronym || word.length >= 4) {
      const key = transliterationKey(word)
      if (key) keys.push(`~${key}`)
    }
    found = { token: { form: stemWord(lower, lang), keys }, number: isNumberWord(lower) }
    words.set(word, found)
    return found
  }
  return (text) => {
    const tokens: Token[] = []
    let numbers = /\d/.test(text)
    for (const match of text.matchAll(WORD)) {
      const found = entry(match[0])
      tokens.push(found.token)
      if (found.number) numbers = true
    }
    const trimmed = text.trimEnd()
    if (trimmed.endsWith('?')) tokens.push(QUESTION)
    if (trimmed.endsWith('!')) tokens.push(EXCLAMATION)
    if (/["«»“”„]/.test(text)) tokens.push(QUOTE)
    return { numbers: numbers ? numberKeys(text, lang) : [], tokens }
  }
}

const QUESTION: Token = { form: '?', keys: ['!?'] }
const EXCLAMATION: Token = { form: '!', keys: ['!!'] }
const QUOTE: Token = { form: '"', keys: ['!"'] }
