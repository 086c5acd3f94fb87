/**
 * Strict and lax precision, recall and F1 of Sennrich and Volk (2011), as
 * Vecalign's `score.py` computes them, so figures compare with published ones.
 */

/** One alignment group: source indices and target indices. */
export type Group = readonly [source: readonly number[], target: readonly number[]]

/** Counts summed over files before dividing (micro-average). */
export interface Counts {
  /** Precision side: strict hits, strict misses, lax hits, lax misses. */
  precision: [number, number, number, number]
  /** Recall side, the same counts with gold and prediction swapped and one-sided groups dropped. */
  recall: [number, number, number, number]
}

/** Scores of a set. */
export interface Scores {
  strict: { precision: number; recall: number; f1: number }
  lax: { precision: number; recall: number; f1: number }
}

const keyOf = ([s, t]: Group): string => `${s.join(',')}|${t.join(',')}`

/** Vecalign's `_precision`: how many test groups are in the gold, strictly and laxly. */
function precisionCounts(gold: readonly Group[], test: readonly Group[]): [number, number, number, number] {
  const goldKeys = new Set(gold.map(keyOf))
  // Index gold groups by source index for the lax test.
  const bySource = new Map<number, Group[]>()
  for (const group of gold) for (const i of group[0]) (bySource.get(i) ?? bySource.set(i, []).get(i)!).push(group)
  let tpStrict = 0
  let fpStrict = 0
  let tpLax = 0
  let fpLax = 0
  for (const group of test) {
    if (group[0].length === 0 && group[1].length === 0) continue
    if (goldKeys.has(keyOf(group))) {
      tpStrict++
      tpLax++
      continue
    }
    fpStrict++
    const targets = new Set(group[1])
    const overlaps = group[0].some((i) => (bySource.get(i) ?? []).some((g) => g[1].some((j) => targets.has(j))))
    if (overlaps) tpLax++
    else fpLax++
  }
  return [tpStrict, fpStrict, tpLax, fpLax]
}

/** Empty counts to add files into. */
export function emptyCounts(): Counts {
  return { precision: [0, 0, 0, 0], recall: [0, 0, 0, 0] }
}

/**
 * Add one file's gold and prediction to the pooled counts.
 *
 * @param counts Pooled counts, changed in place.
 * @param gold The gold groups.
 * @param test The predicted groups.
 */
export function addFile(counts: Counts, gold: readonly Group[], test: readonly Group[]): Counts {
  const p = precisionCounts(gold, test)
  const twoSided = (g: Group) => g[0].length > 0 && g[1].length > 0
  const r = precisionCounts(test.filter(twoSided), gold.filter(twoSided))
  for (let k = 0; k < 4; k++) {
    counts.precision[k] += p[k]
    counts.recall[k] += r[k]
  }
  return counts
}

/**
 * Turn pooled counts into scores.
 *
 * @param counts Pooled counts.
 */
export function scores(counts: Counts): Scores {
  const ratio = (a: number, b: number) => (a + b === 0 ? 0 : a / (a + b))
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
  const [ps, pfs, pl, pfl] = counts.precision
  const [rs, rfs, rl, rfl] = counts.recall
  const strictP = ratio(ps, pfs)
  const strictR = ratio(rs, rfs)
  const laxP = ratio(pl, pfl)
  const laxR = ratio(rl, rfl)
  return {
    strict: { precision: strictP, recall: strictR, f1: f1(strictP, strictR) },
    lax: { precision: laxP, recall: laxR, f1: f1(laxP, laxR) },
  }
}

/** A run of consecutive predicted groups and the group it stands for at the gold's granularity. */
export interface GranularRun {
  /** The gold group the run covers exactly, or the one predicted group of a run of length one. */
  group: Group
  /** Index of the run's first predicted group. */
  from: number
  /** Index one past the run's last predicted group. */
  to: number
}

/**
 * Rewrite predicted groups at the gold's granularity (the Bible's verse
 * gold): predicted groups that lie inside one gold group, each with both
 * sides non-empty, and together cover it exactly, become that gold group.
 *
 * @param gold The gold groups.
 * @param test The predicted groups.
 */
export function atGoldGranularity(gold: readonly Group[], test: readonly Group[]): Group[] {
  return goldGranularityRuns(gold, test).map((run) => run.group)
}

/**
 * The runs behind {@link atGoldGranularity}: which predicted groups were
 * merged into which gold group (runs longer than one) and which were kept as
 * they are (runs of one), in order, covering every predicted group once.
 *
 * @param gold The gold groups.
 * @param test The predicted groups.
 */
export function goldGranularityRuns(gold: readonly Group[], test: readonly Group[]): GranularRun[] {
  const goldOfSource = new Map<number, number>()
  const goldOfTarget = new Map<number, number>()
  gold.forEach(([s, t], k) => {
    for (const i of s) goldOfSource.set(i, k)
    for (const j of t) goldOfTarget.set(j, k)
  })
  const out: GranularRun[] = []
  let k = 0
  while (k < test.length) {
    const [s, t] = test[k]
    const g = s.length > 0 && t.length > 0 ? goldOfSource.get(s[0]) : undefined
    if (g === undefined) {
      out.push({ group: test[k], from: k, to: ++k })
      continue
    }
    const [gs, gt] = gold[g]
    const sources: number[] = []
    const targets: number[] = []
    let end = k
    while (end < test.length) {
      const [ts, tt] = test[end]
      if (ts.length === 0 || tt.length === 0) break
      if (!ts.every((i) => goldOfSource.get(i) === g) || !tt.every((j) => goldOfTarget.get(j) === g)) break
      sources.push(...ts)
      targets.push(...tt)
      end++
      if (sources.length === gs.length && targets.length === gt.length) break
    }
    const same = (a: number[], b: readonly number[]) => a.length === b.length && [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i])
    if (end - k > 1 && same(sources, gs) && same(targets, gt)) {
      out.push({ group: gold[g], from: k, to: end })
      k = end
    } else out.push({ group: test[k], from: k, to: ++k })
  }
  return out
}
