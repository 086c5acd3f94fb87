import type { Lexicon } from '../lexicon/lexicon.js'
import { stemWord } from '../lexicon/stem.js'
import { letterOrMarkCodes } from './letters.js'
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
  /**
   * The token's number, unique among the tokens one reader gives (the same
   * word gives the same token object, so the same id): lets later stages
   * keep per-token data in arrays instead of maps.
   */
  id: number
}

/** What a sentence offers as evidence of its translation. */
export interface SentenceEvidence {
  /** Numbers it states, in a language-neutral form (`600`, `month:12`). */
  numbers: string[]
  /** Its words and marks. */
  tokens: Token[]
}

/** A word's token, and whether it may state a number. */
interface WordEntry {
  token: Token
  number: boolean
}

/**
 * A reader of the evidence sentences of one language offer: their numbers
 * (`600` = `шестисот`), and for each word the keys by which a translation can
 * match it: the transliteration key (`Nazarbaev` = `Назарбаевым`), the
 * lexicon entries it belongs to, and sentence marks (`?`, `!`, quotes) that
 * translations keep. It remembers each distinct word's token (stem, lexicon
 * entries, transliteration key), so a long text costs one lookup per
 * distinct word.
 *
 * @param lang The sentences' language code.
 * @param lexicons Bilingual lexicons to look words up in.
 */
export function evidenceReader(lang: string, lexicons: readonly Lexicon[] = []): (text: string) => SentenceEvidence {
  const words = new Map<string, WordEntry>()
  let nextId = FIRST_WORD_ID
  const entry = (word: string): WordEntry => {
    let found = words.get(word)
    if (found) return found
    const lower = word.toLowerCase()
    const keys: string[] = []
    for (let q = 0; q < lexicons.length; q++) {
      for (const id of lexicons[q].lookup(lower, lang)) keys.push(`@${q}:${id}`)
    }
    // Long words first: only short ones need the upper-casing of the acronym test.
    if (word.length >= 4 || isAcronym(word, lower)) {
      const key = transliterationKey(word)
      if (key) keys.push(`~${key}`)
    }
    found = { token: { form: stemWord(lower, lang), keys, id: nextId++ }, number: isNumberWord(lower) }
    words.set(word, found)
    return found
  }
  return (text) => {
    const tokens: Token[] = []
    let numbers = false
    forEachWord(text, (word) => {
      const found = entry(word)
      tokens.push(found.token)
      if (found.number) numbers = true
    })
    if (!numbers) numbers = /\d/.test(text)
    const trimmed = text.trimEnd()
    if (trimmed.endsWith('?')) tokens.push(QUESTION)
    if (trimmed.endsWith('!')) tokens.push(EXCLAMATION)
    if (/["«»“”„]/.test(text)) tokens.push(QUOTE)
    return { numbers: numbers ? numberKeys(text, lang) : [], tokens }
  }
}

/** Whether a word of two letters or more is written in capitals (`EU`, `ООН`). */
function isAcronym(word: string, lower: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== lower
}

/**
 * Call `visit` with every word of `text` (letters and combining marks, with
 * one inner apostrophe allowed: `doesn't`, `Kazakhstan’s`), in order. A hand
 * scanner: the hot path of reading a book, and faster than a Unicode regex.
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  const isWord = letterOrMarkCodes()
  const length = text.length
  let k = 0
  while (k < length) {
    if (isWord[text.charCodeAt(k)] === 0) {
      k++
      continue
    }
    const start = k
    let apostrophe = false
    k++
    while (k < length) {
      const code = text.charCodeAt(k)
      if (isWord[code] === 1) k++
      else if (!apostrophe && (code === 39 || code === 0x2019) && k + 1 < length && isWord[text.charCodeAt(k + 1)] === 1) {
        apostrophe = true
        k += 2
      } else break
    }
    visit(text.slice(start, k))
  }
}

const QUESTION: Token = { form: '?', keys: ['!?'], id: 0 }
const EXCLAMATION: Token = { form: '!', keys: ['!!'], id: 1 }
const QUOTE: Token = { form: '"', keys: ['!"'], id: 2 }
/** Ids below this are the sentence marks'. */
const FIRST_WORD_ID = 3
