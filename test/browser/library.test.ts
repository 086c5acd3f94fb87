import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CHROMIUM = '/usr/bin/chromium'
/** In CI a missing browser is a failure; locally the test is left out. */
const runBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI)
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

describe('the library in a real browser', () => {
  it.runIf(runBrowser)(
    'aligns the seed page inside Chromium, with no Node built-in, as it does in Node',
    async () => {
      const bundle = await build({
        entryPoints: [`${ROOT}src/index.ts`],
        bundle: true,
        platform: 'browser',
        format: 'iife',
        globalName: 'bitextAlign',
        write: false,
        logLevel: 'silent',
      })
      const page = readFileSync(`${ROOT}fixtures/solidnet-cpk-ban-2015-en-ru.txt`, 'utf8')
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
      try {
        const tab = await browser.newPage()
        const errors: string[] = []
        tab.on('pageerror', (error) => errors.push(error.message))
        await tab.setContent('<!DOCTYPE html><meta charset="utf-8"><title>bitext-align</title>')
        await tab.addScriptTag({ content: bundle.outputFiles[0].text })
        const result = await tab.evaluate(async (text) => {
          const library = (globalThis as unknown as { bitextAlign: typeof import('../../src/index.js') }).bitextAlign
          const alignment = await library.alignPageAsync(text)
          return {
            pairs: alignment.pairs.length,
            oneSided: alignment.pairs.filter((p) => p.target.length === 0).length,
            noise: alignment.noise.length,
            first: alignment.target.sentences[0].text,
            hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
          }
        }, page)
        expect(errors).toEqual([])
        expect(result).toEqual({ pairs: 31, oneSided: 12, noise: 5, first: 'О запрете Коммунистической партии Казахстана', hasProcess: false })
      } finally {
        await browser.close()
      }
    },
    60_000,
  )
})
