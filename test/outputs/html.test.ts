import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { align, alignPage } from '../../src/index.js'
import { toHtml } from '../../src/outputs/html.js'
import type { Alignment, Side } from '../../src/types.js'

const ROOT = new URL('../../', import.meta.url)
const SEED = new URL('fixtures/solidnet-cpk-ban-2015-en-ru.txt', ROOT)
const UDHR_EN = new URL('../shared/corpora/udhr-enru/en.txt', ROOT)
const UDHR_RU = new URL('../shared/corpora/udhr-enru/ru.txt', ROOT)
const ARTIFACTS = fileURLToPath(new URL('test-artifacts/', ROOT))

const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
/** In CI a missing browser is a failure; locally the browser tests are left out. */
const runBrowser = hasChromium || Boolean(process.env.CI)
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const BROWSER_TIMEOUT = 60_000

/** A side made of the given sentences; `paragraphs` gives how many sentences each paragraph holds (default one each). */
function side(lang: string, sentences: string[], paragraphs: number[] = sentences.map(() => 1)): Side {
  const result: Side = { lang, text: '', paragraphs: [], sentences: [] }
  let text = ''
  let next = 0
  paragraphs.forEach((size, p) => {
    if (p > 0) text += '\n\n'
    const from = next
    const paragraphStart = text.length
    for (let n = 0; n < size; n++, next++) {
      if (n > 0) text += ' '
      const start = text.length
      text += sentences[next]
      result.sentences.push({ text: sentences[next], start, end: text.length, paragraph: p })
    }
    result.paragraphs.push({ kind: 'text', start: paragraphStart, end: text.length, sentences: [from, next] })
  })
  result.text = text
  return result
}

/** A small hand-made alignment with a low-confidence pair, a one-sided pair, a paragraph break and nasty text. */
function handMade(): Alignment {
  return {
    source: side('en', ['It rains.', 'We stay <script>alert("x")</script> & "home".', 'Then we go.', 'Extra line.'], [2, 1, 1]),
    target: side('ru', ['Идёт дождь.', 'Мы остаёмся дома.', 'Потом уходим.'], [2, 1]),
    pairs: [
      { source: [0], target: [0], score: 0.97 },
      { source: [1], target: [1], score: 0.2 },
      { source: [2], target: [2], score: 0.9, stale: true },
      { source: [3], target: [], score: 0.8 },
    ],
    noise: [{ text: 'Page 1 <b>of</b> 2', start: 0, end: 0 }],
  }
}

