import { describe, expect, it } from 'vitest'
import { toNfc } from '../../src/text/nfc.js'

/** The code units toNfc returns text of as it is: below U+0300, and the Cyrillic block. */
const PLAIN = Array.from({ length: 0x400 }, (_, k) => String.fromCharCode(k < 0x300 ? k : 0x100 + k))

describe('toNfc', () => {
  it('agrees with String.prototype.normalize on every code unit', () => {
    const wrong: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`
      if (toNfc(text) !== text.normalize('NFC')) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })

  it('leaves every pair of code units below U+0300 or in the Cyrillic block as it is, as NFC does', () => {
    const wrong: string[] = []
    for (const a of PLAIN) {
      for (const b of PLAIN) {
        const pair = a + b
        if (pair.normalize('NFC') !== pair || toNfc(pair) !== pair) wrong.push(pair)
      }
    }
    expect(wrong).toEqual([])
  })

  it('composes what needs composing', () => {
    expect(toNfc('и\u0306од')).toBe('йод')
    expect(toNfc('cafe\u0301')).toBe('café')
    expect(toNfc('е\u0308ж')).toBe('ёж')
  })
})
