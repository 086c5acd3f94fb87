import { describe, expect, it } from 'vitest'
import { classifyAt, type Next } from '../../src/text/sentences.js'

/** The definition classifyAt stands for: the Unicode category of the code point. */
function reference(char: string): Next {
  if (/^\p{Ll}$/u.test(char)) return 'lower'
  if (/^[\p{Lu}\p{Lt}]$/u.test(char) || /^[\p{L}\p{M}]$/u.test(char)) return 'upper'
  if (/^\p{Nd}$/u.test(char)) return 'digit'
  return 'other'
}

describe('classifyAt', () => {
  it('agrees with the Unicode categories on every code unit', () => {
    const wrong: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      if (classifyAt(`${char}x`, 0) !== reference(char)) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })

  it('reads a surrogate pair as one code point', () => {
    expect(classifyAt('a𝐀', 1)).toBe('upper') // MATHEMATICAL BOLD CAPITAL A
    expect(classifyAt('a𝐚', 1)).toBe('lower')
    expect(classifyAt('a𝟏', 1)).toBe('digit')
    expect(classifyAt('a😀', 1)).toBe('other')
  })
})
