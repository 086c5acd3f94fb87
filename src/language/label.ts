/**
 * Language labels for a sequence of blocks: each block is identified on its
 * own, then short blocks and blocks without letters (headings, numbers,
 * dates, bullets) take the label of their labelled neighbours.
 */
import type { Block } from '../types.js'
import { detectLanguage, scriptOf } from './detect.js'
import { countScripts } from './script.js'

/** Letters a block needs to keep its own label whatever its neighbours say. */
export const STRONG_LETTERS = 20
/** Blocks with at most this many letters take their neighbours' label even in another script ("PM", "En Ru"). */
const TRIVIAL_LETTERS = 5

/**
 * One language label (ISO 639-1 or `und`) per block, in order.
 *
 * A block with at least {@link STRONG_LETTERS} letters keeps the label that
 * {@link detectLanguage} gives it. A shorter block takes the label of its
 * nearest such neighbour (the longer one when both are as near) written in the
 * same script, so a Cyrillic heading between Ukrainian paragraphs is `uk`;
 * blocks with (almost) no letters take the nearest label whatever its script.
 * A short block with no eligible neighbour keeps its own label.
 *
 * @param text The original text the blocks point into.
 * @param blocks Blocks of `text`, in order.
 */
export function labelBlocks(text: string, blocks: Block[]): string[] {
  const n = blocks.length
  const own: string[] = new Array(n)
  const letters: number[] = new Array(n)
  const strong: boolean[] = new Array(n)
  for (let i = 0; i < n; i++) {
    const counts = countScripts(text, blocks[i])
    letters[i] = counts.latin + counts.cyrillic + counts.other
    own[i] = detectLanguage(text, blocks[i])
    strong[i] = letters[i] >= STRONG_LETTERS && own[i] !== 'und'
  }

  // Nearest strong block before and after each index: of any script, and of each script.
  const SCRIPTS = ['any', 'latin', 'cyrillic', 'other'] as const
  type Key = (typeof SCRIPTS)[number]
  const scripts = own.map(scriptOf)
  const before: Record<Key, Int32Array> = Object.create(null)
  const after: Record<Key, Int32Array> = Object.create(null)
  for (const key of SCRIPTS) {
    const b = new Int32Array(n)
    const a = new Int32Array(n)
    let last = -1
    for (let i = 0; i < n; i++) {
      b[i] = last
      if (strong[i] && (key === 'any' || scripts[i] === key)) last = i
    }
    last = -1
    for (let i = n - 1; i >= 0; i--) {
      a[i] = last
      if (strong[i] && (key === 'any' || scripts[i] === key)) last = i
    }
    before[key] = b
    after[key] = a
  }
  const labels = own.slice()

  for (let i = 0; i < n; i++) {
    if (strong[i]) continue
    const script = scripts[i]
    const key: Key = letters[i] <= TRIVIAL_LETTERS || script === 'none' ? 'any' : script
    const prev = before[key][i]
    const next = after[key][i]
    if (prev < 0 && next < 0) continue
    let pick: number
    if (prev < 0) pick = next
    else if (next < 0) pick = prev
    else {
      const dPrev = i - prev
      const dNext = next - i
      pick = dPrev < dNext ? prev : dNext < dPrev ? next : letters[next] > letters[prev] ? next : prev
    }
    labels[i] = own[pick]
  }
  return labels
}
