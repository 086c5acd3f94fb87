import { numberKeys } from './numbers.js'
import { transliterationKey } from './transliteration.js'

/** Words too common to say anything about which sentences translate each other. */
const STOPWORDS = new Set([
  'the', 'and', 'that', 'this', 'these', 'those', 'which', 'with', 'from', 'there', 'their',
  'they', 'them', 'then', 'than', 'have', 'has', 'had', 'will', 'would', 'should', 'could',
  'shall', 'what', 'when', 'where', 'while', 'whom', 'whose', 'into', 'onto', 'upon', 'such',
  'very', 'much', 'many', 'more', 'most', 'also', 'just', 'only', 'other', 'some', 'here',
  'ещё', 'еще', 'этот', 'этого', 'этому', 'этим', 'этом', 'эта', 'этой', 'эту', 'это', 'эти',
  'этих', 'этими', 'что', 'чтобы', 'как', 'который', 'которая', 'которое', 'которые',
  'которого', 'которой', 'которым', 'которых', 'котором', 'когда', 'тогда', 'только', 'также',
  'тоже', 'более', 'менее', 'очень', 'свой', 'своя', 'свои', 'своих', 'своим', 'своей', 'его',
  'её', 'ему', 'ней', 'них', 'ним', 'нему', 'были', 'было', 'была', 'будет', 'будут', 'быть',
  'после', 'перед', 'через', 'между', 'против', 'всех', 'всего', 'всем', 'весь', 'вся', 'все',
])

/** Kinds of anchor a key can be; a key string starts with its kind. */
export type KeyKind = 'number' | 'word' | 'mark'

/** Words, in both scripts, with their offsets ignored. */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu

/**
 * The anchor keys of a sentence: numbers (`#600`, `#month:12`), transliteration
 * keys of its words (`~nzrb`) and sentence marks (`!?`, `!!`, `!"`) that
 * translations keep. Equal keys on the two sides are evidence that the
 * sentences translate each other.
 *
 * @param text A sentence.
 * @param lang Its language code.
 */
export function anchorKeys(text: string, lang: string): string[] {
  const keys: string[] = []
  for (const number of numberKeys(text, lang)) keys.push(`#${number}`)
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    const lower = word.toLowerCase()
    const acronym = word.length >= 2 && word === word.toUpperCase() && word !== lower
    if (!acronym && (word.length < 4 || STOPWORDS.has(lower))) continue
    const key = transliterationKey(word)
    if (key) keys.push(`~${key}`)
  }
  const trimmed = text.trimEnd()
  if (trimmed.endsWith('?')) keys.push('!?')
  if (trimmed.endsWith('!')) keys.push('!!')
  if (/["«»“”„]/.test(text)) keys.push('!"')
  return keys
}

/**
 * What kind of anchor a key is.
 *
 * @param key A key made by {@link anchorKeys}.
 */
export function keyKind(key: string): KeyKind {
  return key[0] === '#' ? 'number' : key[0] === '~' ? 'word' : 'mark'
}
