import type { Lexicon } from '../lexicon/lexicon.js'
import { stemWord } from '../lexicon/stem.js'
import { isWhiteSpaceCode } from '../text/blank.js'
import { letterOrMarkCodes } from './letters.js'
import { isNumberWord, numberKeys } from './numbers.js'
import { HEADING_MAX_LENGTH, headingNumeral } from '../text/roman.js'
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

/**
 * What the sentences of one side offer as evidence, read in one go: the
 * token ids of all of them in one buffer (no array per sentence, so a book's
 * million tokens cost no garbage collection), their numbers, and the token
 * of each id.
 */
export interface SideEvidence {
  /** The token ids of every sentence, one sentence after the other. */
  ids: Int32Array
  /** Sentence `k`'s ids are `ids[starts[k]]` up to `ids[starts[k + 1]]`. */
  starts: Int32Array
  /** The numbers each sentence states, in a language-neutral form. */
  numbers: string[][]
  /** The token of each id; ids no sentence uses may be there too. */
  tokens: readonly Token[]
}

/**
 * Read what the sentences of one language offer as evidence of their
 * translation: their numbers (`600` = `шестисот`), and for each word the keys
 * by which a translation can match it: the transliteration key (`Nazarbaev`
 * = `Назарбаевым`), the lexicon entries it belongs to, and sentence marks
 * that translations keep (`?`, `!`, quotes, and a dash or quotation mark that
 * opens a turn of dialogue: `'Yes,' said he.` = `-- Да, -- сказал он.`). Each distinct word is worked out
 * once (stem, lexicon entries, transliteration key), and the same word gets
 * the same token (the same id), so a long text costs one lookup per word.
 *
 * @param texts The sentences.
 * @param lang Their language code.
 * @param lexicons Bilingual lexicons to look words up in.
 */
export function readSideEvidence(texts: readonly string[], lang: string, lexicons: readonly Lexicon[] = []): SideEvidence {
  const reader = new EvidenceReader(lang, lexicons)
  const ids = new IdList()
  const starts = new Int32Array(texts.length + 1)
  const numbers: string[][] = new Array<string[]>(texts.length)
  for (let k = 0; k < texts.length; k++) {
    starts[k] = ids.length
    numbers[k] = reader.readIds(texts[k], ids)
  }
  starts[texts.length] = ids.length
  return { ids: ids.toArray(), starts, numbers, tokens: reader.tokens }
}

/** A growing list of token ids. */
class IdList {
  private buffer = new Int32Array(1024)
  length = 0

  /** Add an id at the end. */
  push(id: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2)
      grown.set(this.buffer)
      this.buffer = grown
    }
    this.buffer[this.length++] = id
  }

  /** The ids, in an array of their own length. */
  toArray(): Int32Array {
    return this.buffer.slice(0, this.length)
  }
}

/**
 * The reader of {@link readSideEvidence}. A class rather than closures: the
 * readers of both languages then run the same functions, which the engine
 * optimises once.
 */
class EvidenceReader {
  private readonly kinds = codeKinds()
  private readonly known = new WordTable()
  private readonly scan = new WordScan(letterOrMarkCodes())
  /** For each token id (the marks' included), whether its word may state a number. */
  private readonly numberIds: boolean[] = [false, false, false, false]
  private nextId = FIRST_WORD_ID

  constructor(
    private readonly lang: string,
    private readonly lexicons: readonly Lexicon[],
  ) {}

  /** The token of each id given so far (the marks' first). */
  readonly tokens: Token[] = [QUESTION, EXCLAMATION, QUOTE, TURN]

