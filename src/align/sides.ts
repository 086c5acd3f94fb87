import { builtinLexicon } from '../lexicon/builtin.js'
import { learnLexicon, type LearntLexicon } from '../lexicon/learn.js'
import { readSideEvidence, type SideEvidence, type Token } from '../signals/keys.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import type { Pair, Side } from '../types.js'
import { bandFromRectangles, groupsAtEdge, type Rectangle } from './band.js'
import { alignUnits, alignUnitsWork, chooseBandWork, FULL_SEARCH_CELLS } from './coarse-to-fine.js'
import { runSync, scaled, type Work } from './progress.js'
import { driftStretches, repairDriftWork } from './drift.js'
import { EDGE_REACH, realignWork, SURE, unsureReach } from './realign.js'
import {
  DEFAULT_PARAMETERS,
  embeddingBaseline,
  estimateRatio,
  wordBaseline,
  type ModelParameters,
  type ParagraphMode,
} from './scorer.js'
import type { Step } from './search.js'
import {
  internEvidence,
  matchableShare,
  mergeRanges,
  unitsFromEvidence,
  type InternedEvidence,
  type KeyTable,
  type Unit,
  type UnitInput,
  type UnitOptions,
} from './units.js'

/** How the sentence search used the paragraphs, for callers that want to know. */
export type ParagraphStrategy = 'paragraphs' | 'whole-text'

/** What the aligner may use besides the texts. */
export interface AlignerSettings {
  /** Changes to the model's default weights. */
  parameters?: Partial<ModelParameters>
  /** Lexicons to use; the built-in English-Russian one is added for EN-RU unless `builtin` is false. */
  lexicons?: readonly Lexicon[]
  /** Whether to use the built-in lexicon for English-Russian (default true). */
  builtin?: boolean
  /**
   * Whether to learn a lexicon from the document and align its unsure
   * stretches again with it: always, never, or (`'auto'`, the default) as
   * {@link learnsByDefault} decides.
   */
  learn?: boolean | 'auto'
  /** Sentence embeddings of both sides, one vector per sentence, from the caller's model. */
  vectors?: { source: readonly Float32Array[]; target: readonly Float32Array[] }
}

/**
 * Share of unsure first-pass groups (posterior under {@link SURE}) from which
 * a learning pass runs by default. Measured in docs/eval.md: the texts the
 * learnt lexicon helps have 13-46% unsure groups (Text+Berg); texts aligned
 * with confidence gain nothing from it.
 */
const UNSURE_SHARE = 0.1

/**
 * Whether the default (`learn: 'auto'`) learns a lexicon after a first pass:
 * when the first pass was unsure of at least {@link UNSURE_SHARE} of its
 * groups and the lexicons left more than half of the tokens unmatchable
 * ({@link MATCHABLE_SHARE}).
 *
 * @param unsure Share of the first pass's groups under {@link SURE}.
 * @param matchable Share of the tokens that could match the other side.
 */
export function learnsByDefault(unsure: number, matchable: number): boolean {
  return unsure >= UNSURE_SHARE && matchable < MATCHABLE_SHARE
}

/** Share of the groups whose posterior is under {@link SURE}. */
function unsureShare(steps: readonly Step[]): number {
  let unsure = 0
  for (const step of steps) if (step.posterior < SURE) unsure++
  return steps.length === 0 ? 0 : unsure / steps.length
}

/**
 * Share of matchable tokens (some key of which occurs on the other side)
 * under which a learning pass runs by default: a learnt lexicon
 * adds what the lexicons lack. Measured in docs/eval.md: with the built-in
 * lexicon, 87-89% of the tokens of every English-Russian set are matchable
 * and learning changes little; German-French, with no lexicon, has 7-18%
 * and gains the most.
 */
const MATCHABLE_SHARE = 0.5

/** Fewest confident pairs from which a lexicon is learnt. */
const MIN_LEARNING_PAIRS = 20
/** Most pairs the learnt lexicon is counted on. */
const MAX_LEARNING_PAIRS = 4000
/** Posterior above which a first-pass pair teaches the learnt lexicon. */
const LEARNING_CONFIDENCE = 0.9

/**
 * Paragraphs added around each coarser level's path in the paragraph
 * alignment: paragraphs are long, so their lengths place them well (measured
 * on the bench's end-to-end inputs: the same F1 as 2, lower with 0).
 */
const PARAGRAPH_REFINE_WIDTH = 1

/**
 * Sentences by which the sentence search may cross the bounds of a paragraph
 * group that is not one to one, and of its two neighbours: a paragraph left
 * out, merged or split is where the paragraph alignment is least sure (it
 * pairs paragraphs of very different lengths by their words, and sometimes
 * wrongly). Measured on the bench's end-to-end input: F1 0.958 with 0, 0.963
 * with 2, 0.963 with 3, at the same speed.
 */
