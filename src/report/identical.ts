/**
 * Copied segments: a target that is the source text unchanged, the mark of a
 * segment left untranslated by a translation tool's "copy source" action.
 */
import { baseLanguage, scriptOf } from '../language/detect.js'
import { collapseBlank } from '../text/blank.js'
import type { Alignment, Pair } from '../types.js'
import { thirdLanguage } from '../language/third-language.js'
import { languageName, locatePair, quote, sideText } from './content.js'
import { foreignScriptShare } from './script-share.js'
import type { Finding } from './types.js'

/**
 * A text as the identity check compares it: Unicode NFC, invisible
 * characters dropped, runs of whitespace as one space, trimmed.
 *
 * @param text Any text.
 */
export function normaliseForComparison(text: string): string {
  return collapseBlank(text.normalize('NFC'))
}

/**
 * Whether a pair's target is its source text unchanged (after whitespace
 * normalisation) and has at least one letter: numbers and punctuation alone
 * (`2015`, `—`) are the same in every language and do not count.
 *
 * @param alignment The alignment.
 * @param pair A pair of it.
 */
export function isIdenticalPair(alignment: Alignment, pair: Pair): boolean {
  if (pair.source.length === 0 || pair.target.length === 0) return false
  const source = normaliseForComparison(sideText(alignment.source, pair.source))
  return /\p{L}/u.test(source) && source === normaliseForComparison(sideText(alignment.target, pair.target))
}

/**
 * `identical` findings: pairs whose target is the source text unchanged.
 * Severity `error` when the copied text is running text in the source's
 * script (an untranslated sentence: see `foreignScriptShare`), `warning`
 * otherwise (names, product codes and titles are often kept as they are). A
 * copied passage in a third language (French kept on both sides of an
 * English-Russian novel) is a `third-language` finding of severity `info`.
 *
 * @param alignment The alignment.
 */
export function findIdentical(alignment: Alignment): Finding[] {
  const findings: Finding[] = []
  const sourceScript = scriptOf(alignment.source.lang)
  const targetScript = scriptOf(alignment.target.lang)
  alignment.pairs.forEach((pair, k) => {
    if (!isIdenticalPair(alignment, pair)) return
    const text = sideText(alignment.target, pair.target)
    const running =
      (sourceScript === 'latin' || sourceScript === 'cyrillic') &&
      sourceScript !== targetScript &&
      foreignScriptShare(text, sourceScript) !== undefined
    // A passage in a third language that both sides keep (French in a Russian novel and in its English translation).
    const third = running && sourceScript === 'latin' ? thirdLanguage(text, baseLanguage(alignment.source.lang)) : undefined
    if (third !== undefined) {
      findings.push({
        kind: 'third-language',
        severity: 'info',
        message: `both sides keep a passage in ${languageName(third)}, a third language: "${quote(text, 50)}"`,
        ...locatePair(alignment, pair),
        pair: k,
        language: third,
      })
      return
    }
    findings.push({
      kind: 'identical',
      severity: running ? 'error' : 'warning',
      message: `target is identical to the source: "${quote(text, 50)}"`,
      ...locatePair(alignment, pair),
      pair: k,
    })
  })
  return findings
}