  /**
   * Add the token ids of one sentence to `out`, and give the numbers it states.
   *
   * @param text The sentence.
   * @param out Where its token ids go.
   */
  readIds(text: string, out: IdList): string[] {
    const { kinds, known, scan, numberIds } = this
    let numbers = false
    let quote = false
    const length = text.length
    let k = 0
    while (k < length) {
      const kind = kinds[text.charCodeAt(k)]
      if (kind === WORD) {
        scan.word(text, k)
        let token = known.find(text, k, scan.end, scan.hash)
        if (token === undefined) {
          const word = text.slice(k, scan.end)
          token = this.firstSight(word)
          known.add(word, scan.hash, token)
        }
        out.push(token.id)
        if (numberIds[token.id]) numbers = true
        k = scan.end
      } else {
        if (kind === DIGIT) numbers = true
        else if (kind === QUOTE_MARK) quote = true
        k++
      }
    }
    const last = lastVisibleCode(text)
    if (last === QUESTION_MARK) out.push(QUESTION.id)
    else if (last === EXCLAMATION_MARK) out.push(EXCLAMATION.id)
    if (quote) out.push(QUOTE.id)
    if (opensTurn(text)) out.push(TURN.id)
    // A chapter heading in Roman numerals (`CHAPTER IV`) states a number too.
    if (!numbers && length <= HEADING_MAX_LENGTH && headingNumeral(text) !== undefined) numbers = true
    return numbers ? numberKeys(text, this.lang) : NO_NUMBERS
  }

  /** The token of a word met for the first time: its stem, its keys, a new id. */
  private firstSight(word: string): Token {
    const lower = word.toLowerCase()
    const token = { form: stemWord(lower, this.lang), keys: wordKeys(word, lower, this.lang, this.lexicons), id: this.nextId++ }
    // Ids are given in order: this one's token and flag go last.
    this.tokens.push(token)
    this.numberIds.push(isNumberWord(lower))
    return token
  }
}

/**
 * The keys of a word seen for the first time: its entries in each lexicon,
 * then its transliteration key.
 */
function wordKeys(word: string, lower: string, lang: string, lexicons: readonly Lexicon[]): string[] {
  const keys: string[] = []
  for (let q = 0; q < lexicons.length; q++) {
    for (const id of lexicons[q].lookup(lower, lang)) keys.push(`@${q}:${id}`)
  }
  // Long words first: only short ones need the upper-casing of the acronym test.
  if (word.length >= 4 || isAcronym(word, lower)) {
    const key = transliterationKey(word)
    if (key) keys.push(`~${key}`)
  }
  return keys
}

/** Whether a word of two letters or more is written in capitals (`EU`, `ООН`). */
function isAcronym(word: string, lower: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== lower
}

/**
 * A scanner of words (letters and combining marks, with one inner
 * apostrophe allowed: `doesn't`, `Kazakhstan’s`): where the word that starts
 * at a given offset ends, and a hash of its code units, found in one pass. A
 * hand scanner: the hot path of reading a book, and faster than a Unicode
 * regex.
 */
class WordScan {
  /** Offset one past the last word scanned. */
  end = 0
  /** Hash of the last word scanned (see {@link hashStep}). */
  hash = 0

  /** @param isWord The table of {@link letterOrMarkCodes}. */
  constructor(private readonly isWord: Uint8Array) {}

  /** Scan the word that starts at `start` of `text` (a letter or mark). */
  word(text: string, start: number): void {
    const isWord = this.isWord
    const length = text.length
    let hash = hashStep(HASH_SEED, text.charCodeAt(start))
    let apostrophe = false
    let k = start + 1
    while (k < length) {
      const code = text.charCodeAt(k)
      if (isWord[code] === 1) {
        hash = hashStep(hash, code)
        k++
      } else if (!apostrophe && (code === 39 || code === 0x2019) && k + 1 < length && isWord[text.charCodeAt(k + 1)] === 1) {
        apostrophe = true
        hash = hashStep(hashStep(hash, code), text.charCodeAt(k + 1))
        k += 2
      } else break
    }
    this.end = k
    this.hash = hash
  }
}

/** Where a word hash starts (FNV-1a's offset basis). */
const HASH_SEED = 0x811c9dc5 | 0

/** A word hash after one more code unit (FNV-1a over code units). */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

/**
 * The tokens of the words a reader has met, found by a word's place in the
 * text and its hash ({@link WordScan}): a word already met costs no string.
 * Open addressing; each slot holds a hash and an entry number, so a probe
 * reads one array.
 */
class WordTable {
  /** Pairs of (hash, entry number); entry number 0 marks an empty slot. */
  private slots = new Int32Array(2 * INITIAL_SLOTS)
  /** Slot count minus one (slot counts are powers of two). */
  private mask = INITIAL_SLOTS - 1
  /**
   * The entries' words and tokens, by entry number. Number 0 is no entry:
   * its placeholders also give the arrays the kind of elements they keep.
   */
  private readonly words: string[] = ['']
  private readonly tokens: Token[] = [QUOTE]

