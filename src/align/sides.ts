import { builtinLexicon } from '../lexicon/builtin.js'
import { learnLexicon, type LearntLexicon } from '../lexicon/learn.js'
import { evidenceReader, type SentenceEvidence, type Token } from '../signals/keys.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import type { Pair, Side } from '../types.js'
import { bandFromRectangles, type Rectangle } from './band.js'
import { alignUnits, alignUnitsWork, FULL_SEARCH_CELLS } from './coarse-to-fine.js'
import { runSync, scaled, type Work } from './progress.js'
import { DEFAULT_PARAMETERS, estimateRatio, type ModelParameters } from './scorer.js'
import type { Step } from './search.js'
import { mergeRanges, unitsFromEvidence, type Unit } from './units.js'

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
  /** Whether to learn a lexicon from the document in a second pass (default true). */
  learn?: boolean
  /** Sentence embeddings of both sides, one vector per sentence, from the caller's model. */
  vectors?: { source: readonly Float32Array[]; target: readonly Float32Array[] }
}

/** Fewest confident pairs from which a lexicon is learnt. */
const MIN_LEARNING_PAIRS = 20
/** Most pairs the learnt lexicon is counted on. */
const MAX_LEARNING_PAIRS = 4000
/** Posterior above which a first-pass pair teaches the learnt lexicon. */
const LEARNING_CONFIDENCE = 0.9

/** Share of paragraph groups (with both sides present) that must be 1-1 to trust them as bounds. */
const PARAGRAPHS_AGREE = 0.9

/**
 * Align the sentences of two segmented sides, in two levels: paragraphs
 * first; when the two sides paragraph alike, sentences are aligned inside the
 * aligned paragraph groups, otherwise over the whole text with paragraph ends
 * as soft evidence.
 *
 * A second pass learns a lexicon from the confident pairs of the first and
 * aligns again with it.
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
  const readSource = evidenceReader(source.lang, lexicons)
  const readTarget = evidenceReader(target.lang, lexicons)
  const evidence = {
    source: source.sentences.map((s) => readSource(s.text)),
    target: target.sentences.map((s) => readTarget(s.text)),
  }
  const learning = settings.learn !== false
  const first = yield* scaled(alignPass(source, target, evidence, settings), 0, learning ? 0.5 : 1)
  if (!learning) return first
  const forms = (list: readonly SentenceEvidence[], indices: readonly number[]) => [
    ...new Set(indices.flatMap((i) => list[i].tokens.map((token) => token.form))),
  ]
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
  const withLearnt = {
    source: addLearntKeys(evidence.source, learnt, source.lang),
    target: addLearntKeys(evidence.target, learnt, target.lang),
  }
  return yield* scaled(alignPass(source, target, withLearnt, settings, first), 0.5, 1)
}

/** The evidence with each token's learnt-lexicon entries added to its keys. */
function addLearntKeys(list: readonly SentenceEvidence[], learnt: LearntLexicon, lang: string): SentenceEvidence[] {
  // Tokens are shared by every occurrence of a word: extend each one once.
  const extended = new Map<Token, Token>()
  const extend = (token: Token): Token => {
    let out = extended.get(token)
    if (!out) {
      const ids = learnt.lookupStem(token.form, lang)
      out = ids.length === 0 ? token : { form: token.form, keys: [...token.keys, ...ids.map((id) => `@L:${id}`)], id: token.id }
      extended.set(token, out)
    }
    return out
  }
  return list.map((evidence) => ({ numbers: evidence.numbers, tokens: evidence.tokens.map(extend) }))
}

/** Positions around the first pass's path that the second pass searches. */
const SECOND_PASS_WIDTH = 2

/** What one pass found, and what a second pass reuses. */
interface PassResult {
  /** The pairs. */
  pairs: Pair[]
  /** How paragraphs were used. */
  strategy: ParagraphStrategy
  /** The sentence groups. */
  steps: Step[]
  /** The paragraph groups, when paragraphs were aligned. */
  paragraphSteps?: Step[]
  /** The length ratio used. */
  ratio: number
}

/**
 * One alignment pass with a fixed set of lexicons. A second pass reuses the
 * first's paragraph groups and length ratio, and searches only a narrow band
 * around the first's path.
 */
