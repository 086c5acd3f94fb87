import { describe, expect, it } from 'vitest'
import { letterOrMarkCodes } from '../../src/signals/letters.js'

describe('letterOrMarkCodes', () => {
  it('agrees with [\\p{L}\\p{M}] on every code unit, surrogates excluded', () => {
    const codes = letterOrMarkCodes()
    const wrong: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const surrogate = code >= 0xd800 && code <= 0xdfff
      const expected = !surrogate && /[\p{L}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 0
      if (codes[code] !== expected) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })

  it('is built once', () => {
    expect(letterOrMarkCodes()).toBe(letterOrMarkCodes())
  })
})
