/**
 * Enumerations run into one line: `1.) The first item 2.) The second item`,
 * `a. The first item b. The second item`, `• 9. The first item • 10. The
 * second item`. Each item is a sentence of its own, and the period of a
 * marker (`2.`) never ends one. A run of markers counts only when its values
 * follow each other from 1 (1, 2, 3 or a, b, c; bullets of one kind) and
 * every item opens with a capital letter or a digit (not a month: `1. Mai`),
 * so `the law requires (i) a licence and (ii) a fee` stays one sentence, and
 * footnote numbers (`besucht 10. In der`) and dates are no list. A list
 * marked `1.` or `a.`, which also end sentences (`meeting number 1. The
 * next`), must open the paragraph or follow a colon.
 */

import { romanValue } from './roman.js'
import { CAPITALISED_MONTHS } from './abbreviations.js'

/** A list marker found in the text. */
interface Marker {
  /** Offset of its first character. */
  start: number
  /** Offset just past it. */
  end: number
  /** Its kind: the same kind continues a run (`1.)`, `1)`, `1.`, `a.`, `a)`, `(i)`, `(1)`, `(a)`, or the bullet character). */
  style: string
  /** Its value (1 for `1.` and `a.`, 4 for `(iv)`); bullets have none. */
  value: number | undefined
  /** Offset of a period that is part of the marker (`2.`, `2.)`, the `9.` after a bullet), or -1. */
  period: number
}

/** What {@link findEnumerations} finds. */
export interface Enumerations {
  /** Offsets where an item after the first of a run starts (a sentence starts there). */
  itemStarts: number[]
  /** Offsets of the periods that belong to markers (no sentence ends there). */
  markerPeriods: Set<number>
}

const NONE: Enumerations = { itemStarts: [], markerPeriods: new Set() }

/**
 * A marker after the start of the range or a blank: a bullet (and the list
 * number glued after it), a number or a letter with `.`, `)` or `.)`, or a
 * number, letter or Roman numeral in parentheses; followed by a blank, or
 * by the item itself after a bullet.
 */
const MARKER =
  /(?<=^|\s)(?:([•⁃◦▪‣●])\s*(?:(\d{1,3})\.(?=\s))?|(\d{1,3})(\.\)|\)|\.)(?=\s)|([a-zа-я])(\.|\))(?=\s)|\((\d{1,3}|[ivx]{1,5}|[a-z])\)(?=\s))/gu

/** The Russian alphabet as list letters use it (`а) б) в)`, no `ё`, `й`, `ъ`, `ы`, `ь`). */
const RUSSIAN_LIST_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя'

/** The place of a list letter in its alphabet, from 1. */
function letterValue(letter: string): number {
  const latin = letter.charCodeAt(0) - 0x60
  if (latin >= 1 && latin <= 26) return latin
  return RUSSIAN_LIST_LETTERS.indexOf(letter) + 1
}

/** Read the marker of a match of {@link MARKER}. */
function markerOf(match: RegExpExecArray): Marker {
  const start = match.index
  const end = start + match[0].length
  const [, bullet, bulletNumber, number, numberEnd, letter, letterEnd, inner] = match
  if (bullet !== undefined) {
    return { start, end, style: bullet, value: undefined, period: bulletNumber === undefined ? -1 : end - 1 }
  }
  if (number !== undefined) {
    return { start, end, style: `n${numberEnd}`, value: Number(number), period: numberEnd.startsWith('.') ? start + number.length : -1 }
  }
  if (letter !== undefined) {
    return { start, end, style: `a${letterEnd}`, value: letterValue(letter), period: letterEnd === '.' ? end - 1 : -1 }
  }
  const roman = /^[ivx]+$/u.test(inner) ? romanValue(inner.toUpperCase()) : undefined
  // `(i)` is a Roman one, `(x)` a letter only if `(w)` came before: Roman first, as lists use them more.
  if (roman !== undefined) return { start, end, style: '(i)', value: roman, period: -1 }
  if (/^\d+$/u.test(inner)) return { start, end, style: '(1)', value: Number(inner), period: -1 }
  return { start, end, style: '(a)', value: letterValue(inner), period: -1 }
}

/** Whether the item after a marker opens with a capital letter or a digit, and not with a month (`23. Mai`). */
function opensItem(text: string, marker: Marker, limit: number): boolean {
  let k = marker.end
  while (k < limit && /\s/u.test(text[k])) k++
  if (k >= limit || !/[\p{Lu}\p{Lt}\d]/u.test(text[k])) return false
  const word = /^[\p{L}]+/u.exec(text.slice(k, Math.min(limit, k + 12)))
  return word === null || !CAPITALISED_MONTHS.has(word[0].toLowerCase())
}

/** Whether only blanks, or a colon and blanks, stand between the start of the range and a marker at `at`. */
function opensRange(text: string, at: number, start: number): boolean {
  let k = at - 1
  while (k >= start && /\s/u.test(text[k])) k--
  return k < start || text[k] === ':'
}

/**
 * Find the enumerations run into the text between `start` and `end`.
 *
 * @param text The original text.
 * @param start Where the range starts.
 * @param end Where it ends.
 */
export function findEnumerations(text: string, start: number, end: number): Enumerations {
  const view = text.slice(start, end)
  MARKER.lastIndex = 0
  const markers: Marker[] = []
  for (let match = MARKER.exec(view); match !== null; match = MARKER.exec(view)) {
    const marker = markerOf(match)
    markers.push({
      ...marker,
      start: marker.start + start,
      end: marker.end + start,
      period: marker.period < 0 ? -1 : marker.period + start,
    })
  }
  if (markers.length < 2) return NONE
  const found: Enumerations = { itemStarts: [], markerPeriods: new Set() }
  // Runs: each marker continues the latest run of its style whose value it follows.
  const open = new Map<string, Marker[]>()
  const runs: Marker[][] = []
  for (const marker of markers) {
    const run = open.get(marker.style)
    const last = run?.[run.length - 1]
    const follows = last !== undefined && (marker.value === undefined || marker.value === (last.value ?? 0) + 1)
    if (run && follows) run.push(marker)
    else {
      const fresh = [marker]
      open.set(marker.style, fresh)
      runs.push(fresh)
    }
  }
  for (const run of runs) {
    if (run.length < 2) continue
    const bullets = run[0].value === undefined
    // A numbered or lettered list starts at 1 (`1.`, `a)`, `(i)`): footnote numbers and dates (`10.`, `11.`) do not.
    if (!bullets && (run[0].value !== 1 || !run.every((marker) => opensItem(text, marker, end)))) continue
    // `1.` and `a.` also end sentences (`meeting number 1. The next`): such a list must open its range or follow a colon.
    if (run[0].style === 'n.' || run[0].style === 'a.') {
      if (!opensRange(text, run[0].start, start)) continue
    }
    run.forEach((marker, k) => {
      if (marker.period >= 0) found.markerPeriods.add(marker.period)
      if (k > 0) found.itemStarts.push(marker.start)
    })
  }
  found.itemStarts.sort((a, b) => a - b)
  return found
}