function* alignPass(
  source: Side,
  target: Side,
  evidence: { source: readonly SentenceEvidence[]; target: readonly SentenceEvidence[] },
  settings: AlignerSettings,
  previous?: PassResult,
): Work<PassResult> {
  const overrides = settings.parameters ?? {}
  const withVectors = (side: Side, vectors: readonly Float32Array[] | undefined) =>
    vectors ? side.sentences.map((sentence, k) => ({ ...sentence, vector: vectors[k] })) : side.sentences
  const built = unitsFromEvidence(
    withVectors(source, settings.vectors?.source),
    withVectors(target, settings.vectors?.target),
    evidence.source,
    evidence.target,
  )
  const parameters: ModelParameters = {
    ...DEFAULT_PARAMETERS,
    ratio: previous?.ratio ?? estimateRatio(built.source, built.target, `${source.lang}-${target.lang}`),
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
  const pathBand =
    previous && (n + 1) * (m + 1) > FULL_SEARCH_CELLS
      ? bandFromRectangles(previous.steps.map(rectangleOf), n, m, 0)
      : undefined
  let steps: Step[]
  let strategy: ParagraphStrategy
  if (paragraphSteps && paragraphsAgree(paragraphSteps)) {
    strategy = 'paragraphs'
    const { sourceUnits, targetUnits, rectangles } = boundByParagraphs(source, target, built.source, built.target, paragraphSteps)
    const band = pathBand ?? bandFromRectangles(rectangles, n, m, 0)
    steps = yield* alignUnitsWork(sourceUnits, targetUnits, built.table, parameters, 'forbid', band)
  } else {
    strategy = 'whole-text'
    steps = yield* alignUnitsWork(built.source, built.target, built.table, parameters, 'soft', pathBand)
  }
  const pairs = steps.map((step) => ({
    source: range(step.i, step.a),
    target: range(step.j, step.b),
    score: round(step.posterior),
  }))
  return { pairs, strategy, steps, paragraphSteps, ratio: parameters.ratio }
}

/**
 * The lattice rectangle a group covers, widened for the second pass where
 * the first was not sure of it (a sure group is searched again only with its
 * neighbours' widening).
 */
function rectangleOf(step: Step): Rectangle {
  const sure = step.posterior >= SURE
  return { i0: step.i, i1: step.i + step.a, j0: step.j, j1: step.j + step.b, width: SECOND_PASS_WIDTH, cornersOnly: sure }
}

/** Posterior above which the second pass does not search around a group. */
const SURE = 0.9

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
  return alignUnits(sourceParagraphs, targetParagraphs, table, parameters, 'ignore')
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
 * Relabel each sentence with the index of its paragraph group, and turn each
 * paragraph group into the rectangle of sentence positions it allows.
 */
function boundByParagraphs(
  source: Side,
  target: Side,
  sourceUnits: Unit[],
  targetUnits: Unit[],
  steps: readonly Step[],
): { sourceUnits: Unit[]; targetUnits: Unit[]; rectangles: Rectangle[] } {
  const relabelledSource = sourceUnits.map((unit) => ({ ...unit }))
  const relabelledTarget = targetUnits.map((unit) => ({ ...unit }))
  const rectangles: Rectangle[] = []
  steps.forEach((step, group) => {
    const i0 = source.paragraphs[step.i]?.sentences[0] ?? sourceUnits.length
    const i1 = step.a > 0 ? source.paragraphs[step.i + step.a - 1].sentences[1] : i0
    const j0 = target.paragraphs[step.j]?.sentences[0] ?? targetUnits.length
    const j1 = step.b > 0 ? target.paragraphs[step.j + step.b - 1].sentences[1] : j0
    for (let k = i0; k < i1; k++) relabelledSource[k].paragraph = group
    for (let k = j0; k < j1; k++) relabelledTarget[k].paragraph = group
    rectangles.push({ i0, i1, j0, j1 })
  })
  return { sourceUnits: relabelledSource, targetUnits: relabelledTarget, rectangles }
}

/** `[start, start + size)` as an array. */
function range(start: number, size: number): number[] {
  return Array.from({ length: size }, (_, k) => start + k)
}

/** Round a score to four decimals, for stable output. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4
}