const PARAGRAPH_DOUBT_REACH = 3

/** Share of paragraph groups (with both sides present) that must be 1-1 to trust them as bounds. */
const PARAGRAPHS_AGREE = 0.9

/**
 * Align the sentences of two segmented sides, in two levels: paragraphs
 * first; when the two sides paragraph alike, sentences are aligned inside the
 * aligned paragraph groups, otherwise over the whole text with paragraph ends
 * as soft evidence.
 *
 * Over the whole text, stretches whose path ran along the edge of its band
 * are searched again wider (band repair). A learning pass may follow: a
 * lexicon learnt from the confident pairs, and the unsure stretches aligned
 * again with it ({@link learnsByDefault}).
 *
 * @param source The source side.
 * @param target The target side.
 * @param settings Lexicons, learning and weights.
 * @returns The pairs, in order, and the strategy used.
 */
export function alignSides(source: Side, target: Side, settings: AlignerSettings = {}): { pairs: Pair[]; strategy: ParagraphStrategy } {
  return runSync(alignSidesWork(source, target, settings))
}

/**
 * {@link alignSides} as work that yields its progress, for the asynchronous
 * API (progress, abort) to drive.
 *
 * @param source The source side.
 * @param target The target side.
 * @param settings Lexicons, learning and weights.
 */
export function* alignSidesWork(
  source: Side,
  target: Side,
  settings: AlignerSettings = {},
): Work<{ pairs: Pair[]; strategy: ParagraphStrategy }> {
  const lexicons = [...(settings.lexicons ?? [])]
  const isEnRu = [source.lang, target.lang].sort().join('-') === 'en-ru'
  if (isEnRu && settings.builtin !== false) lexicons.push(builtinLexicon())
  const evidence = {
    source: readSideEvidence(source.sentences.map((s) => s.text), source.lang, lexicons),
    target: readSideEvidence(target.sentences.map((s) => s.text), target.lang, lexicons),
  }
  const learning = settings.learn ?? 'auto'
  const interned = internEvidence(evidence.source, evidence.target)
  const first = yield* scaled(alignPass(source, target, interned, settings), 0, learning === false ? 1 : 0.5)
  if (learning === false) return first
  if (learning === 'auto' && !learnsByDefault(unsureShare(first.steps), first.matchable)) return first
  const forms = (side: SideEvidence, indices: readonly number[]) => {
    const distinct = new Set<string>()
    for (const i of indices) for (let x = side.starts[i]; x < side.starts[i + 1]; x++) distinct.add(side.tokens[side.ids[x]].form)
    return [...distinct]
  }
  const confidentPairs = first.pairs.filter(
    (pair) => pair.score >= LEARNING_CONFIDENCE && pair.source.length > 0 && pair.target.length > 0,
  )
  // A few thousand pairs teach all a document can teach; sample longer ones evenly.
  const stride = Math.max(1, Math.ceil(confidentPairs.length / MAX_LEARNING_PAIRS))
  const confident = confidentPairs
    .filter((_, k) => k % stride === 0)
    .map((pair) => [forms(evidence.source, pair.source), forms(evidence.target, pair.target)] as const)
  if (confident.length < MIN_LEARNING_PAIRS) return first
  const learnt = learnLexicon(confident, [source.lang, target.lang])
  if (learnt.size === 0) return first
  const extend = { source: learntKeys(learnt, source.lang), target: learntKeys(learnt, target.lang) }
  const n = source.sentences.length
  const m = target.sentences.length
  if ((n + 1) * (m + 1) <= FULL_SEARCH_CELLS) {
    return yield* scaled(alignPass(source, target, interned, settings, { previous: first, extend }), 0.5, 1)
  }
  // A long text: align again only what the first pass was unsure of.
  const built = unitsFromEvidence(first.inputs.source, first.inputs.target, interned, { extend })
  const steps = yield* scaled(
    realignWork({
      steps: first.steps,
      ...built,
      parameters: withBaselines(first.parameters, built),
      paragraphs: first.paragraphs,
      reach: unsureReach,
    }),
    0.5,
    1,
  )
  return { pairs: pairsOf(steps), strategy: first.strategy }
}

/** The keys a token gains from a learnt lexicon (`@L:id`), asked once per distinct token. */
function learntKeys(learnt: LearntLexicon, lang: string): (token: Token) => readonly string[] {
  return (token) => learnt.lookupStem(token.form, lang).map((id) => `@L:${id}`)
}

