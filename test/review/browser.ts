import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { afterAll, beforeAll } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core'

/** Debian's chromium, as test/browser/library.test.ts drives it. */
export const CHROMIUM = '/usr/bin/chromium'
/** In CI a missing browser is a failure; locally the tests are left out. */
export const runBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI)
/** The launch arguments of test/browser/library.test.ts. */
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** A bead as `window.bitextReview.beads()` gives it. */
export interface PageBead {
  source: number[]
  target: number[]
  score: number
  stale?: true
  confirmed?: true
}

/** Headless chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

/**
 * The page written to a temporary file and opened from `file://` in a tab of
 * a fresh context (downloads on, 1280×800) that records page errors and
 * console errors (a CSP violation is one).
 *
 * @param prepare Called with the context before the page opens (init scripts).
 */
export async function openPage(browser: Browser, html: string, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<{ page: Page; errors: string[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'bitext-review-')), 'review.html')
  writeFileSync(file, html)
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } })
  if (prepare) await prepare(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(pathToFileURL(file).href)
  return { page, errors }
}

/** The page's beads and current bead, through `window.bitextReview`. */
export function pageState(page: Page): Promise<{ beads: PageBead[]; current: number }> {
  return page.evaluate(() => {
    const review = (window as unknown as { bitextReview: { beads(): PageBead[]; current(): number } }).bitextReview
    return { beads: review.beads(), current: review.current() }
  })
}

/** Run `action` and collect the `count` downloads it starts: file name → parsed JSON. */
export async function downloads(page: Page, count: number, action: () => Promise<void>): Promise<Map<string, unknown>> {
  const started: Download[] = []
  const all = new Promise<void>((resolve) => {
    const take = (download: Download): void => {
      started.push(download)
      if (started.length === count) {
        page.off('download', take)
        resolve()
      }
    }
    page.on('download', take)
  })
  await action()
  await all
  const files = new Map<string, unknown>()
  for (const download of started) {
    const path = await download.path()
    files.set(download.suggestedFilename(), JSON.parse(readFileSync(path, 'utf8')))
  }
  return files
}

/**
 * One headless chromium for the tests of a `describe` block: launched before
 * them, closed after. Returns a getter, to call inside the tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })
  return () => browser!
}

/**
 * src/review/page.ts as a bundle made like tsup makes the library's (ESM,
 * es2022, neutral platform), with or without esbuild's `keepNames`, loaded as
 * a module: the review script must survive the build.
 *
 * @param keepNames Whether esbuild keeps function names (wrapping them in `__name`).
 */
export async function bundledReviewPage(keepNames: boolean): Promise<typeof import('../../src/review/page.js')> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../src/review/page.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    keepNames,
    write: false,
    logLevel: 'silent',
  })
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  return (await import(url)) as typeof import('../../src/review/page.js')
}
