/**
 * Text in the wrong language: a target sentence written in the source
 * language (English left in the Russian version) or a source sentence in the
 * target language, told by script (Latin versus Cyrillic letters).
 */
import { baseLanguage, scriptOf } from '../language/detect.js'
import { thirdLanguage } from '../language/third-language.js'
import type { Alignment } from '../types.js'
import { languageName, locate } from './content.js'
import { isIdenticalPair } from './identical.js'
import { foreignScriptShare } from './script-share.js'
import type { Finding } from './types.js'

/** Findings for the sentences of one side written in the other side's script. */
function sideFindings(alignment: Alignment, which: 'source' | 'target'): Finding[] {
  const side = alignment[which]
  const other = which === 'source' ? alignment.target : alignment.source
  const expected = scriptOf(side.lang)
  const foreign = scriptOf(other.lang)
  if (foreign !== 'latin' && foreign !== 'cyrillic') return []
  if (expected === foreign) return []
  const pairOf: number[] = side.sentences.map(() => -1)
  const copied = new Set<number>()
  alignment.pairs.forEach((pair, k) => {
    for (const i of pair[which]) pairOf[i] = k
    if (isIdenticalPair(alignment, pair)) copied.add(k)
  })
  const shares = side.sentences.map((s, i) => (copied.has(pairOf[i]) ? undefined : foreignScriptShare(s.text, foreign)))
  const findings: Finding[] = []
  for (let i = 0; i < shares.length; i++) {
    if (shares[i] === undefined) continue
    let j = i
    while (j + 1 < shares.length && shares[j + 1] !== undefined) j++
    const sentences = Array.from({ length: j - i + 1 }, (_, k) => i + k)
    const pairs = [...new Set(sentences.map((s) => pairOf[s]))]
    const least = Math.min(...sentences.map((s) => shares[s]!))
    const range = sentences.length === 1 ? `sentence ${i}` : `sentences ${i}–${j}`
    const location = locate(side, sentences)
    // A Latin passage in a third language (French in a Russian novel) is neither side's text left untranslated.
    const third = foreign === 'latin' ? thirdLanguage(location.text, baseLanguage(other.lang)) : undefined
    if (third !== undefined) {
      findings.push({
        kind: 'third-language',
        severity: 'info',
        message: `${which} ${range} ${sentences.length === 1 ? 'is' : 'are'} in ${languageName(third)}, a third language`,
        [which]: location,
        language: third,
        ...(pairs.length === 1 ? { pair: pairs[0] } : { pairs }),
      })
      i = j
      continue
    }
    findings.push({
      kind: 'wrong-language',
      severity: 'error',
      message:
        `${which} ${range} ${sentences.length === 1 ? 'is' : 'are'} written in ${languageName(other.lang)}, ` +
        `not ${languageName(side.lang)} (${sentences.length === 1 ? '' : 'each at least '}` +
        `${Math.round(least * 100)}% ${foreign === 'latin' ? 'Latin' : 'Cyrillic'} letters)`,
      [which]: location,
      ...(pairs.length === 1 ? { pair: pairs[0] } : { pairs }),
    })
    i = j
  }
  return findings
}


/**
 * `wrong-language` findings (severity `error`): runs of consecutive target
 * sentences written in the source's script, and source sentences written in
 * the target's script. A sentence counts only with at least 20 letters of
 * ordinary words in that script, making at least 80% of its Latin and
 * Cyrillic letters, and at least two lower-case words in it, so names,
 * acronyms, URLs, codes and numbers never trigger it (see `script-share.ts`).
 * Works when the two languages use different scripts (English and Russian);
 * a pair whose target copies the source is reported as `identical` instead.
 * A Latin-script run in a language that is not the other side's (French or
 * German in a Russian novel translated into English) is a `third-language`
 * finding of severity `info`, with its language.
 *
 * @param alignment The alignment.
 */
export function findWrongLanguage(alignment: Alignment): Finding[] {
  return [...sideFindings(alignment, 'target'), ...sideFindings(alignment, 'source')]
}
