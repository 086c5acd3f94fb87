/**
 * What counts as blank: Unicode whitespace (including CR, NBSP and the line and
 * paragraph separators), the byte-order mark, zero-width characters and control
 * characters. Blank characters separate units; they never belong to one's edges
 * and never need a home in the output.
 */
const BLANK = /[\s\uFEFF\u200B-\u200D\u2060\u00AD\u0000-\u001F\u007F-\u009F]/u

/** Characters that show nothing and are dropped from display text. */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu

/**
 * Whether the character at `index` of `text` is blank.
 *
 * @param text Any string.
 * @param index A UTF-16 offset into it.
 */
export function isBlankAt(text: string, index: number): boolean {
  return isBlankCode(text.charCodeAt(index))
}

/**
 * Whether a UTF-16 code unit is blank: the same answer as {@link isBlank}
 * without making a string of it. Lone surrogates and `NaN` (the code of an
 * offset past the end) are not blank.
 *
 * @param code A UTF-16 code unit.
 */
export function isBlankCode(code: number): boolean {
  if (code <= 0x20) return true // C0 controls and the space
  if (code < 0x7f) return false
  if (code <= 0xa0) return true // DEL, C1 controls and the no-break space
  return (
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Whether a UTF-16 code unit is white space as JavaScript's `\s` and
 * `String.prototype.trim` define it.
 *
 * @param code A UTF-16 code unit.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Whether a single character is blank.
 *
 * @param char One UTF-16 code unit.
 */
export function isBlank(char: string): boolean {
  return BLANK.test(char)
}

/**
 * Collapse every run of whitespace to one space, drop invisible characters
 * (zero-width, soft hyphen, BOM, controls) and trim both ends: the display
 * form of a unit whose offsets still point at the original text.
 *
 * @param text Any string.
 */
export function collapseBlank(text: string): string {
  // Most sentences are already in display form: check once instead of rewriting twice.
  if (!NEEDS_COLLAPSING.test(text)) return text
  return text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim()
}

/** Anything {@link collapseBlank} would change: blank or invisible characters other than single inner spaces. */
const NEEDS_COLLAPSING = /[\t-\r\u0000-\u0008\u000E-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]|  |^ | $/u

/**
 * Shrink a range so that it neither starts nor ends with a blank character.
 * An all-blank range comes back empty (`start === end`).
 *
 * @param text The original text.
 * @param start First offset of the range.
 * @param end Offset one past the range.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isBlankAt(text, start)) start++
  while (end > start && isBlankAt(text, end - 1)) end--
  return { start, end }
}
