/**
 * Planted errors: how well `checkCompleteness` finds what a translation got
 * wrong. Faithful translations from ../shared/corpora are aligned as they are
 * (every error found there is counted per 1,000 sentences: an upper bound on
 * the false alarms), then copies are made with errors planted at known places
 * in the target, one kind at a time:
 *
 * - `omission`: a target sentence deleted (found by `untranslated`);
 * - `untranslated`: a target sentence replaced by its source sentence (found
 *   by `identical` or `wrong-language`);
 * - `number`: a number written in digits in the target changed (found by
 *   `number-mismatch`);
 * - `swap`: two neighbouring target sentences swapped (found by any finding
 *   on them).
 *
 * Recall is the share of planted places with a finding of the expected kinds
 * on their source sentence (or, for an omission or a swap, on the sentence
 * next to it, which points a reviewer to the place just as well); precision is the share of the findings of those
 * kinds that the planting added (not in the faithful run) which are at a
 * planted place. Both are given for errors and warnings together and for
 * errors alone.
 *
 * Run: npm run planted   (PLACES=40 npm run planted for a larger sample;
 * SETS=wmt22-enru,bible-genesis-web-rst for some of the sets)
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignSegments, checkCompleteness, type Alignment } from '../src/index.js'
import type { Finding, FindingKind } from '../src/report/index.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const lines = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n')

/** The faithful translations the errors are planted in. */
const ALL_SETS = ['bible-genesis-web-rst', 'anna-karenina-enru-vol1', 'anna-karenina-esru-vol1', 'wmt22-enru']
/** The sets to run (`SETS=a,b` in the environment picks some of them; default all). */
const SETS = process.env.SETS ? process.env.SETS.split(',') : ALL_SETS
/** Places planted per kind and set (`PLACES` in the environment, default 20). */
const PLACES = Number(process.env.PLACES ?? 20)

type Kind = 'omission' | 'untranslated' | 'number' | 'swap'
const KINDS: Kind[] = ['omission', 'untranslated', 'number', 'swap']
/** The finding kinds that count as finding each planted kind. */
const EXPECTED: Record<Kind, readonly FindingKind[]> = {
  omission: ['untranslated'],
  untranslated: ['identical', 'wrong-language'],
  number: ['number-mismatch'],
  swap: ['reordered', 'untranslated', 'extra'],
}

/** Park and Miller's generator: the same places on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => (state = (state * 16807) % 2147483647) / 2147483647
}

/** A number written in digits, to change. */
const DIGITS = /\d+/u

/** Gold groups that are one sentence to one, both long enough to be running text, in order. */
function candidates(gold: ReadonlyArray<[number[], number[]]>, source: string[], target: string[], kind: Kind): number[] {
  const out: number[] = []
  gold.forEach(([s, t], k) => {
    if (s.length !== 1 || t.length !== 1 || source[s[0]].length < 30 || target[t[0]].length < 30) return
    if (kind === 'number') {
      const digits = DIGITS.exec(target[t[0]])
      if (!digits || !source[s[0]].includes(digits[0])) return
    }
    if (kind === 'swap') {
      const next = gold[k + 1]
      if (!next || next[0].length !== 1 || next[1].length !== 1 || target[next[1][0]].length < 30) return
    }
    out.push(k)
  })
  return out
}

/** Pick `count` of the candidates, at least 10 groups apart. */
function pick(groups: number[], count: number, next: () => number): number[] {
  const chosen: number[] = []
  for (let tries = 0; chosen.length < count && tries < count * 50 && groups.length > 0; tries++) {
    const g = groups[Math.floor(next() * groups.length)]
    if (chosen.every((c) => Math.abs(c - g) >= 10)) chosen.push(g)
  }
  return chosen.sort((a, b) => a - b)
}

/** The target sentences with errors of one kind planted at the given gold groups. */
function plant(kind: Kind, target: string[], source: string[], gold: ReadonlyArray<[number[], number[]]>, groups: number[]): string[] {
  const out = [...target]
  const drop = new Set<number>()
  for (const g of groups) {
    const [[s], [t]] = gold[g]
    if (kind === 'omission') drop.add(t)
    else if (kind === 'untranslated') out[t] = source[s]
    else if (kind === 'number') out[t] = target[t].replace(DIGITS, (d) => String(Number(d) + (Number(d) % 10 === 9 ? -1 : 1)))
    else {
      const u = gold[g + 1][1][0]
      out[t] = target[u]
      out[u] = target[t]
    }
  }
  return out.filter((_, j) => !drop.has(j))
}

/** The source sentences a finding is about (its own, or those of its pairs). */
function sourcesOf(finding: Finding, alignment: Alignment): number[] {
  if (finding.source) return finding.source.sentences
  const pairs = finding.pairs ?? (finding.pair === undefined ? [] : [finding.pair])
  return pairs.flatMap((k) => alignment.pairs[k].source)
}

