// The Snowball Russian stemmer (Martin Porter's published algorithm), written
// for speed: suffix tables are built once, a call scans the word once and then
// only shortens an end index, comparing character codes and slicing a single
// time at the end.

/** A suffix of an `among` table and whether it needs `а`/`я` before it. */
interface Ending {
  /** The suffix's UTF-16 code units. */
  readonly codes: readonly number[]
  /** Group 1 of the algorithm: the ending goes only after `а` or `я` (which stays). */
  readonly afterA: boolean
}

/** Code of `а`, the first letter of the alphabet the endings are written in. */
const A = 0x430
/** Letters from `а` to `я`: every ending ends with one of them. */
const LETTERS = 32

/** An `among` table: for each last letter (its code minus {@link A}), the endings longest first. */
type Among = ReadonlyArray<readonly Ending[] | undefined>

/** Build an `among` table from its group-1 endings (after `а`/`я`) and its plain endings. */
function among(afterA: readonly string[], plain: readonly string[]): Among {
  const table: Ending[][] = []
  const add = (text: string, needsA: boolean): void => {
    const codes = Array.from(text, (char) => char.charCodeAt(0))
    const list = (table[codes[codes.length - 1] - A] ??= [])
    list.push({ codes, afterA: needsA })
  }
  for (const text of afterA) add(text, true)
  for (const text of plain) add(text, false)
  for (const list of table) list?.sort((a, b) => b.codes.length - a.codes.length)
  return Array.from({ length: LETTERS }, (_, slot) => table[slot])
}

const PERFECTIVE_GERUND = among(
  ['в', 'вши', 'вшись'],
  ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'],
)

const ADJECTIVE = among(
  [],
  [
    'ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым',
    'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею',
  ],
)

const PARTICIPLE = among(['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ'])

const REFLEXIVE = among([], ['ся', 'сь'])

const VERB = among(
  [
    'ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют',
    'ны', 'ть', 'ешь', 'нно',
  ],
  [
    'ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил',
    'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт',
    'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю',
  ],
)

const NOUN = among(
  [],
  [
    'а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и',
    'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у',
    'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я',
  ],
)

const DERIVATIONAL = among([], ['ост', 'ость'])

const SUPERLATIVE = among([], ['ейш', 'ейше'])

/** Russian vowels, as the algorithm defines them (`ё` is folded to `е` first). */
function isVowel(code: number): boolean {
  switch (code) {
    case 0x430: // а
    case 0x435: // е
    case 0x438: // и
    case 0x43e: // о
    case 0x443: // у
    case 0x44b: // ы
    case 0x44d: // э
    case 0x44e: // ю
    case 0x44f: // я
      return true
    default:
      return false
  }
}

/**
 * The longest ending of `table` that ends `word` at `end` and starts at or
 * after `limit` (for group 1 the `а`/`я` before it must too). Snowball's
 * `among` commits to the longest match: when its condition fails, shorter
 * endings are not tried, and the result is -1. Returns the ending's start.
 */
function cut(word: string, end: number, limit: number, table: Among): number {
  if (end <= limit) return -1
  const slot = word.charCodeAt(end - 1) - A
  const list = slot >= 0 && slot < LETTERS ? table[slot] : undefined
  if (list === undefined) return -1
  for (const ending of list) {
    const start = end - ending.codes.length
    if (start < limit || !endsWith(word, end, ending.codes)) continue
    if (!ending.afterA) return start
    if (start - 1 < limit) return -1
    const before = word.charCodeAt(start - 1)
    return before === 0x430 || before === 0x44f ? start : -1
  }
  return -1
}

/** Whether `word` has the code units `codes` just before `end` (which `codes` fits in). */
function endsWith(word: string, end: number, codes: readonly number[]): boolean {
  const start = end - codes.length
  for (let k = codes.length - 1; k >= 0; k--) {
    if (word.charCodeAt(start + k) !== codes[k]) return false
  }
  return true
}

/** Whether a doubled `н` ends `word` at `end`. */
function endsWithNN(word: string, end: number): boolean {
  return word.charCodeAt(end - 1) === 0x43d && word.charCodeAt(end - 2) === 0x43d
}

/**
 * Stems a lower-case Russian word with the Snowball Russian algorithm: within
 * RV it removes a perfective gerund ending, or else a reflexive ending followed
 * by an adjectival (adjective plus optional participle), verb or noun ending;
 * then a final `и`, a derivational `ост`/`ость` lying in R2, and finally a
 * superlative `ейш`/`ейше` (undoubling a following `нн`), a doubled `нн`, or a
 * soft sign.
 *
 * The word is first put in NFC (so `й` written as `и` + U+0306 counts as `й`)
 * and `ё` is folded to `е`. A word with no Cyrillic letter comes back as it
 * was given.
 *
 * @param word A lower-case word.
 * @returns Its stem: a prefix of the normalized word.
 */
export function stemRussian(word: string): string {
  // One scan: is there a Cyrillic letter, might NFC change anything?
  let cyrillic = false
  let unnormalized = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code < 0x300) continue
    if (code >= 0x400 && code <= 0x4ff) cyrillic = true
    // Below U+0300 and in the Cyrillic block every text is already NFC.
    else unnormalized = true
  }
  if (!cyrillic) return word
  // Every word goes through the folding of ё: a branch that only some words
  // took would cost more, in a function this hot, than the search.
  const w = (unnormalized ? word.normalize('NFC') : word).replaceAll('ё', 'е')

  // Regions: RV starts after the first vowel; R2 after vowel, non-vowel, vowel, non-vowel.
  const length = w.length
  let pV = length
  let p2 = length
  let i = 0
  while (i < length && !isVowel(w.charCodeAt(i))) i++
  if (i < length) {
    pV = i + 1
    i = pV
    while (i < length && isVowel(w.charCodeAt(i))) i++
    i++
    while (i < length && !isVowel(w.charCodeAt(i))) i++
    i++
    while (i < length && isVowel(w.charCodeAt(i))) i++
    if (i < length) p2 = i + 1
  }

  let end = length
  let at = cut(w, end, pV, PERFECTIVE_GERUND)
  if (at >= 0) {
    end = at
  } else {
    at = cut(w, end, pV, REFLEXIVE)
    if (at >= 0) end = at
    at = cut(w, end, pV, ADJECTIVE)
    if (at >= 0) {
      end = at
      at = cut(w, end, pV, PARTICIPLE)
      if (at >= 0) end = at
    } else {
      at = cut(w, end, pV, VERB)
      if (at < 0) at = cut(w, end, pV, NOUN)
      if (at >= 0) end = at
    }
  }

  if (end > pV && w.charCodeAt(end - 1) === 0x438) end-- // и

  at = cut(w, end, pV, DERIVATIONAL)
  if (at >= p2) end = at

  // A superlative goes, then a doubled н is undoubled; with no superlative,
  // a doubled н is undoubled or else a soft sign goes.
  at = cut(w, end, pV, SUPERLATIVE)
  if (at >= 0) end = at
  const doubledN = end - 2 >= pV && endsWithNN(w, end)
  const softSign = !doubledN && at < 0 && end > pV && w.charCodeAt(end - 1) === 0x44c // ь
  if (doubledN || softSign) end--

  return end === length ? w : w.slice(0, end)
}