/** What one pass found, and what a learning pass reuses. */
interface PassResult {
  /** The pairs. */
  pairs: Pair[]
  /** How paragraphs were used. */
  strategy: ParagraphStrategy
  /** The sentence groups. */
  steps: Step[]
  /** The paragraph groups, when paragraphs were aligned. */
  paragraphSteps?: Step[]
  /** The model, with the length ratio used. */
  parameters: ModelParameters
  /** The sentences as the search saw them: paragraph labels (groups of aligned paragraphs, or paragraphs) and embeddings. */
  inputs: { source: UnitInput[]; target: UnitInput[] }
  /** How paragraph ends counted. */
  paragraphs: ParagraphMode
  /** Share of the tokens that some key of could match on the other side ({@link matchableShare}). */
  matchable: number
}

/** What a learning pass over a whole (short) text takes from the first. */
interface SecondPass {
  /** The first pass. */
  previous: PassResult
  /** Keys learnt from the first pass, per token. */
  extend: UnitOptions['extend']
}

/**
 * One alignment pass with a fixed set of lexicons. A learning pass reuses the
 * first's paragraph groups and length ratio.
 */
function* alignPass(
  source: Side,
  target: Side,
  evidence: InternedEvidence,
  settings: AlignerSettings,
  second?: SecondPass,
): Work<PassResult> {
  const previous = second?.previous
  const overrides = settings.parameters ?? {}
  const withVectors = (side: Side, vectors: readonly Float32Array[] | undefined): UnitInput[] =>
    side.sentences.map((sentence, k) => ({ text: sentence.text, paragraph: sentence.paragraph, vector: vectors?.[k] }))
  const inputs = { source: withVectors(source, settings.vectors?.source), target: withVectors(target, settings.vectors?.target) }
  const built = unitsFromEvidence(inputs.source, inputs.target, evidence, { extend: second?.extend })
  const parameters: ModelParameters = {
    ...DEFAULT_PARAMETERS,
    ratio: previous?.parameters.ratio ?? estimateRatio(built.source, built.target, `${source.lang}-${target.lang}`),
    ...overrides,
  }
  let paragraphSteps = previous
    ? previous.paragraphSteps
    : alignParagraphs(source, target, built.source, built.target, built.table, parameters)
  if (!previous && paragraphSteps && overrides.ratio === undefined) {
    // Text without a counterpart (an untranslated appendix) skews the ratio of
    // the totals: estimate it again from the paragraphs that were paired.
    const ratio = pairedRatio(paragraphSteps, source, target, built.source, built.target)
    if (ratio !== undefined && Math.abs(ratio / parameters.ratio - 1) > 0.02) {
      parameters.ratio = ratio
      paragraphSteps = alignParagraphs(source, target, built.source, built.target, built.table, parameters)
    }
  }
  const n = built.source.length
  const m = built.target.length
  let steps: Step[]
  let strategy: ParagraphStrategy
  let paragraphs: ParagraphMode
  if (paragraphSteps && paragraphsAgree(paragraphSteps)) {
    strategy = 'paragraphs'
    paragraphs = 'forbid'
    const rectangles = boundByParagraphs(source, target, paragraphSteps, inputs)
    for (let k = 0; k < n; k++) built.source[k].paragraph = inputs.source[k].paragraph
    for (let k = 0; k < m; k++) built.target[k].paragraph = inputs.target[k].paragraph
    const band = bandFromRectangles(rectangles, n, m, 0)
    steps = yield* alignUnitsWork(built.source, built.target, built.table, parameters, paragraphs, { band })
  } else {
    strategy = 'whole-text'
    paragraphs = 'soft'
    const band = yield* scaled(chooseBandWork(built.source, built.target, built.table, parameters), 0, 0.2)
    steps = yield* scaled(alignUnitsWork(built.source, built.target, built.table, parameters, paragraphs, { band }), 0.2, 0.9)
    // Where the path ran along the band's edge, the band may have cut a better one off: search wider there.
    const atEdge = groupsAtEdge(steps, band, n, m)
    if (atEdge.includes(1)) {
      steps = yield* scaled(
        realignWork({
          steps,
          ...built,
          parameters: withBaselines(parameters, built),
          paragraphs,
          reach: (_, index) => (atEdge[index] === 1 ? EDGE_REACH : 0),
        }),
        0.9,
        0.95,
      )
    }
    // Where the path lost the translation (a run of unsure groups), align that stretch again in a wide band.
    if (driftStretches(steps).length > 0) steps = yield* scaled(repairDriftWork({ steps, ...built, parameters: withBaselines(parameters, built), paragraphs }), 0.95, 1)
  }
  const matchable = matchableShare([...built.source, ...built.target])
  return { pairs: pairsOf(steps), strategy, steps, paragraphSteps, parameters, inputs, paragraphs, matchable }
}

