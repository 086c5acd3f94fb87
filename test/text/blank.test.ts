import { describe, expect, it } from 'vitest'
import { collapseBlank, isBlank, isBlankAt, isBlankCode, isWhiteSpaceCode, trimRange } from '../../src/text/blank.js'

/** The definition of blank that the code-unit tests stand for. */
const BLANK = /[\s\uFEFF\u200B-\u200D\u2060\u00AD\u0000-\u001F\u007F-\u009F]/u

/** Every UTF-16 code unit, as a one-unit string. */
const UNITS = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))

describe('blank characters', () => {
  it('isBlankCode and isBlank agree with the definition on every code unit', () => {
    const wrong = UNITS.filter((unit) => isBlankCode(unit.charCodeAt(0)) !== BLANK.test(unit) || isBlank(unit) !== BLANK.test(unit))
    expect(wrong).toEqual([])
  })

  it('isWhiteSpaceCode agrees with \\s on every code unit', () => {
    const wrong = UNITS.filter((unit) => isWhiteSpaceCode(unit.charCodeAt(0)) !== /\s/.test(unit))
    expect(wrong).toEqual([])
  })

  it('isBlankAt is false past either end of the text', () => {
    expect(isBlankAt(' a ', 0)).toBe(true)
    expect(isBlankAt(' a ', 1)).toBe(false)
    expect(isBlankAt(' a ', 3)).toBe(false)
    expect(isBlankAt(' a ', -1)).toBe(false)
  })

  it('trimRange drops blank characters from both ends', () => {
    expect(trimRange('\u00A0 a b\u200B\n', 0, 7)).toEqual({ start: 2, end: 5 })
    expect(trimRange(' \t ', 0, 3)).toEqual({ start: 3, end: 3 })
  })
})

describe('collapseBlank', () => {
  it('leaves display text alone', () => {
    for (const text of ['', 'a', 'a b c', 'Привет, мир.']) expect(collapseBlank(text)).toBe(text)
  })

  it('collapses runs, drops invisible characters and trims', () => {
    expect(collapseBlank(' a  b ')).toBe('a b')
    expect(collapseBlank('a\u00A0b')).toBe('a b')
    expect(collapseBlank('a\u00ADb\u200Bc')).toBe('abc')
    expect(collapseBlank('a\r\n\tb')).toBe('a b')
    expect(collapseBlank(' ')).toBe('')
  })

  it('agrees with the full rewrite on every code unit between two letters', () => {
    const full = (text: string) => text.replace(/[\uFEFF\u200B-\u200D\u2060\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu, '').replace(/\s+/gu, ' ').trim()
    const wrong = UNITS.filter((unit) => collapseBlank(`a${unit}b`) !== full(`a${unit}b`) || collapseBlank(`${unit}a`) !== full(`${unit}a`))
    expect(wrong).toEqual([])
  })
})
