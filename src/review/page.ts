import { countItem, escapeHtml, languageName, noiseBlock } from '../outputs/html-parts.js'
import { toJson } from '../outputs/json.js'
import type { Alignment } from '../types.js'
import { reviewApp } from './app.js'
import { REVIEW_KEYS } from './keys.js'
import { REVIEW_STYLE } from './style.js'

/** Options of toReviewHtml. */
export interface ReviewOptions {
  /** Title of the page (default `Review alignment EN → RU`, with the sides' codes). */
  title?: string
  /** Beads scored below this are low-confidence: marked, and visited by `n` / `p` (default 0.5). */
  lowScore?: number
}

/**
 * The alignment review editor: one self-contained HTML5 file (inline CSS and
 * script, no external assets, no network, works offline from `file://`)
 * where a person walks through the beads with the keyboard or the mouse,
 * merges, splits and moves sentences between beads, confirms beads, undoes
 * and redoes, and saves `alignment.json` (the JSON output with the edited
 * pairs) and `anchors.json` (the confirmed beads, for `--anchors`).
 * docs/review.md is the user's guide.
 *
 * The alignment is embedded as `<script type="application/json"
 * id="bitext-data">` holding `toJson(alignment)` with every `<` written
 * `\u003c`, so no text can close the script; the page's script (src/review/app.ts)
 * renders the rows from it. The status bar's counts are filled in here too.
 *
 * @param alignment An alignment.
 * @param options Title and low-confidence threshold.
 */
export function toReviewHtml(alignment: Alignment, options: ReviewOptions = {}): string {
  const { source, target, pairs } = alignment
  const lowScore = options.lowScore ?? 0.5
  const title = options.title ?? `Review alignment ${source.lang.toUpperCase()} → ${target.lang.toUpperCase()}`
  const low = pairs.filter((pair) => pair.score < lowScore && !pair.confirmed).length
  const confirmed = pairs.filter((pair) => pair.confirmed).length
  const data = JSON.stringify(toJson(alignment)).replace(/</g, '\\u003c')

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="bitext-align">
<title>${escapeHtml(title)}</title>
<style>${REVIEW_STYLE}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
${toolbar()}
</header>
<main id="scroller">
<div role="table" aria-label="Beads: aligned sentence groups">
<div role="rowgroup" class="head"><div role="row"><span role="columnheader">#</span><span role="columnheader" lang="${escapeHtml(source.lang)}">${escapeHtml(languageName(source.lang))} <span class="code">${escapeHtml(source.lang)}</span></span><span role="columnheader" lang="${escapeHtml(target.lang)}">${escapeHtml(languageName(target.lang))} <span class="code">${escapeHtml(target.lang)}</span></span></div></div>
<div role="rowgroup" id="beads" data-low-score="${escapeHtml(String(lowScore))}"></div>
</div>
<noscript><p>This review page needs JavaScript to show and edit the alignment.</p></noscript>
${noiseBlock(alignment)}
</main>
<footer class="status" id="status">
<ul class="counts">${countItem('beads', pairs.length, 'beads')}${countItem('low', low, `low (&lt; ${escapeHtml(String(lowScore))}) to review`)}${countItem('confirmed', confirmed, 'confirmed')}${countItem('edited', 0, 'edited')}</ul>
<span class="where">${pairs.length > 0 ? `bead 1 of ${pairs.length}` : 'no beads'}</span>
<span class="message" role="status" aria-live="polite"></span>
</footer>
${helpOverlay()}
<script type="application/json" id="bitext-data">${data}</script>
<script>${appScript()}</script>
</body>
</html>
`
}

/**
 * The page's script: the editor function called at once. Bundlers that keep
 * function names (esbuild's `keepNames`, as tsx runs it) wrap inner
 * functions in calls to a `__name` helper of the module; the page gives the
 * script its own do-nothing `__name` so the function runs either way.
 */
function appScript(): string {
  return `(() => {\nconst __name = (target) => target;\n(${reviewApp.toString()})();\n})();`
}

/** The toolbar's buttons: action name, label and key. */
const BUTTONS: ReadonlyArray<readonly [action: string, label: string, key: string]> = [
  ['previous-low', 'Previous low', 'p'],
  ['next-low', 'Next low', 'n'],
  ['merge', 'Merge', 'm'],
  ['split', 'Split', 's'],
  ['move-up', 'Move up', 'K'],
  ['move-down', 'Move down', 'J'],
  ['confirm', 'Confirm', 'c'],
  ['undo', 'Undo', 'z'],
  ['redo', 'Redo', 'Z'],
  ['save-alignment', 'Save alignment', ''],
  ['save-anchors', 'Save anchors', ''],
  ['help', 'Keys ?', '?'],
]

/** The toolbar: one button per action, acting on the current bead. */
function toolbar(): string {
  const buttons = BUTTONS.map(
    ([action, label, key]) =>
      `<button type="button" data-action="${action}"${key ? ` title="${escapeHtml(label)} (${escapeHtml(key)})" aria-keyshortcuts="${escapeHtml(key)}"` : ''}>${escapeHtml(label)}</button>`,
  ).join('')
  return `<div class="toolbar" role="toolbar" aria-label="Edit the current bead">${buttons}</div>`
}

/** The help overlay listing the keys, hidden until `?`. */
function helpOverlay(): string {
  const rows = REVIEW_KEYS.map(
    (binding) => `<tr><td>${binding.keys.map((key) => `<kbd>${escapeHtml(key)}</kbd>`).join(' ')}</td><td>${escapeHtml(binding.does)}</td></tr>`,
  ).join('')
  return `<div id="help" class="help" hidden role="dialog" aria-labelledby="help-title"><div>
<h2 id="help-title">Keys</h2>
<table>${rows}</table>
<p>Click a row to make it current, a sentence to select it. Every edit is confirmed and scores 1. Save writes alignment.json and anchors.json.</p>
<p><button type="button" data-action="close-help">Close</button></p>
</div></div>`
}



