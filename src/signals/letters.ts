/**
 * Letters by UTF-16 code unit, for the hand scanners of the signals: a table
 * lookup in the hot loop instead of a Unicode regex (or a call) per character.
 */

/** The table of {@link letterOrMarkCodes}, once built. */
let table: Uint8Array | undefined

/**
 * For each UTF-16 code unit, 1 when it is a letter or a combining mark
 * (`\p{L}`, `\p{M}`), else 0. Surrogates are 0: a letter outside the Basic
 * Multilingual Plane takes two code units. Built on first use, from the runs
 * of letters and marks one regular expression finds in the whole plane.
 */
export function letterOrMarkCodes(): Uint8Array {
  if (table === undefined) {
    table = new Uint8Array(0x10000)
    // Every code unit once, at its own offset (a lone surrogate decodes to
    // U+FFFD, one unit, which is no letter; the one pair that forms, U+10FC00,
    // is none either).
    const codes = new Uint16Array(0x10000)
    for (let code = 0; code < codes.length; code++) codes[code] = code
    const plane = new TextDecoder('utf-16le').decode(codes)
    const runs = /[\p{L}\p{M}]+/gu
    for (let run = runs.exec(plane); run !== null; run = runs.exec(plane)) table.fill(1, run.index, run.index + run[0].length)
  }
  return table
}
