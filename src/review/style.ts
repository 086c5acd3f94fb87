/**
 * The review page's CSS: the palette and look of the read-only HTML view
 * (src/outputs/html.ts), laid out as a full-window editor: toolbar on top,
 * the beads in a scrolling grid, the status bar at the bottom. Rows, and
 * the blocks of 100 rows that hold them (`.chunk`), are `content-visibility:
 * auto`, so a book-length page lays out only what is on screen.
 */
export const REVIEW_STYLE = `
:root{--fg:#1b1f24;--muted:#5b6470;--bg:#fff;--line:#d8dde3;--strong:#9aa4b0;--soft:#f4f6f8;--accent:#2563eb;--active:#e3edff;--select:#ffe08a;--band:#d97706;--miss:#fff7ea;--low:#b42318;--lowbg:#fff1f0;--ok:#15803d;--okbg:#effaf2;--b0:#b42318;--b1:#e8590c;--b2:#d4a20b;--b3:#74b816;--b4:#2f9e44}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#9aa4b0;--bg:#16181c;--line:#343a42;--strong:#59626e;--soft:#1f2328;--accent:#6ea1ff;--active:#1f3358;--select:#6b5410;--band:#f59e0b;--miss:#2a2418;--low:#ff8a80;--lowbg:#3a1f1f;--ok:#5fd08a;--okbg:#16291d;--b0:#ff6b6b;--b1:#ff922b;--b2:#fcc419;--b3:#a9e34b;--b4:#51cf66}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;height:100vh;height:100dvh;display:flex;flex-direction:column;color:var(--fg);background:var(--bg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding:.6rem clamp(.75rem,2vw,1.5rem);border-bottom:1px solid var(--line)}
h1{margin:0;font-size:1.1rem;line-height:1.25;overflow-wrap:anywhere}
.toolbar{display:flex;flex-wrap:wrap;gap:.25rem;margin-left:auto}
.toolbar .sep{width:.5rem}
button{font:inherit;font-size:.8rem;color:var(--fg);background:var(--soft);border:1px solid var(--line);border-radius:.35rem;padding:.15rem .45rem;cursor:pointer}
button:hover{border-color:var(--strong)}
button:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
kbd{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.75em;padding:0 .35em;border:1px solid var(--line);border-bottom-width:2px;border-radius:.25em;background:var(--bg);color:var(--muted)}
main{flex:1;min-height:0;overflow:auto;padding:0 clamp(0rem,1.5vw,1.5rem) 1.5rem}
.head,.bead{display:grid;grid-template-columns:5rem minmax(0,1fr) minmax(0,1fr)}
.head{position:sticky;top:0;z-index:1;background:var(--bg);font-size:.85rem;font-weight:600;color:var(--muted);border-bottom:2px solid var(--line)}
.head>div{display:contents}
.head>div>*{padding:.45rem .75rem}
.head>div>:first-child{text-align:right;padding-right:.5rem}
.code{font-weight:400;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8em;padding:0 .3em;border:1px solid var(--line);border-radius:.25em}
.bead{content-visibility:auto;contain-intrinsic-size:auto 4.5rem;border-top:1px dashed var(--line);cursor:pointer;scroll-margin:3rem 0 1rem}
.chunk{content-visibility:auto;contain-intrinsic-size:auto 450rem}
.chunk:first-child>.bead:first-child{border-top:0}
.bead.paragraph{border-top:2px solid var(--strong)}
.chunk:first-child>.bead.paragraph:first-child{border-top:0}
.bead.paragraph>*{padding-top:1.1rem}
.gutter{text-align:right;padding:.55rem .5rem .55rem .4rem;font-size:.8rem;color:var(--muted);border-left:5px solid var(--line)}
.gutter>span{display:block}
.gutter .score{font-variant-numeric:tabular-nums;color:var(--fg)}
.bead[data-band="0"]>.gutter{border-left-color:var(--b0)}
.bead[data-band="1"]>.gutter{border-left-color:var(--b1)}
.bead[data-band="2"]>.gutter{border-left-color:var(--b2)}
.bead[data-band="3"]>.gutter{border-left-color:var(--b3)}
.bead[data-band="4"]>.gutter{border-left-color:var(--b4)}
.badge{display:inline-block!important;margin-top:.15rem;padding:0 .35em;border-radius:.25em;font-size:.68rem;text-transform:uppercase;letter-spacing:.03em}
.low-badge{background:var(--low);color:var(--bg)}
.stale-badge{background:var(--muted);color:var(--bg)}
.edited-badge{background:var(--accent);color:var(--bg)}
.check{color:var(--ok);font-weight:700;font-size:1rem;line-height:1.1}
.cell{padding:.55rem .75rem;overflow-wrap:anywhere;hyphens:auto;border-left:1px solid var(--line)}
.cell .break{display:block;height:.6rem}
.cell.kind-heading{font-weight:650}
.cell.kind-dateline{font-style:italic;color:var(--muted)}
.cell.missing{color:var(--band);font-style:italic;font-size:.9rem;background-image:repeating-linear-gradient(135deg,transparent 0 8px,rgba(217,119,6,.08) 8px 16px)}
.bead.one-sided>*{background-color:var(--miss)}
.bead.low>*{background-color:var(--lowbg)}
.bead.low .score{color:var(--low);font-weight:700}
.bead.confirmed>*{background-color:var(--okbg)}
.bead.confirmed>.gutter{border-left-color:var(--ok)}
.bead.edited .n{font-style:italic}
.s{border-radius:.2em}
.bead.current{outline:2px solid var(--accent);outline-offset:-2px}
.bead.current>.gutter{color:var(--accent);font-weight:700}
.bead.current[data-focus="source"]>.cell[data-side="source"],.bead.current[data-focus="target"]>.cell[data-side="target"]{background-color:var(--active)}
.s.selected{background:var(--select);box-shadow:0 0 0 2px var(--select)}
details.noise{margin:1.5rem .5rem 0;padding:.5rem .75rem;border:1px solid var(--line);border-radius:.4rem;background:var(--soft)}
details.noise summary{cursor:pointer;font-weight:600}
details.noise ol{margin:.5rem 0 0;padding-left:1.5rem;overflow-wrap:anywhere}
details.noise .range{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8em;color:var(--muted);margin-right:.4em}
footer.status{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .6rem;padding:.35rem clamp(.75rem,2vw,1.5rem);border-top:1px solid var(--line);background:var(--soft);font-size:.85rem}
.counts{display:flex;flex-wrap:wrap;gap:.3rem .5rem;margin:0;padding:0;list-style:none}
.counts li{padding:0 .5rem;border:1px solid var(--line);border-radius:999px;background:var(--bg)}
.counts li.some[data-count="low"]{border-color:var(--low)}
.counts li.some[data-count="confirmed"]{border-color:var(--ok)}
.counts li.some[data-count="edited"]{border-color:var(--accent)}
.where{font-variant-numeric:tabular-nums;font-weight:600}
.message{flex:1 1 10rem;min-width:0;color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.help{position:fixed;inset:0;z-index:10;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.35);padding:1rem}
.help[hidden]{display:none}
.help>div{max-width:42rem;max-height:100%;overflow:auto;background:var(--bg);border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem;box-shadow:0 10px 30px rgba(0,0,0,.25)}
.help h2{margin:0 0 .5rem;font-size:1.1rem}
.help table{border-collapse:collapse;width:100%;font-size:.9rem}
.help td{padding:.2rem .5rem;border-top:1px solid var(--line);vertical-align:top}
.help td:first-child{white-space:nowrap}
.help p{margin:.6rem 0 0;color:var(--muted);font-size:.85rem}
@media (max-width:40rem){
 .head{display:none}
 .bead{grid-template-columns:minmax(0,1fr)}
 .gutter{display:flex;gap:.6rem;align-items:baseline;text-align:left;padding:.4rem .75rem 0}
 .cell{border-left:0;padding:.3rem .75rem .5rem}
 .cell::before{content:attr(lang);display:block;font-size:.68rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-style:normal}
}
`