describe('toHtml (markup)', () => {
  const seed = alignPage(readFileSync(SEED, 'utf8'))
  const seedHtml = toHtml(seed)

  it('is one HTML5 document with charset, viewport and language attributes', () => {
    expect(seedHtml.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(seedHtml).toContain('<meta charset="utf-8">')
    expect(seedHtml).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/)
    expect(seedHtml).toContain('<th scope="col" data-side="source" lang="en">')
    expect(seedHtml).toContain('<th scope="col" data-side="target" lang="ru">')
    expect(seedHtml.match(/<tr [^>]*data-pair="/g)?.length).toBe(seed.pairs.length)
    expect(seedHtml.match(/<td data-side="source" lang="en"/g)?.length).toBe(seed.pairs.length)
    expect(seedHtml.match(/<td data-side="target" lang="ru"/g)?.length).toBe(seed.pairs.length)
  })

  it('is self-contained: no external or file references, inline style and script only', () => {
    for (const html of [seedHtml, toHtml(handMade())]) {
      expect(html).not.toMatch(/\s(src|href|srcset|action|poster|data)\s*=/i)
      expect(html).not.toMatch(/https?:\/\//i)
      expect(html).not.toMatch(/url\(|@import/i)
      expect(html).not.toMatch(/<link\b|<iframe\b|<img\b|<object\b|<embed\b/i)
      expect(html.match(/<script>/g)?.length).toBe(1)
      expect(html.match(/<style>/g)?.length).toBe(1)
    }
  })

  it('escapes all text: a sentence holding <script> does not become markup', () => {
    const html = toHtml(handMade(), { title: 'Review <b>"1"</b> & more' })
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;home&quot;.')
    expect(html).toContain('<title>Review &lt;b&gt;&quot;1&quot;&lt;/b&gt; &amp; more</title>')
    expect(html).toContain('Page 1 &lt;b&gt;of&lt;/b&gt; 2')
    expect(html).not.toContain('<b>of</b>')
    // Only the page's own script element, which comes after all text.
    expect(html.indexOf('<script>')).toBeGreaterThan(html.lastIndexOf('</table>'))
  })

  it('marks low-confidence, one-sided, stale and paragraph-opening rows, and counts them', () => {
    const html = toHtml(handMade())
    expect(html).toMatch(/<tr class="pair low" data-pair="1"/)
    expect(html).toMatch(/<tr class="pair paragraph stale" data-pair="2"/)
    expect(html).toMatch(/<tr class="pair one-sided paragraph" data-pair="3"/)
    expect(html).toContain('<li data-count="pairs" class="some"><b>4</b> pairs</li>')
    expect(html).toContain('<li data-count="one-sided" class="some"><b>1</b>')
    expect(html).toContain('<li data-count="low" class="some"><b>1</b>')
    expect(html).toContain('— no counterpart —')
    // The threshold is an option.
    expect(toHtml(handMade(), { lowScore: 0.95 })).toContain('<li data-count="low" class="some"><b>3</b>')
  })

  it('lists the noise in a collapsible block only when there is some', () => {
    expect(seedHtml).toMatch(/<details class="noise">\s*<summary>Set aside: 5 lines/)
    const quiet = { ...handMade(), noise: [] }
    expect(toHtml(quiet)).not.toContain('<details')
  })

  it('renders an alignment without pairs', () => {
    const empty: Alignment = { source: side('en', [], []), target: side('ru', [], []), pairs: [], noise: [] }
    const html = toHtml(empty)
    expect(html).toContain('No pairs.')
    expect(html).toContain('<li data-count="pairs"><b>0</b> pairs</li>')
  })
})

describe('toHtml (in a browser)', () => {
  const seed = alignPage(readFileSync(SEED, 'utf8'))
  let browser: Browser | undefined
  let dir: string

  beforeAll(async () => {
    if (!hasChromium) return
    dir = mkdtempSync(join(tmpdir(), 'bitext-html-'))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  }, BROWSER_TIMEOUT)

  afterAll(async () => {
    await browser?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /**
   * Open an HTML document from a file:// URL in a fresh page, with every
   * request other than the document itself recorded and refused.
   */
  async function open(html: string, width: number, height = 800): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    expect(hasChromium, `Chromium is needed at ${CHROMIUM} for the HTML view tests (apt-get install chromium)`).toBe(true)
    const file = join(dir, `view-${Math.random().toString(36).slice(2)}.html`)
    writeFileSync(file, html)
    const url = pathToFileURL(file).href
    const page = await browser!.newPage({ viewport: { width, height } })
    const requests: string[] = []
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue()
      requests.push(route.request().url())
      return route.abort()
    })
    await page.goto(url)
    return { page, requests, errors }
  }

  it.runIf(runBrowser)(
    'shows the seed as two columns with a row per pair, the signatories without counterpart',
    async () => {
      const { page, requests, errors } = await open(toHtml(seed), 1280)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await page.locator('thead th[data-side="source"]').getAttribute('lang')).toBe('en')
      expect(await page.locator('thead th[data-side="target"]').getAttribute('lang')).toBe('ru')
      const rows = page.locator('tbody tr[data-pair]')
      expect(await rows.count()).toBe(31)
      const layout = await page.evaluate(() =>
        Array.from(document.querySelectorAll('tbody tr[data-pair]')).map((row) => ({
          pair: Number((row as HTMLElement).dataset.pair),
          classes: row.className.split(' '),
          cells: Array.from(row.querySelectorAll('td')).map((cell) => ({
            side: cell.dataset.side,
            lang: cell.lang,
            missing: cell.classList.contains('missing'),
            tabindex: cell.getAttribute('tabindex'),
            text: cell.textContent ?? '',
            left: Math.round(cell.getBoundingClientRect().left),
          })),
        })),
      )
      layout.forEach((row, k) => {
        expect(row.pair).toBe(k)
        expect(row.cells.map((cell) => [cell.side, cell.lang, cell.tabindex])).toEqual([
          ['source', 'en', '0'],
          ['target', 'ru', '0'],
        ])
        // Side by side at desktop width: the target column to the right of the source one.
        expect(row.cells[1].left).toBeGreaterThan(row.cells[0].left + 300)
      })
      const first = layout.findIndex((row) => row.cells[0].text.startsWith('The statement is signed'))
      const last = layout.findIndex((row) => row.cells[0].text.includes('Phillipine'))
      expect(first).toBeGreaterThan(0)
      expect(last).toBe(30)
      layout.forEach((row, k) => {
        const signatory = k >= first && k <= last
        expect(row.classes.includes('one-sided'), `row ${k} one-sided`).toBe(signatory)
        expect(row.cells[1].missing, `row ${k} target missing`).toBe(signatory)
        expect(row.cells[0].missing).toBe(false)
        if (signatory) expect(row.cells[1].text).toContain('— no counterpart —')
      })
      // The texts are the alignment's, the score is shown on every row.
      expect(layout[0].cells[1].text).toBe(seed.pairs[0].target.map((j) => seed.target.sentences[j].text).join(' '))
      for (let k = 0; k < 31; k++) {
        expect(await rows.nth(k).locator('.score').textContent()).toBe(seed.pairs[k].score.toFixed(2))
      }
      // The band of a one-sided row is visible: a coloured left border on its first cell.
      const band = await rows.nth(first).locator('th').evaluate((cell) => getComputedStyle(cell).borderLeftColor)
      const plain = await rows.nth(1).locator('th').evaluate((cell) => getComputedStyle(cell).borderLeftColor)
      expect(band).not.toBe(plain)
      // Header counts.
      expect(await page.locator('[data-count="pairs"] b').textContent()).toBe('31')
      expect(await page.locator('[data-count="one-sided"] b').textContent()).toBe(String(last - first + 1))
      expect(await page.locator('[data-count="low"] b').textContent()).toBe(String(seed.pairs.filter((p) => p.score < 0.5).length))
      // Paragraph breaks: rows that open a paragraph are set apart.
      const paragraphs = await page.locator('tbody tr.paragraph').count()
      expect(paragraphs).toBeGreaterThan(10)
      const gap = await page.locator('tbody tr.paragraph td').first().evaluate((cell) => getComputedStyle(cell).paddingTop)
      expect(Number.parseFloat(gap)).toBeGreaterThan(12)
      // The noise is collapsed and opens.
      const noise = page.locator('details.noise')
      expect(await noise.getAttribute('open')).toBeNull()
      await noise.locator('summary').click()
      expect(await noise.locator('li').count()).toBe(seed.noise.length)

      mkdirSync(ARTIFACTS, { recursive: true })
      await page.mouse.move(0, 0)
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: join(ARTIFACTS, 'seed-view.png'), fullPage: true })
      expect(requests).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    },
    BROWSER_TIMEOUT,
  )

  it.runIf(runBrowser)(
    'highlights the partner cell on hover, click and keyboard focus',
    async () => {
      const { page, errors } = await open(toHtml(seed), 1280)
      const cell = (k: number, side: 'source' | 'target') => page.locator(`tr[data-pair="${k}"] td[data-side="${side}"]`)
      const active = () => page.evaluate(() => Array.from(document.querySelectorAll('td.active')).map((c) => `${(c.parentElement as HTMLElement).dataset.pair}:${(c as HTMLElement).dataset.side}`))

      await cell(4, 'source').hover()
      expect(await cell(4, 'target').getAttribute('class')).toMatch(/\bactive\b/)
      expect(await active()).toEqual(['4:source', '4:target'])

      await cell(6, 'source').click()
      expect(await active()).toEqual(['6:source', '6:target'])
      // The clicked row stays highlighted after the pointer leaves the table.
      await page.mouse.move(5, 5)
      expect(await active()).toEqual(['6:source', '6:target'])

      // A one-sided row highlights its missing cell too.
      await cell(25, 'source').click()
      expect(await active()).toEqual(['25:source', '25:target'])

      // Keyboard: the cells are focusable, arrows move between rows and sides.
      // The pointer is parked outside the table first: scrolling a row under a
      // resting pointer hovers it, as in any browser.
      await page.mouse.move(5, 5)
      await cell(2, 'target').focus()
      expect(await active()).toEqual(['2:source', '2:target'])
      await page.keyboard.press('ArrowDown')
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest('tr')?.dataset.pair)).toBe('3')
      expect(await active()).toEqual(['3:source', '3:target'])
      await page.keyboard.press('ArrowLeft')
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.side)).toBe('source')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.side)).toBe('target')
      await page.keyboard.press('Escape')
      expect(await active()).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    },
    BROWSER_TIMEOUT,
  )

  it.runIf(runBrowser)(
    'marks a low-confidence pair with its score',
    async () => {
      const alignment = handMade()
      const { page, errors } = await open(toHtml(alignment), 1280)
      const low = page.locator('tr.low')
      expect(await low.count()).toBe(1)
      expect(await low.getAttribute('data-pair')).toBe('1')
      expect(await low.locator('.score').textContent()).toBe('0.20')
      expect(await low.locator('.score').isVisible()).toBe(true)
      expect(await low.locator('.low-badge').isVisible()).toBe(true)
      const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor)
      expect(await background('tr.low td[data-side="source"]')).not.toBe(await background('tr[data-pair="0"] td[data-side="source"]'))
      expect(await page.locator('[data-count="low"] b').textContent()).toBe('1')
      // The script text of the sentence is shown as text and never ran.
      expect(await page.locator('tr[data-pair="1"] td[data-side="source"]').textContent()).toBe(alignment.source.sentences[1].text)
      expect(await page.locator('tbody script').count()).toBe(0)
      expect(errors).toEqual([])
      await page.close()
    },
    BROWSER_TIMEOUT,
  )

  it.runIf(runBrowser)(
    'fits a 375 px phone screen without horizontal scrolling',
    async () => {
      const long = handMade()
      long.source.sentences[0].text = `See example.org/${'a'.repeat(120)} for details.`
      const documents = [toHtml(seed), toHtml(long)]
      if (existsSync(UDHR_EN) && existsSync(UDHR_RU)) {
        documents.push(toHtml(align(readFileSync(UDHR_EN, 'utf8'), readFileSync(UDHR_RU, 'utf8'))))
      }
      for (const [n, html] of documents.entries()) {
        const { page, errors } = await open(html, 375, 812)
        const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))
        expect(width, `document ${n} width`).toBeLessThanOrEqual(375)
        // Every cell is inside the screen.
        const right = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('td, th, details')).map((el) => el.getBoundingClientRect().right)))
        expect(right).toBeLessThanOrEqual(375)
        if (n === 0) {
          // The source text stays readable: a cell is at least half the screen wide.
          const cellWidth = await page.locator('tr[data-pair="1"] td[data-side="source"]').evaluate((el) => el.getBoundingClientRect().width)
          expect(cellWidth).toBeGreaterThan(187)
          mkdirSync(ARTIFACTS, { recursive: true })
          await page.screenshot({ path: join(ARTIFACTS, 'seed-view-phone.png'), fullPage: true })
        }
        expect(errors).toEqual([])
        await page.close()
      }
    },
    BROWSER_TIMEOUT,
  )
})