  /** The token of the word from `start` to `end` of `text`, whose hash is `hash`, if it was added. */
  find(text: string, start: number, end: number, hash: number): Token | undefined {
    const slots = this.slots
    let slot = slotOf(hash, this.mask)
    for (;;) {
      const entry = slots[2 * slot + 1]
      if (entry === 0) return undefined
      if (slots[2 * slot] === hash && isTextAt(this.words[entry], text, start, end)) return this.tokens[entry]
      slot = (slot + 1) & this.mask
    }
  }

  /** Add a word not yet in the table, with its hash and token. */
  add(word: string, hash: number, token: Token): void {
    const entry = this.words.length
    this.words.push(word)
    this.tokens.push(token)
    this.place(hash, entry)
    // At most half the slots in use keeps probes short.
    if (2 * entry > this.mask) this.grow()
  }

  /** Put entry number `entry` in the first free slot for `hash`. */
  private place(hash: number, entry: number): void {
    let slot = slotOf(hash, this.mask)
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask
    this.slots[2 * slot] = hash
    this.slots[2 * slot + 1] = entry
  }

  /** Double the slots and place every entry again. */
  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(2 * old.length)
    this.mask = old.length - 1
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] !== 0) this.place(old[k], old[k + 1])
    }
  }
}

/** Slots a {@link WordTable} starts with. */
const INITIAL_SLOTS = 1024

/** The first slot to probe for a hash (its high bits folded into the low ones the mask keeps). */
function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask
}

/** Whether `word` is the text from `start` to `end` of `text`. */
function isTextAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let k = 0; k < word.length; k++) {
    if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  }
  return true
}

/** A kind of code unit ({@link codeKinds}): none of the kinds below. */
const OTHER = 0
/** A kind of code unit: a letter or combining mark, part of a word. */
const WORD = 1
/** A kind of code unit: an ASCII digit. */
const DIGIT = 2
/** A kind of code unit: a quotation mark that translations keep (`"`, `«`, `»`, `“`, `”`, `„`). */
const QUOTE_MARK = 3

/** The table of {@link codeKinds}, once built. */
let kindTable: Uint8Array | undefined

/**
 * For each UTF-16 code unit, what it is to the reader: {@link WORD},
 * {@link DIGIT}, {@link QUOTE_MARK} or {@link OTHER}. One table lookup per
 * character, and no branch that only some texts take.
 */
function codeKinds(): Uint8Array {
  if (kindTable === undefined) {
    // A copy of the letter table, where letters and marks are 1 (WORD) and the rest 0 (OTHER).
    const table = new Uint8Array(letterOrMarkCodes())
    for (let code = 0x30; code <= 0x39; code++) table[code] = DIGIT
    for (const quote of '"«»“”„') table[quote.charCodeAt(0)] = QUOTE_MARK
    kindTable = table
  }
  return kindTable
}

/** The last code unit of `text` that is not white space, or -1. */
function lastVisibleCode(text: string): number {
  let end = text.length
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  return end > 0 ? text.charCodeAt(end - 1) : -1
}

/** The numbers of every sentence that states none: one shared array, never changed. */
const NO_NUMBERS: string[] = []

const QUESTION_MARK = 0x3f
const EXCLAMATION_MARK = 0x21
const QUESTION: Token = { form: '?', keys: ['!?'], id: 0 }
const EXCLAMATION: Token = { form: '!', keys: ['!!'], id: 1 }
const QUOTE: Token = { form: '"', keys: ['!"'], id: 2 }
const TURN: Token = { form: '-', keys: ['!-'], id: 3 }
/** Ids below this are the sentence marks'. */
const FIRST_WORD_ID = 4

/** Whether a sentence opens a turn of dialogue: its first visible character is a dash or an opening quotation mark. */
function opensTurn(text: string): boolean {
  let k = 0
  while (k < text.length && isWhiteSpaceCode(text.charCodeAt(k))) k++
  const c = text[k]
  return c === '-' || c === '–' || c === '—' || c === '―' || c === "'" || c === '‘' || c === '"' || c === '“' || c === '«' || c === '„'
}
