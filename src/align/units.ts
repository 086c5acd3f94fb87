import { anchorKeys, keyKind } from '../signals/keys.js'

/**
 * What the scorer knows of one unit (a sentence, a paragraph, or a block of
 * merged sentences in a coarse pass): its length and its anchor keys.
 */
export interface Unit {
  /** Non-blank characters. */
  length: number
  /** Interned anchor keys; a key can repeat. */
  keys: Int32Array
  /** Paragraph the unit belongs to (sentences), or its own index (paragraphs). */
  paragraph: number
}

/** Interned keys shared by both sides, with how much a match of each is worth. */
export interface KeyTable {
  /** Key string to id. */
  ids: Map<string, number>
  /** Per key id: the bonus, in nats, for one match (0 when the key is on one side only). */
  weight: Float64Array
}

/** Bonus for a matching number, the strongest single anchor. */
const NUMBER_WEIGHT = 3
/** Bonus for a matching sentence mark (`?`, `!`, quotes). */
const MARK_WEIGHT = 0.7
/** Ceiling of the bonus for a matching word key, however rare. */
const WORD_WEIGHT_MAX = 2.5

/**
 * Turn two lists of texts into units whose keys are interned in one table,
 * and weigh every key by how rare it is on the two sides (inverse document
 * frequency, capped): a key that is in every sentence is worth nothing, a name
 * that occurs once on each side is worth the most.
 *
 * @param source Source texts with their paragraph indices.
 * @param target Target texts with their paragraph indices.
 * @param sourceLang Source language code.
 * @param targetLang Target language code.
 */
export function buildUnits(
  source: ReadonlyArray<{ text: string; paragraph: number }>,
  target: ReadonlyArray<{ text: string; paragraph: number }>,
  sourceLang: string,
  targetLang: string,
): { source: Unit[]; target: Unit[]; table: KeyTable } {
  const ids = new Map<string, number>()
  const kinds: string[] = []
  const make = (items: ReadonlyArray<{ text: string; paragraph: number }>, lang: string): Unit[] =>
    items.map(({ text, paragraph }) => {
      const keys = anchorKeys(text, lang).map((key) => {
        let id = ids.get(key)
        if (id === undefined) {
          id = ids.size
          ids.set(key, id)
          kinds.push(keyKind(key))
        }
        return id
      })
      return { length: countLetters(text), keys: Int32Array.from(keys), paragraph }
    })
  const sourceUnits = make(source, sourceLang)
  const targetUnits = make(target, targetLang)

  const sourceDf = documentFrequency(sourceUnits, ids.size)
  const targetDf = documentFrequency(targetUnits, ids.size)
  const units = sourceUnits.length + targetUnits.length
  const weight = new Float64Array(ids.size)
  for (let id = 0; id < ids.size; id++) {
    if (sourceDf[id] === 0 || targetDf[id] === 0) continue
    const kind = kinds[id]
    if (kind === 'number') weight[id] = NUMBER_WEIGHT
    else if (kind === 'mark') weight[id] = MARK_WEIGHT
    else {
      const idf = Math.log((units + 1) / (sourceDf[id] + targetDf[id]))
      weight[id] = Math.max(0, Math.min(WORD_WEIGHT_MAX, 0.5 * idf))
    }
  }
  return { source: sourceUnits, target: targetUnits, table: { ids, weight } }
}

/** Number of units each key id occurs in. */
function documentFrequency(units: readonly Unit[], size: number): Int32Array {
  const df = new Int32Array(size)
  const seen = new Int32Array(size).fill(-1)
  units.forEach((unit, index) => {
    for (const key of unit.keys) {
      if (seen[key] !== index) {
        seen[key] = index
        df[key]++
      }
    }
  })
  return df
}

/**
 * Non-blank characters of a text, the length Gale-Church counts.
 *
 * @param text Any text.
 */
export function countLetters(text: string): number {
  let count = 0
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code > 32 && code !== 0xa0 && !(code >= 0x2000 && code <= 0x200d) && code !== 0xfeff) count++
  }
  return count
}

/**
 * Merge consecutive units `size` at a time: the coarse units of a
 * coarse-to-fine search, whose lengths add up and whose keys concatenate.
 *
 * @param units Fine units.
 * @param size How many fine units make one coarse unit.
 */
export function mergeUnits(units: readonly Unit[], size: number): Unit[] {
  const merged: Unit[] = []
  for (let start = 0; start < units.length; start += size) {
    const group = units.slice(start, start + size)
    const keys = new Int32Array(group.reduce((sum, unit) => sum + unit.keys.length, 0))
    let at = 0
    let length = 0
    for (const unit of group) {
      keys.set(unit.keys, at)
      at += unit.keys.length
      length += unit.length
    }
    merged.push({ length, keys, paragraph: group[0].paragraph })
  }
  return merged
}

/**
 * Merge units by ranges: one unit per `[from, to)` range (paragraphs made of
 * their sentences).
 *
 * @param units Fine units.
 * @param ranges Half-open index ranges covering the units in order.
 */
export function mergeRanges(units: readonly Unit[], ranges: ReadonlyArray<readonly [number, number]>): Unit[] {
  return ranges.map(([from, to], index) => {
    const merged = mergeUnits(units.slice(from, to), Math.max(1, to - from))[0]
    return { length: merged?.length ?? 0, keys: merged?.keys ?? new Int32Array(0), paragraph: index }
  })
}
