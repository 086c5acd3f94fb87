/** Pieces the two HTML pages share: the read-only view (html.ts) and the review editor (src/review/page.ts). */
import type { Alignment } from '../types.js'

/**
 * Text made safe for HTML content and quoted attribute values.
 *
 * @param text Any text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * One item of a page's list of counts (`<li data-count="name">`, class
 * `some` when not zero).
 *
 * @param name The count's name.
 * @param value Its value.
 * @param label What it counts (HTML).
 */
export function countItem(name: string, value: number, label: string): string {
  return `<li data-count="${name}"${value > 0 ? ' class="some"' : ''}><b>${value}</b> ${label}</li>`
}

/**
 * The collapsible list of an alignment's noise, or nothing.
 *
 * @param alignment An alignment.
 */
export function noiseBlock(alignment: Alignment): string {
  if (alignment.noise.length === 0) return ''
  const items = alignment.noise
    .map((span) => `<li><span class="range">${span.start}–${span.end}</span> ${escapeHtml(span.text)}</li>`)
    .join('\n')
  return `<details class="noise">
<summary>Set aside: ${alignment.noise.length} ${alignment.noise.length === 1 ? 'line' : 'lines'} in neither text</summary>
<ol>
${items}
</ol>
</details>`
}

/**
 * An English name for a language code (`en` → English), or the code itself.
 *
 * @param code A language code.
 */
export function languageName(code: string): string {
  if (code === 'und') return 'Unknown language'
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code)
    if (name && name !== code) return name
  } catch {
    // not a valid code: fall through
  }
  return code.toUpperCase()
}
