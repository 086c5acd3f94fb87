/**
 * Small helpers shared by the checks: what counts as content, the text of a
 * pair's side, and the location of a run of sentences.
 */
import { collapseBlank } from '../text/blank.js'
import type { Alignment, Pair, Side } from '../types.js'
import type { FindingLocation } from './types.js'

const CONTENT = /[\p{L}\p{N}]/u

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', ru: 'Russian', uk: 'Ukrainian', be: 'Belarusian', kk: 'Kazakh', bg: 'Bulgarian',
  sr: 'Serbian', mk: 'Macedonian', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian',
  pt: 'Portuguese', nl: 'Dutch', pl: 'Polish', cs: 'Czech',
}

/**
 * A language's English name, or its code when unknown.
 *
 * @param lang ISO 639-1 code.
 */
export function languageName(lang: string): string {
  return LANGUAGE_NAMES[lang] ?? lang
}

/**
 * Whether a text has something to translate: at least one letter or digit.
 * Blank text, punctuation and symbols (`—`, `***`, `•`) have none.
 *
 * @param text Any text.
 */
export function hasContent(text: string): boolean {
  return CONTENT.test(text)
}

/**
 * Whether one side of a pair gives the other a counterpart: it has at least
 * one sentence with content.
 *
 * @param side The side the indices point into.
 * @param indices The pair's sentence indices on that side.
 */
export function isCounterpart(side: Side, indices: readonly number[]): boolean {
  return indices.some((i) => hasContent(side.sentences[i].text))
}

/**
 * The text of a pair's side: its sentences' display texts joined by a space.
 *
 * @param side The side the indices point into.
 * @param indices Sentence indices.
 */
export function sideText(side: Side, indices: readonly number[]): string {
  return indices.map((i) => side.sentences[i].text).join(' ')
}

/**
 * The location of consecutive sentences: their indices, the offsets from the
 * first one's start to the last one's end, and that stretch of the text with
 * whitespace collapsed.
 *
 * @param side The side the indices point into.
 * @param indices Sentence indices, ascending, at least one.
 */
export function locate(side: Side, indices: readonly number[]): FindingLocation {
  const start = side.sentences[indices[0]].start
  const end = side.sentences[indices[indices.length - 1]].end
  return { sentences: [...indices], start, end, text: collapseBlank(side.text.slice(start, end)) }
}

/**
 * Both sides of a pair as locations, for findings about one pair.
 *
 * @param alignment The alignment.
 * @param pair The pair.
 */
export function locatePair(alignment: Alignment, pair: Pair): { source?: FindingLocation; target?: FindingLocation } {
  return {
    ...(pair.source.length > 0 ? { source: locate(alignment.source, pair.source) } : {}),
    ...(pair.target.length > 0 ? { target: locate(alignment.target, pair.target) } : {}),
  }
}

/**
 * A short quote of a text for a message: at most `max` characters, cut at a
 * word boundary when possible, with an ellipsis when cut.
 *
 * @param text The text.
 * @param max Longest quote (default 60).
 */
export function quote(text: string, max = 60): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * "1 sentence", "12 sentences".
 *
 * @param n A count.
 * @param word The singular noun.
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