/** A finding as a key that stays the same across runs (kind and source sentences). */
function keyOf(finding: Finding, alignment: Alignment): string {
  return `${finding.kind}:${sourcesOf(finding, alignment).join(',')}:${finding.target?.text ?? ''}`
}

interface Tally {
  planted: number
  found: number
  foundErrors: number
  added: number
  addedAtPlace: number
  addedErrors: number
  addedErrorsAtPlace: number
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '-')
const totals = new Map<Kind, Tally>(KINDS.map((kind) => [kind, { planted: 0, found: 0, foundErrors: 0, added: 0, addedAtPlace: 0, addedErrors: 0, addedErrorsAtPlace: 0 }]))

console.log('### Faithful texts (nothing planted)\n')
console.log('| set | source sentences | errors | errors per 1,000 | errors by kind | warnings | info |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
const rows: string[] = []
for (const folder of SETS) {
  const dir = `${corpora}${folder}/`
  if (!existsSync(`${dir}gold.json`) || !existsSync(`${dir}en.sents`)) {
    console.log(`| ${folder} | (absent: skipped) | | | | | |`)
    continue
  }
  const source = lines(`${dir}en.sents`)
  const target = lines(`${dir}ru.sents`)
  const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Array<[number[], number[]]>
  const meta = existsSync(`${dir}meta.json`) ? (JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) as { en_language?: string; ru_language?: string }) : {}
  const langs = { sourceLang: meta.en_language ?? 'en', targetLang: meta.ru_language ?? 'ru' }
  const faithful = alignSegments(source, target, langs)
  const base = checkCompleteness(faithful)
  const baseKeys = new Set(base.findings.map((finding) => keyOf(finding, faithful)))
  const byKind = new Map<string, number>()
  for (const finding of base.findings) if (finding.severity === 'error') byKind.set(finding.kind, (byKind.get(finding.kind) ?? 0) + 1)
  console.log(
    `| ${folder} | ${source.length} | ${base.counts.error} | ${f((1000 * base.counts.error) / source.length)} | ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || '-'} | ${base.counts.warning} | ${base.counts.info} |`,
  )
  const next = random(7)
  for (const kind of KINDS) {
    const groups = pick(candidates(gold, source, target, kind), PLACES, next)
    if (groups.length === 0) continue
    const widen = (i: number) => (kind === 'omission' || kind === 'swap' ? [i - 1, i, i + 1] : [i])
    const places = new Set(groups.flatMap((g) => (kind === 'swap' ? [gold[g][0][0], gold[g + 1][0][0]] : [gold[g][0][0]]).flatMap(widen)))
    const planted = alignSegments(source, plant(kind, target, source, gold, groups), langs)
    const findings = checkCompleteness(planted).findings.filter((finding) => EXPECTED[kind].includes(finding.kind) && finding.severity !== 'info')
    const tally = totals.get(kind)!
    let found = 0
    let foundErrors = 0
    for (const g of groups) {
      // A finding on the sentence next to a planted omission or swap points the reviewer to it too.
      const near = (i: number) => (kind === 'omission' || kind === 'swap' ? [i - 1, i, i + 1] : [i])
      const own = (kind === 'swap' ? [gold[g][0][0], gold[g + 1][0][0]] : [gold[g][0][0]]).flatMap(near)
      const at = findings.filter((finding) => sourcesOf(finding, planted).some((i) => own.includes(i)))
      if (at.length > 0) found++
      if (at.some((finding) => finding.severity === 'error')) foundErrors++
    }
    const added = findings.filter((finding) => !baseKeys.has(keyOf(finding, planted)))
    const atPlace = (finding: Finding) => sourcesOf(finding, planted).some((i) => places.has(i))
    const addedErrors = added.filter((finding) => finding.severity === 'error')
    tally.planted += groups.length
    tally.found += found
    tally.foundErrors += foundErrors
    tally.added += added.length
    tally.addedAtPlace += added.filter(atPlace).length
    tally.addedErrors += addedErrors.length
    tally.addedErrorsAtPlace += addedErrors.filter(atPlace).length
    rows.push(
      `| ${folder} | ${kind} | ${groups.length} | ${f(found / groups.length)} | ${f(foundErrors / groups.length)} | ${f(added.filter(atPlace).length / added.length)} | ${f(addedErrors.filter(atPlace).length / addedErrors.length)} |`,
    )
  }
}

console.log('\n### Planted errors\n')
console.log('Recall: planted places with a finding of the expected kinds (errors and warnings; errors alone). Precision: of the findings the planting added, the share at a planted place.\n')
console.log('| set | kind | planted | recall | recall, errors | precision | precision, errors |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows) console.log(row)
for (const kind of KINDS) {
  const t = totals.get(kind)!
  if (t.planted === 0) continue
  console.log(
    `| **all** | ${kind} | ${t.planted} | ${f(t.found / t.planted)} | ${f(t.foundErrors / t.planted)} | ${f(t.addedAtPlace / t.added)} | ${f(t.addedErrorsAtPlace / t.addedErrors)} |`,
  )
}