/** The model with the whole text's word and embedding baselines set, for searches over parts of it. */
function withBaselines(parameters: ModelParameters, units: { source: Unit[]; target: Unit[]; table: KeyTable }): ModelParameters {
  return {
    ...parameters,
    wordBaseline: parameters.wordBaseline ?? wordBaseline(units.source, units.target, units.table),
    embeddingBaseline: parameters.embeddingBaseline ?? embeddingBaseline(units.source, units.target),
  }
}

/** The pairs of a path, with their posteriors as scores. */
function pairsOf(steps: readonly Step[]): Pair[] {
  return steps.map((step) => ({ source: range(step.i, step.a), target: range(step.j, step.b), score: round(step.posterior) }))
}

/** Align paragraphs as units, or `undefined` when either side has a single paragraph. */
function alignParagraphs(
  source: Side,
  target: Side,
  sourceUnits: Unit[],
  targetUnits: Unit[],
  table: Parameters<typeof alignUnits>[2],
  parameters: ModelParameters,
): Step[] | undefined {
  if (source.paragraphs.length < 2 || target.paragraphs.length < 2) return undefined
  const sourceParagraphs = mergeRanges(sourceUnits, source.paragraphs.map((p) => p.sentences))
  const targetParagraphs = mergeRanges(targetUnits, target.paragraphs.map((p) => p.sentences))
  // Only the groups are used (as bounds and to estimate the ratio), not their posteriors.
  return alignUnits(sourceParagraphs, targetParagraphs, table, parameters, 'ignore', {
    posteriors: false,
    refineWidth: PARAGRAPH_REFINE_WIDTH,
  })
}

/** Target-to-source length ratio over the paragraph groups with both sides present. */
function pairedRatio(
  steps: readonly Step[] | undefined,
  source: Side,
  target: Side,
  sourceUnits: readonly Unit[],
  targetUnits: readonly Unit[],
): number | undefined {
  if (!steps) return undefined
  let s = 0
  let t = 0
  for (const step of steps) {
    if (step.a === 0 || step.b === 0) continue
    for (let p = step.i; p < step.i + step.a; p++) {
      const [from, to] = source.paragraphs[p].sentences
      for (let k = from; k < to; k++) s += sourceUnits[k].length
    }
    for (let p = step.j; p < step.j + step.b; p++) {
      const [from, to] = target.paragraphs[p].sentences
      for (let k = from; k < to; k++) t += targetUnits[k].length
    }
  }
  return s > 0 && t > 0 ? Math.min(4, Math.max(0.25, t / s)) : undefined
}

/** Whether the paragraph alignment is mostly one to one, so its groups can bound the sentences. */
function paragraphsAgree(steps: readonly Step[]): boolean {
  let paired = 0
  let oneToOne = 0
  for (const step of steps) {
    if (step.a === 0 || step.b === 0) continue
    paired++
    if (step.a === 1 && step.b === 1) oneToOne++
  }
  return paired > 0 && oneToOne / paired >= PARAGRAPHS_AGREE
}

/**
 * Relabel each sentence (in `inputs`) with the index of its paragraph group,
 * and turn each paragraph group into the rectangle of sentence positions it
 * allows, widened by {@link PARAGRAPH_DOUBT_REACH} near groups that are not
 * one to one.
 */
function boundByParagraphs(
  source: Side,
  target: Side,
  steps: readonly Step[],
  inputs: { source: UnitInput[]; target: UnitInput[] },
): Rectangle[] {
  const n = inputs.source.length
  const m = inputs.target.length
  const rectangles: Rectangle[] = []
  steps.forEach((step, group) => {
    const i0 = source.paragraphs[step.i]?.sentences[0] ?? n
    const i1 = step.a > 0 ? source.paragraphs[step.i + step.a - 1].sentences[1] : i0
    const j0 = target.paragraphs[step.j]?.sentences[0] ?? m
    const j1 = step.b > 0 ? target.paragraphs[step.j + step.b - 1].sentences[1] : j0
    for (let k = i0; k < i1; k++) inputs.source[k].paragraph = group
    for (let k = j0; k < j1; k++) inputs.target[k].paragraph = group
    const near = notOneToOne(steps, group - 1) || notOneToOne(steps, group) || notOneToOne(steps, group + 1)
    rectangles.push({ i0, i1, j0, j1, width: near ? PARAGRAPH_DOUBT_REACH : 0 })
  })
  return rectangles
}

/** Whether paragraph group `k` exists and is not one paragraph with one paragraph. */
function notOneToOne(steps: readonly Step[], k: number): boolean {
  return k >= 0 && k < steps.length && (steps[k].a !== 1 || steps[k].b !== 1)
}

/** `[start, start + size)` as an array. */
function range(start: number, size: number): number[] {
  return Array.from({ length: size }, (_, k) => start + k)
}

/** Round a score to four decimals, for stable output. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}
