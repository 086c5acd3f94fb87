/**
 * Empty translations: a pair whose target sentences are blank or hold only
 * punctuation or symbols while the source has something to translate.
 */
import type { Alignment } from '../types.js'
import { isCounterpart, locatePair, sideText } from './content.js'
import type { Finding } from './types.js'

/**
 * `empty-target` findings (severity `error`): pairs with target sentences
 * that have no letter and no digit (blank, `—`, `...`) while the source has
 * some. A pair with no target sentence at all is an omission and is reported
 * as `untranslated` instead.
 *
 * @param alignment The alignment.
 */
export function findEmptyTargets(alignment: Alignment): Finding[] {
  const findings: Finding[] = []
  alignment.pairs.forEach((pair, k) => {
    if (pair.target.length === 0 || !isCounterpart(alignment.source, pair.source)) return
    if (isCounterpart(alignment.target, pair.target)) return
    const blank = sideText(alignment.target, pair.target).trim() === ''
    findings.push({
      kind: 'empty-target',
      severity: 'error',
      message: blank ? 'target is blank' : 'target holds only punctuation',
      ...locatePair(alignment, pair),
      pair: k,
    })
  })
  return findings
}
