import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { anchorsOf } from '../../src/api/anchors.js'
import { alignPage, toJson, toReviewHtml } from '../../src/index.js'
import type { Alignment } from '../../src/types.js'
import { bundledReviewPage, downloads, openPage, pageState, runBrowser, useBrowser } from './browser.js'
import { ExpectedEditor, type SideName } from './expected.js'
import { alignmentOfLengths } from './synthetic.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LOW = 0.9
const seed = alignPage(readFileSync(`${ROOT}fixtures/solidnet-cpk-ban-2015-en-ru.txt`, 'utf8'))

/** What the page shows: each row's number, sentences and classes, the current row, focus, selection and status. */
function shown(page: Page) {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>('#beads .bead'))
    const sentences = (row: Element, side: string): number[] =>
      Array.from(row.querySelectorAll<HTMLElement>(`[data-side="${side}"] [data-sentence]`)).map((s) => Number(s.dataset.sentence))
    const current = rows.findIndex((row) => row.classList.contains('current'))
    const count = (name: string): number => Number(document.querySelector(`[data-count="${name}"] b`)?.textContent)
    return {
      rows: rows.map((row) => ({
        n: row.querySelector('.n')?.textContent,
        source: sentences(row, 'source'),
        target: sentences(row, 'target'),
        confirmed: row.classList.contains('confirmed') && row.querySelector('.check') !== null,
        edited: row.classList.contains('edited'),
        low: row.classList.contains('low'),
      })),
      current,
      marked: document.querySelectorAll('#beads .current, #beads [aria-current]').length,
      ariaCurrent: rows.findIndex((row) => row.getAttribute('aria-current') === 'true'),
      focus: rows[current]?.dataset.focus,
      selected: Array.from(document.querySelectorAll<HTMLElement>('#beads .selected')).map((s) => Number(s.dataset.sentence)),
      counts: { beads: count('beads'), low: count('low'), confirmed: count('confirmed'), edited: count('edited') },
      where: document.querySelector('.where')?.textContent,
      message: document.querySelector('.message')?.textContent ?? '',
    }
  })
}

/** Check the page against the expected editor, data and DOM. */
async function expectPage(page: Page, model: ExpectedEditor, step: string): Promise<string> {
  const state = await pageState(page)
  expect(state, step).toEqual({ beads: model.saved(), current: model.current })
  const dom = await shown(page)
  expect(dom.rows, step).toEqual(
    model.beads.map((bead, k) => ({
      n: String(k + 1),
      source: bead.source,
      target: bead.target,
      confirmed: Boolean(bead.confirmed),
      edited: Boolean(bead.edited),
      low: bead.score < LOW,
    })),
  )
  const selected = model.selectedSentence()
  expect({ current: dom.current, marked: dom.marked, ariaCurrent: dom.ariaCurrent, focus: dom.focus, selected: dom.selected }, step).toEqual({
    current: model.current,
    marked: 1,
    ariaCurrent: model.current,
    focus: model.side,
    selected: selected === null ? [] : [selected],
  })
  expect(dom.counts, step).toEqual({
    beads: model.beads.length,
    low: model.lows().length,
    confirmed: model.beads.filter((bead) => bead.confirmed).length,
    edited: model.beads.filter((bead) => bead.edited).length,
  })
  expect(dom.where, step).toBe(`bead ${model.current + 1} of ${model.beads.length}`)
  return dom.message
}

/** Press keys one by one, doing the same to the model, and check the page after each. */
async function keys(page: Page, model: ExpectedEditor, steps: Array<[key: string, act: (model: ExpectedEditor) => void]>): Promise<string> {
  let message = ''
  for (const [key, act] of steps) {
    await page.keyboard.press(key)
    act(model)
    message = await expectPage(page, model, `after ${key}`)
  }
  return message
}

const next = (m: ExpectedEditor): void => m.go(m.current + 1)
const previous = (m: ExpectedEditor): void => m.go(m.current - 1)
const focus = (side: SideName) => (m: ExpectedEditor) => m.focus(side)
const nothing = (): void => {}

