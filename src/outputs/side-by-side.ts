import type { Alignment } from '../types.js'

/** Options of {@link formatSideBySide}. */
export interface SideBySideOptions {
  /** Total width in columns (default 100). */
  width?: number
}

/**
 * A readable two-column view of an alignment for a terminal: one row per
 * pair, its confidence in the margin, `—` where a side has no counterpart,
 * a blank line between rows and the noise listed at the end.
 *
 * @param alignment An alignment.
 * @param options Layout.
 */
export function formatSideBySide(alignment: Alignment, options: SideBySideOptions = {}): string {
  const width = Math.max(40, options.width ?? 100)
  const column = Math.floor((width - 9) / 2)
  const lines: string[] = []
  const header = `${alignment.source.lang.toUpperCase()} → ${alignment.target.lang.toUpperCase()}: ${alignment.pairs.length} pairs`
  lines.push(header, '')
  for (const pair of alignment.pairs) {
    const left = wrap(pair.source.map((i) => alignment.source.sentences[i].text).join(' ') || '—', column)
    const right = wrap(pair.target.map((j) => alignment.target.sentences[j].text).join(' ') || '—', column)
    const rows = Math.max(left.length, right.length)
    for (let r = 0; r < rows; r++) {
      const margin = r === 0 ? pair.score.toFixed(2).padStart(4) : '    '
      lines.push(`${margin}  ${(left[r] ?? '').padEnd(column)} │ ${right[r] ?? ''}`.trimEnd())
    }
    lines.push('')
  }
  if (alignment.noise.length > 0) {
    lines.push(`noise (${alignment.noise.length}):`)
    for (const span of alignment.noise) lines.push(`  [${span.start}-${span.end}] ${span.text}`)
  }
  return lines.join('\n').trimEnd() + '\n'
}

/** Wrap text at word boundaries to lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line)
      line = ''
    }
    let rest = word
    while (rest.length > width) {
      if (line.length > 0) {
        lines.push(line)
        line = ''
      }
      lines.push(rest.slice(0, width))
      rest = rest.slice(width)
    }
    line = line.length > 0 ? `${line} ${rest}` : rest
  }
  if (line.length > 0 || lines.length === 0) lines.push(line)
  return lines
}
