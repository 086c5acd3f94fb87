import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { toReviewHtml } from '../../src/index.js'
import { openPage, pageState, runBrowser, useBrowser } from './browser.js'
import { syntheticAlignment } from './synthetic.js'

const LOW = 0.5
const book = syntheticAlignment(10000)
/** The beads `n` visits, in order: low and not confirmed. */
const lows = book.pairs.flatMap((pair, k) => (pair.score < LOW && !pair.confirmed ? [k] : []))
const original = book.pairs.map((pair) => ({ source: pair.source, target: pair.target, score: pair.score, ...(pair.confirmed ? { confirmed: true } : {}) }))

/** The current bead, and whether its row is inside the scrolling area once the page has settled (four frames). */
function where(page: Page): Promise<{ current: number; visible: boolean; rowCurrent: number }> {
  return page.evaluate(async () => {
    for (let frame = 0; frame < 4; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
    const review = (window as unknown as { bitextReview: { current(): number } }).bitextReview
    const rows = Array.from(document.querySelectorAll('#beads .bead'))
    const row = document.querySelector('#beads .bead.current')
    const box = row?.getBoundingClientRect()
    const area = document.getElementById('scroller')!.getBoundingClientRect()
    const top = area.top + document.querySelector('#scroller .head')!.getBoundingClientRect().height
    const visible = Boolean(box && box.top >= top - 1 && box.top < area.bottom)
    return { current: review.current(), visible, rowCurrent: row ? rows.indexOf(row) : -1 }
  })
}

/** The number, classes and sentences of a row. */
function row(page: Page, k: number): Promise<{ n: string; classes: string[]; sentences: number }> {
  return page.evaluate((k) => {
    const element = document.querySelectorAll('#beads .bead')[k]
    return { n: element.querySelector('.n')!.textContent!, classes: [...element.classList], sentences: element.querySelectorAll('[data-sentence]').length }
  }, k)
}

describe.runIf(runBrowser)('the review page in chromium, on a 10,000-bead book', () => {
  const browser = useBrowser()

  it('shows every bead, jumps to the right low beads, and edits near the end', async () => {
    expect(lows.length).toBeGreaterThan(1000)
    expect(book.pairs.some((pair) => pair.score < LOW && pair.confirmed)).toBe(true)
    const { page, errors } = await openPage(browser(), toReviewHtml(book, { lowScore: LOW }))

    const counts = await page.evaluate(() => ({
      rows: document.querySelectorAll('#beads .bead').length,
      sentences: document.querySelectorAll('#beads [data-sentence]').length,
      last: Array.from(document.querySelectorAll('#beads .bead')).at(-1)?.querySelector('.n')?.textContent,
      low: document.querySelectorAll('#beads .bead.low').length,
      confirmed: document.querySelectorAll('#beads .bead.confirmed').length,
    }))
    expect(counts).toEqual({
      rows: 10000,
      sentences: book.source.sentences.length + book.target.sentences.length,
      last: '10000',
      low: book.pairs.filter((pair) => pair.score < LOW).length,
      confirmed: book.pairs.filter((pair) => pair.confirmed).length,
    })
    expect((await pageState(page)).beads).toEqual(original)

    // n walks the low beads in order, skipping confirmed ones, and each lands in view.
    for (let k = 0; k < 40; k++) {
      await page.keyboard.press('n')
      expect(await where(page), `n number ${k + 1}`).toEqual({ current: lows[k], visible: true, rowCurrent: lows[k] })
    }
    await page.keyboard.press('p')
    expect((await where(page)).current).toBe(lows[38])
    // Around the ends: n from the last bead wraps to the first low one, p from there to the last.
    await page.keyboard.press('End')
    expect(await where(page)).toEqual({ current: 9999, visible: true, rowCurrent: 9999 })
    await page.keyboard.press('n')
    expect(await where(page)).toEqual({ current: lows[0], visible: true, rowCurrent: lows[0] })
    await page.keyboard.press('p')
    expect(await where(page)).toEqual({ current: lows[lows.length - 1], visible: true, rowCurrent: lows[lows.length - 1] })
    await page.keyboard.press('p')
    expect((await where(page)).current).toBe(lows[lows.length - 2])

    // A merge near the end re-renders that row and renumbers the rest; undo puts it all back.
    await page.keyboard.press('End')
    for (let k = 0; k < 3; k++) await page.keyboard.press('k')
    await page.keyboard.press('m')
    const merged = {
      source: [...book.pairs[9996].source, ...book.pairs[9997].source],
      target: [...book.pairs[9996].target, ...book.pairs[9997].target],
      score: 1,
      confirmed: true,
    }
    const afterMerge = await pageState(page)
    expect(afterMerge).toEqual({ beads: [...original.slice(0, 9996), merged, ...original.slice(9998)], current: 9996 })
    const mergedRow = await row(page, 9996)
    expect(mergedRow).toMatchObject({ n: '9997', sentences: merged.source.length + merged.target.length })
    expect(mergedRow.classes).toEqual(expect.arrayContaining(['bead', 'confirmed', 'edited', 'current']))
    expect(mergedRow.classes).not.toContain('low')
    expect(await row(page, 9998)).toMatchObject({ n: '9999' })
    expect(await page.locator('#beads .bead').count()).toBe(9999)
    expect(await page.locator('[data-count="edited"] b').textContent()).toBe('1')

    await page.keyboard.press('z')
    expect(await pageState(page)).toEqual({ beads: original, current: 9996 })
    expect(await row(page, 9999)).toMatchObject({ n: '10000' })
    expect(await page.locator('#beads .bead').count()).toBe(10000)
    expect(await page.locator('[data-count="edited"] b').textContent()).toBe('0')

    // Edits across the boundary of two blocks of 100 rows, and their undo.
    await page.locator('#beads .bead').nth(99).locator('.gutter').click()
    await page.keyboard.press('m')
    const across = { source: [...book.pairs[99].source, ...book.pairs[100].source], target: [...book.pairs[99].target, ...book.pairs[100].target], score: 1, confirmed: true }
    expect(await pageState(page)).toEqual({ beads: [...original.slice(0, 99), across, ...original.slice(101)], current: 99 })
    expect(await row(page, 99)).toMatchObject({ n: '100', sentences: across.source.length + across.target.length })
    expect(await row(page, 100)).toMatchObject({ n: '101', sentences: book.pairs[101].source.length + book.pairs[101].target.length })
    await page.keyboard.press('z')
    await page.keyboard.press('j')
    await page.keyboard.press('Shift+K')
    const [up, down] = [book.pairs[99], book.pairs[100]]
    expect((await pageState(page)).beads.slice(99, 101)).toEqual([
      { source: [...up.source, down.source[0]], target: up.target, score: 1, confirmed: true },
      { source: down.source.slice(1), target: down.target, score: 1, confirmed: true },
    ])
    await page.keyboard.press('z')
    expect(await pageState(page)).toEqual({ beads: original, current: 100 })
    expect(await page.locator('#beads .bead').count()).toBe(10000)
    expect(errors).toEqual([])
  }, 120_000)
})