/** The alignment file the page should save for the model's beads. */
function expectedAlignment(alignment: Alignment, model: ExpectedEditor): unknown {
  return { ...JSON.parse(JSON.stringify(toJson(alignment))), pairs: model.saved() }
}

/** Check a saved alignment file: the expected content, keys in order, and every sentence in exactly one bead, in order. */
function checkSavedAlignment(saved: unknown, alignment: Alignment, model: ExpectedEditor): void {
  expect(saved).toEqual(expectedAlignment(alignment, model))
  const file = saved as { pairs: Array<Record<string, unknown>> }
  expect(Object.keys(saved as object)).toEqual(['source', 'target', 'pairs', 'noise'])
  for (const pair of file.pairs) {
    expect(Object.keys(pair)).toEqual(['source', 'target', 'score', ...(pair.stale ? ['stale'] : []), ...(pair.confirmed ? ['confirmed'] : [])])
    expect((pair.source as number[]).length + (pair.target as number[]).length).toBeGreaterThan(0)
  }
  const pairs = file.pairs as unknown as Array<{ source: number[]; target: number[] }>
  expect(pairs.flatMap((pair) => pair.source)).toEqual(alignment.source.sentences.map((_, i) => i))
  expect(pairs.flatMap((pair) => pair.target)).toEqual(alignment.target.sentences.map((_, i) => i))
}

/** Check a saved anchors file: exactly the confirmed beads, in order, with the sentence counts. */
function checkSavedAnchors(saved: unknown, alignment: Alignment, model: ExpectedEditor): void {
  const confirmed = model.beads.filter((bead) => bead.confirmed).map((bead) => ({ source: bead.source, target: bead.target }))
  expect(saved).toEqual({
    format: 'bitext-align-anchors',
    version: 1,
    sourceSentences: alignment.source.sentences.length,
    targetSentences: alignment.target.sentences.length,
    anchors: confirmed,
  })
  expect(saved).toEqual(anchorsOf({ source: alignment.source, target: alignment.target, pairs: model.saved() }))
}

