import type { Alignment, Pair, Side } from '../types.js'

/**
 * Helpers shared by the XML outputs (TMX, XLIFF): escaping text for element
 * content and attribute values, and dropping characters XML 1.0 cannot hold.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/**
 * Characters that XML 1.0 does not allow, matched per UTF-16 code unit:
 * C0 controls other than tab, line feed and carriage return, the
 * non-characters U+FFFE and U+FFFF, and surrogates that are not part of a
 * valid pair.
 */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Escape text for XML element content or a quoted attribute value: the five
 * predefined entities (`&`, `<`, `>`, `"`, `'`).
 *
 * @param text Any text.
 * @returns The text with those five characters replaced by entity references.
 *
 * @example
 * escapeXml('Tom & "Jerry" <3') // => 'Tom &amp; &quot;Jerry&quot; &lt;3'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/**
 * Remove the characters an XML 1.0 document cannot contain, even escaped:
 * C0 control characters except tab, LF and CR; U+FFFE and U+FFFF; lone
 * (unpaired) surrogates. Everything else, including astral characters
 * written as valid surrogate pairs, is kept.
 *
 * @param text Any text.
 * @returns The text without the disallowed characters.
 *
 * @example
 * stripInvalidXmlChars('a\u0001b\uD800c') // => 'abc'
 */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '')
}

/**
 * Text made safe for XML: invalid characters removed, then escaped.
 *
 * @param text Any text.
 */
export function xmlText(text: string): string {
  return escapeXml(stripInvalidXmlChars(text))
}

/**
 * The two texts of a pair as the XML outputs write them: each side's
 * sentences joined with one space, invalid XML characters removed and
 * whitespace runs collapsed (not yet escaped). An empty string means the side
 * has no text, whether the pair has no sentence there or only removed
 * characters.
 *
 * @param alignment The alignment the pair belongs to.
 * @param pair One of its pairs.
 * @returns `[source, target]`.
 */
export function pairTexts(alignment: Alignment, pair: Pair): [source: string, target: string] {
  return [sideText(alignment.source, pair.source), sideText(alignment.target, pair.target)]
}

/** Sentences of one side joined with a space, cleaned for XML. */
function sideText(side: Side, indices: readonly number[]): string {
  const joined = indices.map((i) => side.sentences[i].text).join(' ')
  return stripInvalidXmlChars(joined).replace(/\s+/g, ' ').trim()
}

/**
 * A score as the XML outputs write it: at most four decimals, no trailing zeros.
 *
 * @param score A confidence in [0, 1].
 */
export function formatScore(score: number): string {
  return String(Math.round(score * 10000) / 10000)
}
