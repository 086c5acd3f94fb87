import { describe, expect, it } from 'vitest'
import { alignAsync, alignSegmentsAsync, BitextError } from '../../src/index.js'
import { expectValidAlignment } from '../helpers/invariants.js'

/**
 * A deterministic stand-in for a multilingual sentence-embedding model: each
 * word of a tiny bilingual vocabulary is one dimension, shared by the word and
 * its translation, so a sentence and its translation get similar vectors.
 */
const CONCEPTS: string[][] = [
  ['cat', 'кошка', 'кошку'], ['dog', 'собака', 'собаку'], ['garden', 'саду', 'сад'], ['sleeps', 'спит'],
  ['barks', 'лает'], ['bird', 'птица', 'птицу'], ['sings', 'поет'], ['tree', 'дереве', 'дерево'],
  ['river', 'реке', 'река'], ['fish', 'рыба', 'рыбу'], ['swims', 'плавает'], ['house', 'доме', 'дом'],
]
async function embed(texts: string[]): Promise<number[][]> {
  return texts.map((text) => {
    const vector = new Array(CONCEPTS.length + 1).fill(0)
    vector[CONCEPTS.length] = 0.1
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const k = CONCEPTS.findIndex((forms) => forms.includes(word))
      if (k >= 0) vector[k] += 1
    }
    return vector
  })
}

// Sentences of nearly equal length and no shared names or numbers: only the
// meaning tells which English sentence the Russian version left out.
const EN = ['The cat sleeps in the garden.', 'The dog barks in the house.', 'The bird sings on the tree.', 'The fish swims in the river.']
const RU = ['Кошка спит в саду.', 'Птица поет на дереве.', 'Рыба плавает в реке.']
const bare = { sourceLang: 'en', targetLang: 'ru', builtinLexicon: false, learnLexicon: false } as const

describe('the embedding hook', () => {
  it('lets the caller\'s sentence embeddings decide what length alone cannot', async () => {
    const withModel = await alignSegmentsAsync(EN, RU, { ...bare, embed })
    expectValidAlignment(withModel)
    expect(withModel.pairs.map((p) => [p.source, p.target])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[3], [2]],
    ])
  })

  it('is only a hook: without it the same call gives the synchronous result', async () => {
    const text = await alignAsync(EN.join(' '), RU.join(' '), bare)
    expectValidAlignment(text)
    expect(text.pairs.length).toBeGreaterThan(0)
  })

  it('refuses an embed function that returns the wrong number of vectors', async () => {
    const broken = async (texts: string[]) => texts.slice(1).map(() => [1, 0])
    await expect(alignSegmentsAsync(EN, RU, { ...bare, embed: broken })).rejects.toBeInstanceOf(BitextError)
    await expect(alignSegmentsAsync(EN, RU, { ...bare, embed: broken })).rejects.toThrow(/one vector per text/)
  })
})

describe('progress and abort', () => {
  const en = Array.from({ length: 1500 }, (_, k) => `Sentence number ${k} tells of the river and the ${k % 7} boats.`)
  const ru = Array.from({ length: 1500 }, (_, k) => `Предложение номер ${k} рассказывает о реке и ${k % 7} лодках.`)

  it('reports rising progress that ends at 1, with the same pairs as the synchronous call', async () => {
    const seen: number[] = []
    const alignment = await alignSegmentsAsync(en, ru, { onProgress: (f) => seen.push(f) })
    expect(seen.length).toBeGreaterThan(1)
    expect(seen[seen.length - 1]).toBe(1)
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1])
    const { alignSegments } = await import('../../src/index.js')
    expect(alignment.pairs).toEqual(alignSegments(en, ru).pairs)
  })

  it('stops when the signal aborts, before or during the work', async () => {
    await expect(alignSegmentsAsync(en, ru, { signal: AbortSignal.abort() })).rejects.toThrow(/abort/i)
    const controller = new AbortController()
    const running = alignSegmentsAsync(en, ru, {
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0 && f < 1) controller.abort()
      },
    })
    await expect(running).rejects.toMatchObject({ name: 'AbortError' })
  })
})
