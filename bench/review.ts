/**
 * Speed of the review page on a book: opens a 10,000-bead page (about
 * 21,500 sentences, test/review/synthetic.ts) in headless chromium from
 * file:// and prints load to interactive, 50 `n` jumps and a merge + undo at
 * bead 9,000; then the same for a real volume (Anna Karenina EN-RU, from
 * ../shared/corpora, when it is there). Also writes docs/review.png, the seed document with a low bead
 * current, for the README and docs/review.md.
 * Run: npm run bench:review   (needs /usr/bin/chromium)
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { alignPage, alignSegments, toReviewHtml } from '../src/index.js'
import { CHROMIUM, launch, openPage } from '../test/review/browser.js'
import { syntheticAlignment } from '../test/review/synthetic.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const LOADS = 5
const JUMPS = 50

/** Median of some numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const ms = (value: number): string => `${value.toFixed(1)} ms`

/** Page load to interactive, in a fresh context each time. */
async function measureLoad(browser: Browser, html: string): Promise<{ interactive: number[]; parsed: number[] }> {
  const interactive: number[] = []
  const parsed: number[] = []
  for (let run = 0; run < LOADS; run++) {
    const { page } = await openPage(browser, html, (context) =>
      context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          requestAnimationFrame(() => {
            ;(window as unknown as { readyAt: number }).readyAt = performance.now()
          })
        })
      }),
    )
    await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined)
    const times = await page.evaluate(() => ({
      ready: (window as unknown as { readyAt: number }).readyAt,
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    }))
    interactive.push(times.ready)
    parsed.push(times.parsed)
    await page.context().close()
  }
  return { interactive, parsed }
}

/** One key handled in the page: the handler plus the style and layout it causes, and the time to the next frame. */
function timeKey(page: Page, key: string): Promise<{ handled: number; frame: number }> {
  return page.evaluate(
    (key) =>
      new Promise<{ handled: number; frame: number }>((resolve) => {
        const start = performance.now()
        document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
        document.querySelector('#beads .bead.current')?.getBoundingClientRect()
        const handled = performance.now() - start
        requestAnimationFrame(() => setTimeout(() => resolve({ handled, frame: performance.now() - start }), 0))
      }),
    key,
  )
}

if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is absent: nothing to run the page in.`)
  process.exit(0)
}

const book = syntheticAlignment(10000)
const html = toReviewHtml(book)
const browser = await launch()
try {
  console.log(
    `Review page of ${book.pairs.length} beads, ${book.source.sentences.length + book.target.sentences.length} sentences, ${(html.length / 1e6).toFixed(1)} MB, headless chromium at 1280×800.\n`,
  )
  const loads = await measureLoad(browser, html)
  console.log(`load to interactive (navigation start → first frame with the editor built), median of ${LOADS}: ${ms(median(loads.interactive))} (range ${ms(Math.min(...loads.interactive))}–${ms(Math.max(...loads.interactive))})`)
  console.log(`  of which HTML parsed and script run (DOMContentLoaded end): ${ms(median(loads.parsed))}`)

  const { page } = await openPage(browser, html)
  const jumps: Array<{ handled: number; frame: number }> = []
  for (let k = 0; k < JUMPS; k++) jumps.push(await timeKey(page, 'n'))
  const handled = jumps.map((jump) => jump.handled)
  const frames = jumps.map((jump) => jump.frame)
  console.log(`${JUMPS} n jumps, handler + style + layout: median ${ms(median(handled))}, max ${ms(Math.max(...handled))}`)
  console.log(`${JUMPS} n jumps, to the next frame: median ${ms(median(frames))}, max ${ms(Math.max(...frames))}`)

  // Bead 9,000 (index 8999) made current by a click, then m and z, five times.
  await page.evaluate(() => (document.querySelectorAll('#beads .bead')[8999] as HTMLElement).click())
  const edits: Array<{ merge: number; undo: number; mergeFrame: number; undoFrame: number }> = []
  for (let run = 0; run < 5; run++) {
    const merge = await timeKey(page, 'm')
    const undo = await timeKey(page, 'z')
    edits.push({ merge: merge.handled, undo: undo.handled, mergeFrame: merge.frame, undoFrame: undo.frame })
  }
  const left = await page.evaluate(() => (window as unknown as { bitextReview: { beads(): unknown[] } }).bitextReview.beads().length)
  if (left !== book.pairs.length) throw new Error(`undo left ${left} beads`)
  const pick = (name: keyof (typeof edits)[number]): number => median(edits.map((edit) => edit[name]))
  console.log(`merge at bead 9,000 + undo, handler + style + layout, median of 5: ${ms(pick('merge'))} + ${ms(pick('undo'))}`)
  console.log(`merge at bead 9,000 + undo, to the next frame, median of 5: ${ms(pick('mergeFrame'))} + ${ms(pick('undoFrame'))}`)
  await page.context().close()

  // A real volume, when the shared corpora are beside the project.
  const novel = `${ROOT}../shared/corpora/anna-karenina-enru-vol1/`
  if (existsSync(`${novel}en.sents`)) {
    const lines = (file: string) => readFileSync(`${novel}${file}`, 'utf8').replace(/\n$/, '').split('\n')
    const real = toReviewHtml(alignSegments(lines('en.sents'), lines('ru.sents'), { sourceLang: 'en', targetLang: 'ru' }))
    const realLoads = await measureLoad(browser, real)
    const { page: realPage } = await openPage(browser, real)
    const realJumps: number[] = []
    for (let k = 0; k < JUMPS; k++) realJumps.push((await timeKey(realPage, 'n')).frame)
    const beads = await realPage.evaluate(() => (window as unknown as { bitextReview: { beads(): unknown[] } }).bitextReview.beads().length)
    console.log(
      `\nAnna Karenina EN-RU volume 1 (${beads} beads, ${(real.length / 1e6).toFixed(1)} MB): load to interactive, median of ${LOADS}: ${ms(median(realLoads.interactive))}; ${JUMPS} n jumps to the next frame: median ${ms(median(realJumps))}, max ${ms(Math.max(...realJumps))}`,
    )
    await realPage.context().close()
  }

  const seed = alignPage(readFileSync(`${ROOT}fixtures/solidnet-cpk-ban-2015-en-ru.txt`, 'utf8'))
  const { page: shot } = await openPage(browser, toReviewHtml(seed, { lowScore: 0.9 }))
  await shot.keyboard.press('n')
  await shot.keyboard.press('n')
  await shot.keyboard.press(']')
  await shot.screenshot({ path: `${ROOT}docs/review.png` })
  console.log('\nwrote docs/review.png')
} finally {
  await browser.close()
}
