import { describe, expect, it } from 'vitest'
import { splitLines } from '../../src/text/paragraphs.js'

/** The lines as [lineStart, lineEnd, start, end]. */
const lines = (text: string, range?: { start: number; end: number }) =>
  splitLines(text, range).map((line) => [line.lineStart, line.lineEnd, line.start, line.end])

describe('splitLines', () => {
  it('ends lines at \\n, \\r\\n and a lone \\r, and trims each', () => {
    expect(lines('a\nb\r\nc\rd')).toEqual([
      [0, 1, 0, 1],
      [2, 3, 2, 3],
      [5, 6, 5, 6],
      [7, 8, 7, 8],
    ])
    expect(lines(' a \n\n')).toEqual([
      [0, 3, 1, 2],
      [4, 4, 4, 4],
      [5, 5, 5, 5],
    ])
  })

  it('gives one empty line for an empty text', () => {
    expect(lines('')).toEqual([[0, 0, 0, 0]])
  })

  it('keeps to the range: a \\r\\n cut by its end is two breaks', () => {
    expect(lines('a\r\nb', { start: 0, end: 2 })).toEqual([
      [0, 1, 0, 1],
      [2, 2, 2, 2],
    ])
    expect(lines('x\na\nb\ny', { start: 2, end: 5 })).toEqual([
      [2, 3, 2, 3],
      [4, 5, 4, 5],
    ])
  })

  it('gives no line for a range that ends before it starts', () => {
    expect(lines('abc', { start: 2, end: 1 })).toEqual([])
  })
})
