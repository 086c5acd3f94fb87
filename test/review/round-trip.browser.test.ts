import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { alignPage, toReviewHtml, type AlignmentJson, type AnchorsFile, type Pair, type SentenceAnchor } from '../../src/index.js'
import { expectValidAlignment } from '../helpers/invariants.js'
import { downloads, openPage, pageState, runBrowser, useBrowser } from './browser.js'

const page = readFileSync(fileURLToPath(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url)), 'utf8')
const key = (pair: { source: number[]; target: number[] }) => `${pair.source.join(',')}|${pair.target.join(',')}`

describe.runIf(runBrowser)('the review round trip: align, correct in the page, save anchors, align again', () => {
  const browser = useBrowser()

  it('the three corrections stand and the rest of the alignment is unchanged', async () => {
    const first = alignPage(page)
    const { page: tab, errors } = await openPage(browser(), toReviewHtml(first, { lowScore: 0.9 }))
    const go = async (bead: number) => {
      await tab.keyboard.press('Home')
      for (let k = 0; k < bead; k++) await tab.keyboard.press('j')
    }
    // 1. A bead of two source sentences and one target split in two.
    const twoOne = first.pairs.findIndex((pair) => pair.source.length === 2 && pair.target.length === 1)
    expect(twoOne).toBeGreaterThan(0)
    await go(twoOne)
    await tab.keyboard.press('s')
    // 2. Two one-to-one beads further on merged.
    const merge = twoOne + 4
    await go(merge)
    await tab.keyboard.press('m')
    // 3. The last source sentence of a later bead moved down into the next.
    const move = merge + 3
    await go(move)
    await tab.keyboard.press('h')
    await tab.keyboard.press('Shift+J')
    const edited = (await pageState(tab)).beads.filter((bead) => bead.confirmed)
    expect(edited.length).toBeGreaterThanOrEqual(3)
    const files = await downloads(tab, 2, () => tab.keyboard.press('Control+s'))
    expect(errors).toEqual([])
    const anchors = files.get('anchors.json') as Omit<AnchorsFile, 'anchors'> & { anchors: SentenceAnchor[] }
    expect(anchors.anchors.map(key)).toEqual(edited.map(key))

    const again = alignPage(page, { anchors })
    expectValidAlignment(again)
    const made = new Set(again.pairs.map(key))
    // The corrections stand, exactly, and are marked confirmed.
    for (const anchor of anchors.anchors) {
      expect(made.has(key(anchor))).toBe(true)
      expect(again.pairs.find((pair) => key(pair) === key(anchor))?.confirmed).toBe(true)
    }
    // Every pair of the first alignment that shares no sentence with a correction is still there.
    const touched = new Set(anchors.anchors.flatMap((anchor) => anchor.source.map((i) => `s${i}`).concat(anchor.target.map((j) => `t${j}`))))
    const shares = (pair: Pair) => pair.source.some((i) => touched.has(`s${i}`)) || pair.target.some((j) => touched.has(`t${j}`))
    const untouched = first.pairs.filter((pair) => !shares(pair))
    expect(untouched.length).toBeGreaterThan(first.pairs.length - 10)
    expect(untouched.filter((pair) => !made.has(key(pair)))).toEqual([])
    // The saved alignment works as anchors too, and gives the same result.
    const fromSaved = alignPage(page, { anchors: files.get('alignment.json') as AlignmentJson })
    expect(fromSaved.pairs).toEqual(again.pairs)
    // The result marks the corrections, and only them, as confirmed.
    expect(again.pairs.filter((pair) => pair.confirmed).map(key)).toEqual(edited.map(key))
  }, 60_000)
})

