/**
 * Letters by UTF-16 code unit, for the hand scanners of the signals: a table
 * lookup in the hot loop instead of a Unicode regex (or a call) per character.
 */

/** The table of {@link letterOrMarkCodes}, once built. */
let table: Uint8Array | undefined

/**
 * For each UTF-16 code unit, 1 when it is a letter or a combining mark
 * (`\p{L}`, `\p{M}`), else 0. Surrogates are 0: a letter outside the Basic
 * Multilingual Plane takes two code units. Built on first use, in one pass
 * over the plane.
 */
export function letterOrMarkCodes(): Uint8Array {
  if (table === undefined) {
    table = new Uint8Array(0x10000)
    const letterOrMark = /[\p{L}\p{M}]/u
    for (let code = 0; code < 0x10000; code++) {
      const surrogate = code >= 0xd800 && code <= 0xdfff
      if (!surrogate && letterOrMark.test(String.fromCharCode(code))) table[code] = 1
    }
  }
  return table
}
