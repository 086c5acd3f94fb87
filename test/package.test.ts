import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { launch, runBrowser } from './review/browser.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const node = (args: string[], input?: string) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', input })

describe('the built package', () => {
  beforeAll(() => {
    execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'pipe' })
  }, 120_000)

  it('ships ESM, CJS and type declarations', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) {
      expect(existsSync(`${root}${file}`), file).toBe(true)
    }
  })

  it('loads with import', () => {
    const out = node(['--input-type=module', '-e', "import { align } from 'bitext-align'; console.log(align('It rains. We stay home.', 'Идёт дождь. Мы сидим дома.').pairs.length)"])
    expect(out.trim()).toBe('2')
  })

  it('loads with require', () => {
    const out = node(['-e', "const { align, BitextError } = require('bitext-align'); console.log(align('It rains. We stay home.', 'Идёт дождь. Мы сидим дома.').pairs.length, typeof BitextError)"])
    expect(out.trim()).toBe('2 function')
  })

  it('bundles for the browser with no Node built-in and runs there (no native or network dependency)', async () => {
    const { build } = await import('esbuild')
    const result = await build({
      entryPoints: [`${root}src/index.ts`],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
    const code = result.outputFiles[0].text
    expect(code).not.toMatch(/from ["']node:|require\(["'](fs|path|node:)/)
    // The browser bundle, loaded as a module of its own, aligns like the library.
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    const browser = await import(url)
    expect(browser.align('It rains. We stay home.', 'Идёт дождь. Мы сидим дома.').pairs).toHaveLength(2)
  })

  it('names its own version in the files it writes', async () => {
    const { TOOL_VERSION } = await import('../src/outputs/tmx.js')
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }
    expect(TOOL_VERSION).toBe(version)
  })

  it.runIf(runBrowser)('writes a review page whose script, as built, runs in Chromium', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-built-review-'))
    const output = join(dir, 'review.html')
    node(['dist/cli.js', 'review', '--page', 'fixtures/solidnet-cpk-ban-2015-en-ru.txt', '-o', output])
    const browser = await launch()
    try {
      const context = await browser.newContext()
      const tab = await context.newPage()
      const errors: string[] = []
      tab.on('pageerror', (error) => errors.push(error.message))
      await tab.goto(pathToFileURL(output).href)
      await tab.keyboard.press('j')
      const state = await tab.evaluate(() => {
        const review = (window as unknown as { bitextReview: { beads(): unknown[]; current(): number } }).bitextReview
        return { beads: review.beads().length, current: review.current() }
      })
      expect(errors).toEqual([])
      expect(state).toEqual({ beads: 31, current: 1 })
    } finally {
      await browser.close()
    }
  }, 60_000)

  it('runs as a command reading standard input', () => {
    const out = node(['dist/cli.js', 'segment', '-', '--lang', 'ru', '--format', 'json'], 'Это т.е. пример. Второе предложение.')
    expect(JSON.parse(out).sentences.map((s: { text: string }) => s.text)).toEqual(['Это т.е. пример.', 'Второе предложение.'])
  })
})
