import { diffArrays } from 'diff'

/**
 * Match the sentences of an old version of a side to those of the new one:
 * a Myers diff (jsdiff's `diffArrays`) over the sentence texts, each text
 * interned to a number first so that comparisons are cheap. Sentences the
 * diff keeps in common are matched; removed, added and edited sentences
 * (an edit is a removal plus an addition) are not.
 *
 * The diff costs O((N + M) · D) for N old and M new sentences and D edits,
 * so it is bounded by `timeout`: past it, jsdiff gives up and so does this.
 *
 * @param before Sentence texts of the old version.
 * @param after Sentence texts of the new version.
 * @param timeout Milliseconds after which the diff gives up.
 * @returns For each old sentence, the index of the same sentence in the new
 *   version or -1 when it is gone; `undefined` when the diff timed out.
 */
export function matchSentences(before: readonly string[], after: readonly string[], timeout: number): Int32Array | undefined {
  const ids = new Map<string, number>()
  const intern = (text: string) => {
    let id = ids.get(text)
    if (id === undefined) ids.set(text, (id = ids.size))
    return id
  }
  const oldIds = before.map(intern)
  const newIds = after.map(intern)
  const changes = diffArrays(oldIds, newIds, { timeout })
  if (!changes) return undefined
  const map = new Int32Array(before.length).fill(-1)
  let i = 0
  let j = 0
  for (const change of changes) {
    if (change.added) {
      j += change.count
    } else if (change.removed) {
      i += change.count
    } else {
      for (let k = 0; k < change.count; k++) map[i + k] = j + k
      i += change.count
      j += change.count
    }
  }
  return map
}

/**
 * The inverse of a sentence matching: for each new sentence, the old one it
 * is the same as, or -1 when it is new or edited.
 *
 * @param map Old-to-new matching from {@link matchSentences}.
 * @param size Number of new sentences.
 */
export function invertMatching(map: Int32Array, size: number): Int32Array {
  const inverse = new Int32Array(size).fill(-1)
  map.forEach((j, i) => {
    if (j >= 0) inverse[j] = i
  })
  return inverse
}
