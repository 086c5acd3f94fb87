/**
 * What the alignment's groups can hide: a sentence with no counterpart that
 * the aligner merged into a neighbouring group (its words find nothing in
 * the group's other side while its neighbours' do), and two sentences whose
 * translations come in the other order (each matches the other's
 * counterpart better than its own).
 */
import type { Alignment } from '../types.js'
import { locate } from './content.js'
import type { Finding } from './types.js'
import type { WordMatcher } from './word-match.js'
import type { TranslationModel } from './translation-model.js'

/** Fewest words with keys a sentence needs before its coverage means anything. */
const MIN_WORDS = 4
/**
 * A sentence counts as not translated by its group when its words (weighted
 * by rarity) are covered at most this share as well as its neighbours' in
 * the group are. Chosen with `npm run planted` (omissions planted in Genesis,
 * Anna Karenina and WMT22): 0.3 finds 0.70 of the English-Russian omissions
 * with 108 warnings on the faithful Anna Karenina EN-RU volume, 0.45 finds
 * 0.85-0.95 with 232 warnings, 0.6 finds 0.90-1.00 with 452.
 */
const RELATIVE_COVERAGE = 0.45
/** Mean coverage of the group's other sentences on the same side that shows the group is a translation. */
const COVERED = 0.35
/** How much better the crossed pairing must match than the straight one, in summed coverage. */
const CROSSED_MARGIN = 0.5
/**
 * How much better the crossed pairing must be explained by the document's
 * own translation model than the straight one, in summed mean
 * log-probabilities (four sentence scores). Chosen on the dev sets of
 * `PLACES=40 npm run planted` (Genesis, Anna Karenina EN-RU): 2 and 3 find
 * the same swaps as 4 (1.000 and 0.950) with more warnings on the faithful
 * volume (270, 263 against 256), 6 finds 0.925, 8 0.900.
 */
const MODEL_MARGIN = 4
/**
 * Fewest words the translation model counts (neither rare nor common) that
 * each of the four sentences needs before the model's reading counts. Chosen
 * on the same dev sets with the margin at 4: 2 and 3 find the same swaps
 * (1.000 and 0.950), 3 with fewer warnings on the faithful texts (Genesis 3
 * against 5, Anna Karenina EN-RU 236 against 238); 4 finds 0.925.
 */
const MODEL_MIN_WORDS = 3

/**
 * Sentences merged into a group whose other side does not translate them:
 * `untranslated` (source) and `extra` (target) findings of severity
 * `warning`, for groups of two sentences or more on that side.
 *
 * @param alignment The alignment.
 * @param words Word coverage of its sentences.
 */
export function findMergedGaps(alignment: Alignment, words: WordMatcher): Finding[] {
  const findings: Finding[] = []
  alignment.pairs.forEach((pair, k) => {
    for (const which of ['source', 'target'] as const) {
      const own = pair[which]
      const other = which === 'source' ? pair.target : pair.source
      if (own.length < 2 || other.length === 0) continue
      const count = (i: number) => (which === 'source' ? words.sourceWords(i) : words.targetWords(i))
      const covered = (i: number) => (which === 'source' ? words.sourceCovered(i, other) : words.targetCovered(i, other))
      const shares = own.map((i) => (count(i) >= MIN_WORDS ? covered(i) : undefined))
      own.forEach((i, x) => {
        const share = shares[x]
        if (share === undefined) return
        const rest = shares.filter((value, y): value is number => y !== x && value !== undefined)
        const mean = rest.length === 0 ? 0 : rest.reduce((a, b) => a + b, 0) / rest.length
        if (mean < COVERED || share > RELATIVE_COVERAGE * mean) return
        const side = alignment[which]
        findings.push({
          kind: which === 'source' ? 'untranslated' : 'extra',
          severity: 'warning',
          message:
            which === 'source'
              ? `source sentence ${i} is grouped with a translation that does not say it: it may have been left out`
              : `target sentence ${i} is grouped with a source that does not say it: it may have been added`,
          [which]: locate(side, [i]),
          pair: k,
        })
      })
    }
  })
  return findings
}

/**
 * Two neighbouring sentences whose translations come in the other order:
 * inside a group of two and two, or across two one-to-one groups, each
 * source sentence matches the other's counterpart clearly better than its
 * own, by the lexicons' word coverage or by the translation model learnt
 * from the document. `reordered` findings of severity `warning`.
 *
 * @param alignment The alignment.
 * @param words Word coverage of its sentences.
 * @param model The document's translation model, when it has enough pairs to learn one.
 */
export function findReordered(alignment: Alignment, words: WordMatcher, model?: TranslationModel): Finding[] {
  const findings: Finding[] = []
  const check = (s1: number, s2: number, t1: number, t2: number, pairs: number[]) => {
    const byWords = () => {
      if ([s1, s2].some((i) => words.sourceWords(i) < MIN_WORDS)) return false
      const straight = words.sourceCovered(s1, [t1]) + words.sourceCovered(s2, [t2])
      const crossed = words.sourceCovered(s1, [t2]) + words.sourceCovered(s2, [t1])
      return crossed >= straight + CROSSED_MARGIN
    }
    const byModel = () => {
      if (!model || [s1, s2].some((i) => model.sourceWords(i) < MODEL_MIN_WORDS) || [t1, t2].some((j) => model.targetWords(j) < MODEL_MIN_WORDS)) return false
      const straight = model.sourceGiven(s1, [t1]) + model.sourceGiven(s2, [t2]) + model.targetGiven(t1, [s1]) + model.targetGiven(t2, [s2])
      const crossed = model.sourceGiven(s1, [t2]) + model.sourceGiven(s2, [t1]) + model.targetGiven(t1, [s2]) + model.targetGiven(t2, [s1])
      return crossed - straight >= MODEL_MARGIN
    }
    if (!byWords() && !byModel()) return
    findings.push({
      kind: 'reordered',
      severity: 'warning',
      message: `target sentences ${t1} and ${t2} translate source sentences ${s2} and ${s1}: they come in the other order`,
      source: locate(alignment.source, [s1, s2]),
      target: locate(alignment.target, [t1, t2]),
      ...(pairs.length === 1 ? { pair: pairs[0] } : { pairs }),
    })
  }
  alignment.pairs.forEach((pair, k) => {
    if (pair.source.length === 2 && pair.target.length === 2) check(pair.source[0], pair.source[1], pair.target[0], pair.target[1], [k])
    const next = alignment.pairs[k + 1]
    if (next && pair.source.length === 1 && pair.target.length === 1 && next.source.length === 1 && next.target.length === 1) {
      check(pair.source[0], next.source[0], pair.target[0], next.target[0], [k, k + 1])
    }
  })
  return findings
}
