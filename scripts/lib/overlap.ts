/**
 * Map sentences found by the library's own segmentation onto a gold
 * segmentation of the same text, by the characters they share: end-to-end
 * predictions can then be scored against sentence-level gold.
 */

/** Non-blank characters, for matching texts that differ only in whitespace. */
const isBlank = (c: string) => /\s/u.test(c)

/**
 * For each non-blank character of `text`, the index of the gold segment it
 * belongs to (-1 for blank characters and characters no segment holds). The
 * segments must appear in `text` in order.
 *
 * @param text The running text.
 * @param segments The gold segments, in order.
 */
export function segmentOfCharacter(text: string, segments: readonly string[]): Int32Array {
  const owner = new Int32Array(text.length).fill(-1)
  let at = 0
  segments.forEach((segment, index) => {
    for (const char of segment) {
      if (isBlank(char)) continue
      while (at < text.length && text[at] !== char) at++
      if (at >= text.length) return
      owner[at++] = index
    }
  })
  return owner
}

/**
 * The gold segments a span of the text overlaps, ascending.
 *
 * @param owner The map made by {@link segmentOfCharacter}.
 * @param start First offset of the span.
 * @param end Offset one past the span.
 */
export function segmentsOfSpan(owner: Int32Array, start: number, end: number): number[] {
  const found: number[] = []
  for (let k = start; k < end; k++) {
    const index = owner[k]
    if (index >= 0 && found[found.length - 1] !== index && !found.includes(index)) found.push(index)
  }
  return found.sort((a, b) => a - b)
}

/**
 * Merge consecutive groups that share a gold segment on either side: a gold
 * segment that the library split into two sentences cannot belong to two
 * groups, so the groups that hold its pieces are one group at the gold's level.
 *
 * @param groups Groups of gold segment indices, in order.
 */
export function mergeSharedSegments(groups: ReadonlyArray<readonly [readonly number[], readonly number[]]>): Array<[number[], number[]]> {
  const out: Array<[number[], number[]]> = []
  for (const [source, target] of groups) {
    const last = out[out.length - 1]
    const shares = last !== undefined && (source.some((i) => last[0].includes(i)) || target.some((j) => last[1].includes(j)))
    if (shares) {
      last[0] = [...new Set([...last[0], ...source])].sort((a, b) => a - b)
      last[1] = [...new Set([...last[1], ...target])].sort((a, b) => a - b)
    } else out.push([[...source], [...target]])
  }
  return out
}