describe.runIf(runBrowser)('the review page in chromium, on the seed document', () => {
  const browser = useBrowser()

  it('does every action by keyboard and by mouse, then saves what it shows', async () => {
    const { page, errors } = await openPage(browser(), toReviewHtml(seed, { lowScore: LOW }))
    const model = new ExpectedEditor(seed, LOW)
    expect(model.lows()).toEqual([1, 2, 13, 14])
    await expectPage(page, model, 'at load')

    // Moving around.
    await keys(page, model, [
      ['j', next],
      ['ArrowDown', next],
      ['k', previous],
      ['ArrowUp', previous],
      ['ArrowUp', previous],
      ['End', (m) => m.go(m.beads.length - 1)],
      ['j', next],
      ['Home', (m) => m.go(0)],
      ['n', (m) => m.nextLow()],
      ['n', (m) => m.nextLow()],
      ['n', (m) => m.nextLow()],
      ['n', (m) => m.nextLow()],
      ['n', (m) => m.nextLow()],
      ['p', (m) => m.previousLow()],
      ['p', (m) => m.previousLow()],
    ])
    expect(model.current).toBe(13)

    // Sides and sentences, then a split before the selected source sentence.
    await keys(page, model, [
      ['l', focus('target')],
      ['ArrowLeft', focus('source')],
      ['ArrowRight', focus('target')],
      ['h', focus('source')],
      [']', (m) => m.nextSentence()],
      [']', (m) => m.nextSentence()],
      [']', (m) => m.nextSentence()],
      ['[', (m) => m.previousSentence()],
      [']', (m) => m.nextSentence()],
    ])
    expect(model.selectedSentence()).toBe(17)
    expect(await keys(page, model, [['s', (m) => m.split()]])).toBe('split 14 into 14 and 15')
    expect(model.saved().slice(13, 15)).toEqual([
      { source: [16], target: [], score: 1, confirmed: true },
      { source: [17], target: [13], score: 1, confirmed: true },
    ])

    // Confirming, by Enter and c.
    expect(
      await keys(page, model, [
        ['j', next],
        ['j', next],
        ['Enter', (m) => m.toggleConfirmed()],
      ]),
    ).toBe('confirmed 16')
    await keys(page, model, [
      ['c', (m) => m.toggleConfirmed()],
      ['c', (m) => m.toggleConfirmed()],
    ])

    // Merging twice, then splitting on the target side: the source is cut where its share of characters is closest.
    await keys(page, model, [['Home', (m) => m.go(0)], ...Array.from({ length: 5 }, (): [string, typeof next] => ['j', next])])
    expect(await keys(page, model, [['m', (m) => m.merge()]])).toBe('merged 6 and 7')
    await keys(page, model, [['m', (m) => m.merge()]])
    expect(model.saved()[5]).toEqual({ source: [7, 8, 9], target: [5, 6, 7], score: 1, confirmed: true })
    await keys(page, model, [
      ['l', focus('target')],
      [']', (m) => m.nextSentence()],
      [']', (m) => m.nextSentence()],
      [']', (m) => m.nextSentence()],
      ['s', (m) => m.split()],
    ])
    expect(model.saved().slice(5, 7)).toEqual([
      { source: [7, 8], target: [5, 6], score: 1, confirmed: true },
      { source: [9], target: [7], score: 1, confirmed: true },
    ])

    // Moving sentences between beads, until the current bead is empty and goes.
    await keys(page, model, [
      ['Shift+K', (m) => m.moveUp()],
      ['Shift+ArrowDown', (m) => m.moveDown()],
    ])
    expect(await keys(page, model, [['Shift+J', nothing]])).toBe('the target side of bead 6 is empty: nothing to move')
    expect(model.saved().slice(4, 7)).toEqual([
      { source: [5, 6], target: [4, 5], score: 1, confirmed: true },
      { source: [7, 8], target: [], score: 1, confirmed: true },
      { source: [9], target: [6, 7], score: 1, confirmed: true },
    ])
    const beadsBefore = model.beads.length
    expect(
      await keys(page, model, [
        ['h', focus('source')],
        ['Shift+ArrowUp', (m) => m.moveUp()],
        ['Shift+K', (m) => m.moveUp()],
      ]),
    ).toMatch(/^moved source sentence 9 up into bead 5; bead 6 was empty and is gone$/)
    expect(model.beads.length).toBe(beadsBefore - 1)
    expect(model.current).toBe(4)

    // Undo and redo, by both keys.
    await keys(page, model, [
      ['z', (m) => m.undo()],
      ['Control+z', (m) => m.undo()],
      ['Shift+Z', (m) => m.redo()],
      ['Control+y', (m) => m.redo()],
      ['z', (m) => m.undo()],
    ])

    // Actions that cannot be done leave everything as it is and say why.
    expect(await keys(page, model, [['Home', (m) => m.go(0)], ['s', nothing]])).toBe('bead 1 has one sentence a side at most: nothing to split')
    expect(await keys(page, model, [['Shift+K', nothing]])).toBe('no previous bead to move into')
    expect(await keys(page, model, [['End', (m) => m.go(m.beads.length - 1)], ['Shift+J', nothing]])).toBe('no next bead to move into')
    expect(await keys(page, model, [['m', nothing]])).toBe('no next bead to merge with')

    // The last source-only bead moves down into the last one and goes.
    await keys(page, model, [
      ['k', previous],
      ['Shift+J', (m) => m.moveDown()],
    ])
    expect(model.saved().at(-1)).toEqual({ source: [33, 34], target: [], score: 1, confirmed: true })

    // Mouse: rows, sentences, cells and the toolbar.
    const click = async (selector: string, act: (m: ExpectedEditor) => void): Promise<string> => {
      await page.locator(selector).first().click()
      act(model)
      return expectPage(page, model, `after clicking ${selector}`)
    }
    const clickRow = async (k: number, part: string, act: (m: ExpectedEditor) => void): Promise<string> => {
      await page.locator('#beads .bead').nth(k).locator(part).first().click()
      act(model)
      return expectPage(page, model, `after clicking ${part} of row ${k + 1}`)
    }
    await clickRow(3, '.gutter', (m) => m.go(3))
    await click('#beads [data-side="target"] [data-sentence="2"]', (m) => m.clickSentence('target', 2))
    await click('#beads [data-side="source"] [data-sentence="3"]', (m) => m.clickSentence('source', 3))
    expect(await click('[data-action="split"]', (m) => m.split())).toBe('split 3 into 3 and 4')
    await clickRow(2, '.gutter', (m) => m.go(2))
    expect(await click('[data-action="merge"]', (m) => m.merge())).toBe('merged 3 and 4')
    expect(await click('[data-action="confirm"]', (m) => m.toggleConfirmed())).toBe('unconfirmed 3')
    expect(await click('[data-action="undo"]', (m) => m.undo())).toBe('undid: unconfirmed 3')
    expect(await click('[data-action="redo"]', (m) => m.redo())).toBe('redid: unconfirmed 3')
    await click('#beads [data-side="target"] [data-sentence="9"]', (m) => m.clickSentence('target', 9))
    await click('[data-action="move-up"]', (m) => m.moveUp())
    await click('[data-action="move-down"]', (m) => m.moveDown())
    const missing = model.beads.findIndex((bead) => bead.target.length === 0)
    await clickRow(missing, '.missing', (m) => m.clickCell(missing, 'target'))
    await click('[data-action="next-low"]', (m) => m.nextLow())
    await click('[data-action="previous-low"]', (m) => m.previousLow())
    await click('[data-action="next-low"]', (m) => m.nextLow())

    // The whole history undoes, one step at a time, and redoes.
    const undos = model.undoable
    expect(undos).toBe(15)
    for (let k = 0; k < undos; k++) await page.keyboard.press('z')
    for (let k = 0; k < undos; k++) model.undo()
    await expectPage(page, model, 'after undoing everything')
    expect(await keys(page, model, [['z', nothing]])).toBe('nothing to undo')
    expect(model.saved()).toEqual(new ExpectedEditor(seed, LOW).saved())
    for (let k = 0; k < undos; k++) await page.keyboard.press('Shift+Z')
    for (let k = 0; k < undos; k++) model.redo()
    await expectPage(page, model, 'after redoing everything')
    expect(await keys(page, model, [['Shift+Z', nothing]])).toBe('nothing to redo')

    // Help shows and hides, and changes nothing.
    const helpShown = (): Promise<boolean> => page.locator('#help').isVisible()
    await page.keyboard.press('?')
    expect(await helpShown()).toBe(true)
    expect(await page.locator('#help kbd', { hasText: 'Shift+J' }).count()).toBe(1)
    await page.keyboard.press('?')
    expect(await helpShown()).toBe(false)
    await page.keyboard.press('?')
    await page.keyboard.press('Escape')
    expect(await helpShown()).toBe(false)
    await page.click('[data-action="help"]')
    expect(await helpShown()).toBe(true)
    await page.click('[data-action="close-help"]')
    expect(await helpShown()).toBe(false)
    await expectPage(page, model, 'after help')

    // What beads() gives is a copy.
    expect(
      await page.evaluate(() => {
        const review = (window as unknown as { bitextReview: { beads(): Array<{ source: number[] }> } }).bitextReview
        const copy = review.beads()
        copy[0].source.push(999)
        copy.pop()
        return review.beads()[0].source.includes(999)
      }),
    ).toBe(false)
    await expectPage(page, model, 'after changing a copy')

    // Saving: both files by Ctrl+S and by w, one each by the buttons.
    for (const key of ['Control+s', 'w']) {
      const files = await downloads(page, 2, () => page.keyboard.press(key))
      expect([...files.keys()].sort()).toEqual(['alignment.json', 'anchors.json'])
      checkSavedAlignment(files.get('alignment.json'), seed, model)
      checkSavedAnchors(files.get('anchors.json'), seed, model)
    }
    for (const [action, name] of [
      ['save-alignment', 'alignment.json'],
      ['save-anchors', 'anchors.json'],
    ]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)])
      expect(download.suggestedFilename()).toBe(name)
      const saved = JSON.parse(readFileSync(await download.path(), 'utf8'))
      if (name === 'alignment.json') checkSavedAlignment(saved, seed, model)
      else checkSavedAnchors(saved, seed, model)
    }
    expect(model.beads.filter((bead) => bead.confirmed).length).toBeGreaterThan(5)
    expect(errors).toEqual([])
  }, 120_000)

  it('splits by the rules: before the second sentence, on the other side when needed, other side cut by share, ties to the smaller cut; keeps stale', async () => {
    const small = alignmentOfLengths(
      [
        [[10, 10], [7]],
        [[5], [3, 3, 6]],
        [[4, 4, 4, 4], [2, 2, 2, 2, 2, 2]],
        [[5], [5]],
        [[6], [6]],
        [[6], []],
      ],
      [4],
    )
    const { page, errors } = await openPage(browser(), toReviewHtml(small))
    const model = new ExpectedEditor(small, 0.5)
    const split = (m: ExpectedEditor): void => m.split()
    // Share 1/2 on the source; the target's cuts 0 and 1 are as close: the smaller wins.
    expect(await keys(page, model, [['s', split]])).toBe('split 1 into 1 and 2')
    expect(model.saved().slice(0, 2)).toEqual([
      { source: [0], target: [], score: 1, confirmed: true },
      { source: [1], target: [0], score: 1, confirmed: true },
    ])
    // The focused source has one sentence: the target is split before its second, the source cut by share 1/4.
    await keys(page, model, [['j', next], ['j', next], ['s', split]])
    expect(model.saved().slice(2, 4)).toEqual([
      { source: [], target: [1], score: 1, confirmed: true },
      { source: [2], target: [2, 3], score: 1, confirmed: true },
    ])
    // Before the selected third sentence: share 1/2, the target cut after its third of six.
    await keys(page, model, [['j', next], ['j', next], [']', (m) => m.nextSentence()], [']', (m) => m.nextSentence()], [']', (m) => m.nextSentence()], ['s', split]])
    expect(model.saved().slice(4, 6)).toEqual([
      { source: [3, 4], target: [4, 5, 6], score: 1, confirmed: true },
      { source: [5, 6], target: [7, 8, 9], score: 1, confirmed: true },
    ])
    // One sentence a side: nothing; a merge with a stale bead stays stale.
    expect(await keys(page, model, [['j', next], ['j', next], ['s', nothing]])).toContain('nothing to split')
    await page.keyboard.press('j')
    await page.keyboard.press('m')
    const { beads } = await pageState(page)
    expect(beads[7]).toEqual({ source: [8, 9], target: [11], score: 1, stale: true, confirmed: true })
    expect(Object.keys(beads[7])).toEqual(['source', 'target', 'score', 'stale', 'confirmed'])
    // On a Cyrillic layout the J key gives о: it still means the next bead; ф (the A key) means nothing.
    const press = (key: string, code: string, shiftKey = false): Promise<boolean> =>
      page.evaluate(([key, code, shiftKey]) => !document.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, cancelable: true })), [key, code, shiftKey] as const)
    await page.keyboard.press('Home')
    expect(await press('о', 'KeyJ')).toBe(true)
    expect((await pageState(page)).current).toBe(1)
    expect(await press('ф', 'KeyA')).toBe(false)
    expect((await pageState(page)).current).toBe(1)
    expect(errors).toEqual([])
    await page.context().close()
  }, 60_000)

  it('runs as the library bundle gives it, with or without keepNames', async () => {
    for (const keepNames of [false, true]) {
      const bundled = await bundledReviewPage(keepNames)
      const { page, errors } = await openPage(browser(), bundled.toReviewHtml(seed, { lowScore: LOW }))
      const model = new ExpectedEditor(seed, LOW)
      await keys(page, model, [
        ['n', (m) => m.nextLow()],
        ['m', (m) => m.merge()],
        ['c', (m) => m.toggleConfirmed()],
        ['z', (m) => m.undo()],
      ])
      expect(errors).toEqual([])
      await page.context().close()
    }
  }, 60_000)
})
