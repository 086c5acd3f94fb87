import { BitextError } from '../errors.js'
import type { Alignment, Side } from '../types.js'
import type { AlignerSettings } from '../align/sides.js'
import { runAsync } from '../align/progress.js'
import { alignWork, checkSides, segmentTexts } from './align.js'
import { splitPageSides } from './align-page.js'
import { presegmentedSides, type Presegmented } from './align-segments.js'
import type { AsyncAlignOptions } from './options.js'

/**
 * {@link align}, asynchronously, with the hooks that need it: progress
 * (`options.onProgress`), cancellation (`options.signal`) and sentence
 * embeddings from the caller's model (`options.embed`).
 *
 * @param source The source text.
 * @param target Its translation.
 * @param options As for `align`, plus `embed`.
 *
 * @example
 * const alignment = await alignAsync(en, ru, { embed: (texts) => model.embed(texts) })
 */
export async function alignAsync(source: string, target: string, options: AsyncAlignOptions = {}): Promise<Alignment> {
  const [sourceSide, targetSide] = segmentTexts(source, target, options)
  return alignWithEmbeddings(sourceSide, targetSide, options)
}

/**
 * {@link alignPage}, asynchronously, with `options.embed`.
 *
 * @param page The whole page.
 * @param options As for `alignPage`, plus `embed`.
 */
export async function alignPageAsync(page: string, options: AsyncAlignOptions = {}): Promise<Alignment> {
  const { source, target, noise } = splitPageSides(page, options)
  return { ...(await alignWithEmbeddings(source, target, options)), noise }
}

/**
 * {@link alignSegments}, asynchronously, with `options.embed`.
 *
 * @param source Source sentences, flat or grouped in paragraphs.
 * @param target Target sentences, flat or grouped in paragraphs.
 * @param options As for `alignSegments`, plus `embed`.
 */
export async function alignSegmentsAsync(source: Presegmented, target: Presegmented, options: AsyncAlignOptions = {}): Promise<Alignment> {
  const [sourceSide, targetSide] = presegmentedSides(source, target, options)
  return alignWithEmbeddings(sourceSide, targetSide, options)
}

/** Embed both sides when the caller has a model, then align in slices, with progress and abort. */
async function alignWithEmbeddings(source: Side, target: Side, options: AsyncAlignOptions): Promise<Alignment> {
  checkSides(source, target, options)
  options.signal?.throwIfAborted()
  let vectors: AlignerSettings['vectors']
  if (options.embed) {
    const [sourceVectors, targetVectors] = await Promise.all([
      embedSide(source, options.embed, 'source'),
      embedSide(target, options.embed, 'target'),
    ])
    vectors = { source: sourceVectors, target: targetVectors }
  }
  const pairs = await runAsync(alignWork(source, target, options, vectors), { onProgress: options.onProgress, signal: options.signal })
  return { source, target, pairs, noise: [] }
}

/** Embed every sentence of a side, checking what the caller's function returns. */
async function embedSide(side: Side, embed: NonNullable<AsyncAlignOptions['embed']>, name: string): Promise<Float32Array[]> {
  if (side.sentences.length === 0) return []
  const vectors = await embed(side.sentences.map((sentence) => sentence.text))
  if (!Array.isArray(vectors) || vectors.length !== side.sentences.length) {
    throw new BitextError(
      'INVALID_OPTION',
      `embed returned ${Array.isArray(vectors) ? vectors.length : typeof vectors} vectors for ${side.sentences.length} ${name} sentences: it must return one vector per text, in order`,
    )
  }
  const dims = vectors[0]?.length ?? 0
  return vectors.map((vector, k) => {
    if (!vector || vector.length !== dims || dims === 0) {
      throw new BitextError(
        'INVALID_OPTION',
        `embed returned a vector of length ${vector?.length} for ${name} sentence ${k}; every vector must have the same non-zero length`,
      )
    }
    const floats = Float32Array.from(vector)
    // NaN or an infinity (also a number too large for 32 bits) would turn every score into NaN.
    if (!floats.every(Number.isFinite)) {
      throw new BitextError(
        'INVALID_OPTION',
        `embed returned a vector with a value that is not a finite number (or too large for a 32-bit float) for ${name} sentence ${k}; return plain finite numbers, such as normalized vectors`,
      )
    }
    return floats
  })
}
