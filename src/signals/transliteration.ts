/**
 * Transliteration keys: a word reduced to the consonant skeleton that its Latin
 * and Cyrillic spellings share. `Nazarbaev`, `Назарбаевым` → `nzrb`;
 * `Kazakhstan`, `Казахстана` → `kzst`; `parliament`, `парламента` → `prlm`.
 * Names, acronyms and international words meet this way without a dictionary,
 * and Russian case endings fall outside the key's first consonants.
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'Z', з: 'z', и: 'i', й: 'j',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'c', ч: 'C', ш: 'S', щ: 'S', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
  // Ukrainian, Belarusian, Kazakh, Serbian letters read the nearest way.
  і: 'i', ї: 'ji', є: 'je', ґ: 'g', ў: 'v', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u',
  ү: 'u', һ: 'h', ј: 'j', љ: 'l', њ: 'n', ђ: 'd', ћ: 'C', џ: 'Z',
}

/** Latin spellings rewritten to the single letters the Cyrillic map uses. */
const LATIN_RULES: Array<[RegExp, string]> = [
  [/sch/g, 'S'],
  [/shch/g, 'S'],
  [/tch/g, 'C'],
  [/ch/g, 'C'],
  [/sh/g, 'S'],
  [/zh/g, 'Z'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/qu/g, 'kv'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/ä/g, 'a'],
  [/[öø]/g, 'o'],
  [/ü/g, 'u'],
  [/ß/g, 's'],
]

/** First code unit of the Cyrillic block. */
const CYRILLIC_START = 0x400
/** Latin spelling of each letter of {@link CYRILLIC_TO_LATIN}, by its code unit minus {@link CYRILLIC_START}. */
const CYRILLIC_CODES: Array<string | undefined> = []
for (const [letter, latin] of Object.entries(CYRILLIC_TO_LATIN)) CYRILLIC_CODES[letter.charCodeAt(0) - CYRILLIC_START] = latin

/** Sounds that the two alphabets write differently often enough to merge. */
const MERGE: Record<string, string> = { h: 'g', C: 'S', c: 's', Z: 'z', j: '' }

/** Number of consonants in a key. */
const KEY_LENGTH = 4

/**
 * The transliteration key of one word: its first four consonants after
 * spelling both alphabets alike, or `undefined` for words too short to carry
 * evidence (fewer than three consonants).
 *
 * @param word One word, any case, Latin or Cyrillic letters.
 */
export function transliterationKey(word: string): string | undefined {
  const text = isPlain(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  return consonantKey(/[\u0400-\u04FF]/.test(text) ? cyrillicToLatin(text) : latinRules(text))
}

/**
 * Whether a word is made of code units that decomposition leaves alone and
 * that are no combining marks: ASCII and Latin-1 below `À`, and the basic
 * Cyrillic letters `А`-`я` except `Й`/`й` (which decompose). Such a word
 * needs no normalising before it is lower-cased.
 */
function isPlain(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k)
    if (code < 0xc0) continue
    if (code < 0x410 || code > 0x44f || code === 0x419 || code === 0x439) return false
  }
  return true
}

/** A lower-case Cyrillic word spelt with the Latin letters of {@link CYRILLIC_TO_LATIN}. */
function cyrillicToLatin(text: string): string {
  let latin = ''
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    latin += (code >= CYRILLIC_START ? CYRILLIC_CODES[code - CYRILLIC_START] : undefined) ?? text[k]
  }
  return latin
}

/** What each pattern of {@link LATIN_RULES} needs to match: one of these letters or pairs. */
const LATIN_RULE_NEEDS = /[cqxwäöøüß]|[szkpt]h|t[sz]/

/** A lower-case Latin word with the spellings of {@link LATIN_RULES} rewritten. */
function latinRules(text: string): string {
  if (!LATIN_RULE_NEEDS.test(text)) return text
  for (const [pattern, replacement] of LATIN_RULES) text = text.replace(pattern, replacement)
  return text
}

/**
 * The first {@link KEY_LENGTH} consonants of a spelt word, merged by
 * {@link MERGE}, a consonant repeated without a vowel between counted once;
 * undefined when there are fewer than three. Only ASCII letters count.
 */
function consonantKey(text: string): string | undefined {
  let key = ''
  let last = ''
  for (let k = 0; k < text.length && key.length < KEY_LENGTH; k++) {
    const code = text.charCodeAt(k)
    if (isVowel(code)) {
      last = ''
      continue
    }
    if (!isAsciiLetter(code)) continue
    const char = text[k]
    const merged = MERGE[char] ?? char
    if (merged === '' || merged === last) continue
    key += merged
    last = merged
  }
  return key.length >= 3 ? key : undefined
}

/** Whether a code unit is one of the vowels the key leaves out: `a e i o u` and `y` (a vowel in both readings). */
function isVowel(code: number): boolean {
  return code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75 || code === 0x79
}

/** Whether a code unit is an ASCII letter. */
function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}
