import type { Alignment, Pair, Side } from '../types.js'
import { countItem, escapeHtml, languageName, noiseBlock } from './html-parts.js'

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** Title of the page (default `Alignment EN → RU`, with the sides' codes). */
  title?: string
  /** Pairs scored below this are marked as low-confidence (default 0.5). */
  lowScore?: number
}

/**
 * A review page for an alignment: one self-contained HTML5 file (inline CSS
 * and script, no external assets, works offline) with a header giving the
 * languages and counts, then a two-column table with a row per pair. Each
 * row (`data-pair="k"`) shows the score; its cells (`data-side="source"` /
 * `"target"`, with `lang`) are focusable, and hovering, focusing or clicking
 * one highlights both (class `active`). A side with no counterpart gets the
 * class `missing` and a visible label, its row a coloured band (`one-sided`);
 * pairs below `lowScore` get the class `low`; a row that starts a new
 * paragraph on either side gets the class `paragraph` and a visible gap. On
 * narrow screens the columns stack. The noise, if any, is listed in a
 * collapsible block at the end. All text is escaped.
 *
 * @param alignment An alignment.
 * @param options Title and low-confidence threshold.
 */
export function toHtml(alignment: Alignment, options: HtmlOptions = {}): string {
  const { source, target, pairs } = alignment
  const lowScore = options.lowScore ?? 0.5
  const title = options.title ?? `Alignment ${source.lang.toUpperCase()} → ${target.lang.toUpperCase()}`
  const oneSided = pairs.filter((pair) => pair.source.length === 0 || pair.target.length === 0).length
  const low = pairs.filter((pair) => pair.score < lowScore).length
  const stale = pairs.filter((pair) => pair.stale).length

  const rows = pairs.map((pair, k) => row(alignment, pair, k, lowScore)).join('\n')
  const counts = [
    countItem('pairs', pairs.length, 'pairs'),
    countItem('one-sided', oneSided, 'without counterpart'),
    countItem('low', low, `low confidence (&lt; ${escapeHtml(String(lowScore))})`),
    ...(stale > 0 ? [countItem('stale', stale, 'to review after update')] : []),
  ].join('')

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="bitext-align">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<p class="langs"><span lang="${escapeHtml(source.lang)}">${escapeHtml(languageName(source.lang))}</span> → <span lang="${escapeHtml(target.lang)}">${escapeHtml(languageName(target.lang))}</span></p>
<ul class="counts">${counts}</ul>
</header>
<main>
<table class="bitext">
<thead>
<tr><th scope="col" class="gutter">#</th><th scope="col" data-side="source" lang="${escapeHtml(source.lang)}">${escapeHtml(languageName(source.lang))} <span class="code">${escapeHtml(source.lang)}</span></th><th scope="col" data-side="target" lang="${escapeHtml(target.lang)}">${escapeHtml(languageName(target.lang))} <span class="code">${escapeHtml(target.lang)}</span></th></tr>
</thead>
<tbody>
${rows || '<tr class="empty"><td colspan="3">No pairs.</td></tr>'}
</tbody>
</table>
${noiseBlock(alignment)}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`
}



/** The table row of one pair. */
function row(alignment: Alignment, pair: Pair, k: number, lowScore: number): string {
  const missing = pair.source.length === 0 || pair.target.length === 0
  const isLow = pair.score < lowScore
  const paragraph = k > 0 && (startsParagraph(alignment.source, pair.source) || startsParagraph(alignment.target, pair.target))
  const classes = ['pair', missing && 'one-sided', isLow && 'low', paragraph && 'paragraph', pair.stale && 'stale']
    .filter(Boolean)
    .join(' ')
  const score = pair.score.toFixed(2)
  const badges = [isLow ? '<span class="badge low-badge">low</span>' : '', pair.stale ? '<span class="badge stale-badge">stale</span>' : '']
    .join('')
  return (
    `<tr class="${classes}" data-pair="${k}" data-score="${pair.score}">` +
    `<th scope="row" class="gutter"><span class="n">${k + 1}</span><span class="score" title="confidence ${pair.score.toFixed(4)}">${score}</span>${badges}</th>` +
    cell(alignment.source, pair.source, 'source', k) +
    cell(alignment.target, pair.target, 'target', k) +
    '</tr>'
  )
}

/** The cell of one side of a pair: its sentences, with paragraph breaks inside the pair kept visible. */
function cell(side: Side, indices: number[], name: 'source' | 'target', k: number): string {
  const lang = escapeHtml(side.lang)
  if (indices.length === 0) {
    return `<td data-side="${name}" lang="${lang}" class="missing" tabindex="0" aria-label="pair ${k + 1}, ${name}: no counterpart"><span class="label" lang="en">— no counterpart —</span></td>`
  }
  const first = side.sentences[indices[0]]
  const kind = side.paragraphs[first.paragraph]?.kind ?? 'text'
  const parts: string[] = []
  indices.forEach((i, n) => {
    const sentence = side.sentences[i]
    if (n > 0) parts.push(sentence.paragraph !== side.sentences[indices[n - 1]].paragraph ? '<span class="break"></span>' : ' ')
    parts.push(`<span class="s" data-sentence="${i}">${escapeHtml(sentence.text)}</span>`)
  })
  return `<td data-side="${name}" lang="${lang}" class="kind-${escapeHtml(kind)}" tabindex="0">${parts.join('')}</td>`
}

/** Whether the first sentence of a side of a pair opens a paragraph. */
function startsParagraph(side: Side, indices: number[]): boolean {
  if (indices.length === 0) return false
  const sentence = side.sentences[indices[0]]
  return side.paragraphs[sentence.paragraph]?.sentences[0] === indices[0]
}



const STYLE = `
:root{--fg:#1b1f24;--muted:#5b6470;--bg:#fff;--line:#d8dde3;--strong:#9aa4b0;--soft:#f4f6f8;--accent:#2563eb;--active:#e3edff;--band:#d97706;--miss:#fff7ea;--low:#b42318;--lowbg:#fff1f0}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#9aa4b0;--bg:#16181c;--line:#343a42;--strong:#59626e;--soft:#1f2328;--accent:#6ea1ff;--active:#1f3358;--band:#f59e0b;--miss:#2a2418;--low:#ff8a80;--lowbg:#3a1f1f}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
header.top{padding:1rem clamp(.75rem,3vw,2rem) .75rem;border-bottom:1px solid var(--line)}
h1{margin:0 0 .25rem;font-size:1.35rem;line-height:1.25;overflow-wrap:anywhere}
.langs{margin:0 0 .5rem;color:var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:.4rem .6rem;margin:0;padding:0;list-style:none;font-size:.9rem}
.counts li{padding:.1rem .55rem;border:1px solid var(--line);border-radius:999px;background:var(--soft)}
.counts li.some[data-count="one-sided"]{border-color:var(--band)}
.counts li.some[data-count="low"]{border-color:var(--low)}
main{padding:0 clamp(0rem,2vw,2rem) 2rem}
table.bitext{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed}
thead th{position:sticky;top:0;z-index:1;background:var(--bg);text-align:left;font-size:.85rem;font-weight:600;color:var(--muted);padding:.6rem .75rem;border-bottom:2px solid var(--line)}
.code{font-weight:400;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8em;padding:0 .3em;border:1px solid var(--line);border-radius:.25em}
th.gutter{width:4.25rem;border-left:4px solid transparent}
tbody th.gutter{vertical-align:top;text-align:right;font-weight:400;padding:.55rem .5rem .55rem .4rem;font-size:.8rem;color:var(--muted)}
.gutter .n{display:block}
.gutter .score{display:block;font-variant-numeric:tabular-nums;color:var(--fg)}
.badge{display:inline-block;margin-top:.15rem;padding:0 .35em;border-radius:.25em;font-size:.7rem;text-transform:uppercase;letter-spacing:.03em}
.low-badge{background:var(--low);color:var(--bg)}
.stale-badge{background:var(--muted);color:var(--bg)}
td{vertical-align:top;padding:.55rem .75rem;overflow-wrap:anywhere;hyphens:auto;cursor:pointer;border-left:1px solid var(--line)}
tbody tr>*{border-top:1px dashed var(--line)}
tbody tr.paragraph>*{border-top:2px solid var(--strong)}
tbody tr:first-child>*{border-top:0}
tbody tr.paragraph>*{padding-top:1.1rem}
td .break{display:block;height:.6rem}
td.kind-heading{font-weight:650}
td.kind-dateline{font-style:italic;color:var(--muted)}
tr.one-sided>th.gutter{border-left-color:var(--band)}
tr.one-sided>*{background:var(--miss)}
td.missing{color:var(--band);font-style:italic;font-size:.9rem;background-image:repeating-linear-gradient(135deg,transparent 0 8px,rgba(217,119,6,.08) 8px 16px)}
tr.low>th.gutter{border-left-color:var(--low)}
tr.low>*{background:var(--lowbg)}
tr.low .score{color:var(--low);font-weight:700}
tbody tr>td.active,tbody tr>td.active.missing{background-color:var(--active);box-shadow:inset 0 0 0 2px var(--accent)}
td:focus{outline:none}
td:focus-visible{box-shadow:inset 0 0 0 3px var(--accent)}
details.noise{margin:1.5rem .5rem 0;padding:.5rem .75rem;border:1px solid var(--line);border-radius:.4rem;background:var(--soft)}
details.noise summary{cursor:pointer;font-weight:600}
details.noise ol{margin:.5rem 0 0;padding-left:1.5rem;overflow-wrap:anywhere}
details.noise .range{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8em;color:var(--muted);margin-right:.4em}
@media (max-width:40rem){
 table.bitext,table.bitext tbody,table.bitext tr,table.bitext td,table.bitext th{display:block;width:auto}
 table.bitext thead{display:none}
 tbody tr>*,tbody tr.paragraph>*{border-top:0}
 tbody tr{margin:0;border-top:1px dashed var(--line)}
 tbody tr:first-child{border-top:0}
 tbody tr.paragraph{margin-top:.6rem;border-top:2px solid var(--strong)}
 tbody tr.paragraph>*{padding-top:.55rem}
 tbody th.gutter{display:flex;gap:.6rem;align-items:baseline;text-align:left;padding:.4rem .75rem 0;border-left:0}
 .gutter .n,.gutter .score{display:inline}
 .gutter .n::before{content:"#"}
 .gutter .score::before{content:"score ";color:var(--muted)}
 .badge{margin-top:0}
 td{border-left:0;padding:.3rem .75rem .5rem}
 td::before{content:attr(lang);display:block;font-size:.68rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-style:normal}
 tr.one-sided,tr.low{border-left:4px solid var(--band)}
 tr.low{border-left-color:var(--low)}
}
@media print{thead th{position:static}td{cursor:auto}}
`

const SCRIPT = `
(function(){
  var table=document.querySelector('table.bitext');if(!table)return;
  var pinned=null,shown=null;
  function show(row){
    if(row===shown)return;
    if(shown)shown.querySelectorAll('td').forEach(function(c){c.classList.remove('active')});
    shown=row;
    if(row)row.querySelectorAll('td').forEach(function(c){c.classList.add('active')});
  }
  function rowOf(t){var c=t&&t.closest?t.closest('td[data-side]'):null;return c?c.parentElement:null}
  table.addEventListener('mouseover',function(e){var r=rowOf(e.target);if(r)show(r)});
  table.addEventListener('mouseleave',function(){show(pinned)});
  table.addEventListener('focusin',function(e){var r=rowOf(e.target);if(r){pinned=r;show(r)}});
  table.addEventListener('click',function(e){var r=rowOf(e.target);if(r){pinned=r;show(r)}});
  table.addEventListener('keydown',function(e){
    var cell=e.target.closest&&e.target.closest('td[data-side]');if(!cell)return;
    var row=cell.parentElement,next=null;
    if(e.key==='ArrowDown')next=row.nextElementSibling;else if(e.key==='ArrowUp')next=row.previousElementSibling;
    else if(e.key==='ArrowLeft'||e.key==='ArrowRight'){var other=row.querySelector('td[data-side="'+(cell.dataset.side==='source'?'target':'source')+'"]');if(other){other.focus();e.preventDefault()}return}
    else if(e.key==='Escape'){pinned=null;show(null);cell.blur();return}
    if(next){var to=next.querySelector('td[data-side="'+cell.dataset.side+'"]');if(to){to.focus();e.preventDefault()}}
  });
})();
`
