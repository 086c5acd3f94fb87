import { bandFromRectangles, fullBand, type Rectangle } from './band.js'
import { createCost, type ModelParameters, type ParagraphMode } from './scorer.js'
import { runSync, scaled, type Work } from './progress.js'
import { COARSE_MOVES, searchPathWork, SENTENCE_MOVES, type Band, type Step } from './search.js'
import { mergeUnits, type KeyTable, type Unit } from './units.js'

/** Largest lattice searched whole; beyond it the search goes coarse to fine. */
export const FULL_SEARCH_CELLS = 100_000
/** Largest lattice a coarse level (length and numbers only) searches whole. */
const COARSE_FULL_SEARCH_CELLS = 10_000
/** Units merged into one at each coarser level. */
const COARSE_FACTOR = 2
/** Positions added around the coarse path when refining it. */
const REFINE_WIDTH = 2

/**
 * Align two unit sequences. Small inputs are searched whole; larger ones
 * first on units merged in pairs (recursively, as Vecalign does), then inside
 * a narrow band around the coarse path, so time and memory grow linearly with
 * the length of the text. The coarse levels score blocks by length and
 * numbers only, which is reliable for blocks of several sentences and cheap;
 * the words decide at the finest level.
 *
 * @param source Source units.
 * @param target Target units.
 * @param table Interned anchor keys.
 * @param parameters Model weights.
 * @param paragraphs How paragraph ends count (see {@link createCost}).
 * @param options A band to search in, whether this is a coarse level, whether posteriors are needed.
 */
export function alignUnits(
  source: readonly Unit[],
  target: readonly Unit[],
  table: KeyTable,
  parameters: ModelParameters,
  paragraphs: ParagraphMode,
  options: AlignUnitsOptions = {},
): Step[] {
  return runSync(alignUnitsWork(source, target, table, parameters, paragraphs, options))
}

/** Options of {@link alignUnits}. */
export interface AlignUnitsOptions {
  /** A band to search in, when the caller has one (aligned paragraphs, an earlier pass). */
  band?: Band
  /** Whether this is a coarse level: length and numbers only, fewer group types, no posteriors. */
  coarse?: boolean
  /**
   * Whether the groups need their posteriors (default true; false on coarse
   * levels). Without them the search keeps only the cheapest path, and prunes
   * every group that cannot beat the best way into its cell.
   */
  posteriors?: boolean
  /** Positions added around each coarser level's path (default {@link REFINE_WIDTH}). */
  refineWidth?: number
}

/** {@link alignUnits} as work that yields its progress: the coarse levels, then the fine search. */
export function* alignUnitsWork(
  source: readonly Unit[],
  target: readonly Unit[],
  table: KeyTable,
  parameters: ModelParameters,
  paragraphs: ParagraphMode,
  options: AlignUnitsOptions = {},
): Work<Step[]> {
  const { band, coarse = false, posteriors = !coarse, refineWidth = REFINE_WIDTH } = options
  const n = source.length
  const m = target.length
  if (n === 0 || m === 0) {
    const steps: Step[] = []
    for (let i = 0; i < n; i++) steps.push({ i, a: 1, j: 0, b: 0, cost: parameters.skip, posterior: 1 })
    for (let j = 0; j < m; j++) steps.push({ i: 0, a: 0, j, b: 1, cost: parameters.skip, posterior: 1 })
    return steps
  }
  const searchBand = band ?? (yield* scaled(chooseBandWork(source, target, table, parameters, coarse, refineWidth), 0, 0.2))
  const cost = createCost(source, target, table, parameters, paragraphs, { band: searchBand, words: !coarse })
  const moves = coarse ? COARSE_MOVES : SENTENCE_MOVES
  return yield* scaled(searchPathWork(n, m, moves, cost, searchBand, { posteriors }), band ? 0 : 0.2, 1)
}

/**
 * The band to search: the whole lattice when it is small, else the band
 * around a coarser alignment of the same units.
 *
 * @param source Source units.
 * @param target Target units.
 * @param table Interned anchor keys.
 * @param parameters Model weights.
 */
export function chooseBand(source: readonly Unit[], target: readonly Unit[], table: KeyTable, parameters: ModelParameters): Band {
  return runSync(chooseBandWork(source, target, table, parameters))
}

/**
 * {@link chooseBand} as work that yields its progress; a coarse level searches
 * whole only a smaller lattice.
 *
 * @param source Source units.
 * @param target Target units.
 * @param table Interned anchor keys.
 * @param parameters Model weights.
 * @param isCoarse Whether the units are themselves a coarse level's.
 * @param width Positions added around each coarser level's path.
 */
export function* chooseBandWork(
  source: readonly Unit[],
  target: readonly Unit[],
  table: KeyTable,
  parameters: ModelParameters,
  isCoarse = false,
  width = REFINE_WIDTH,
): Work<Band> {
  const n = source.length
  const m = target.length
  if ((n + 1) * (m + 1) <= (isCoarse ? COARSE_FULL_SEARCH_CELLS : FULL_SEARCH_CELLS)) return fullBand(n, m)
  const coarseSource = n > 1 ? mergeUnits(source, COARSE_FACTOR) : [...source]
  const coarseTarget = m > 1 ? mergeUnits(target, COARSE_FACTOR) : [...target]
  const sourceFactor = n > 1 ? COARSE_FACTOR : 1
  const targetFactor = m > 1 ? COARSE_FACTOR : 1
  const coarse = yield* alignUnitsWork(coarseSource, coarseTarget, table, parameters, 'ignore', { coarse: true, refineWidth: width })
  const rectangles: Rectangle[] = coarse.map((step) => ({
    i0: Math.min(n, step.i * sourceFactor),
    i1: Math.min(n, (step.i + step.a) * sourceFactor),
    j0: Math.min(m, step.j * targetFactor),
    j1: Math.min(m, (step.j + step.b) * targetFactor),
  }))
  return bandFromRectangles(rectangles, n, m, width)
}
