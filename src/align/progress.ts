/**
 * Long work as generators: the alignment core yields its progress (a fraction
 * in [0, 1]) every few hundred rows of a search, and returns its result. The
 * synchronous API runs a generator straight through; the asynchronous one
 * gives the event loop a turn between yields, reports progress and honours an
 * AbortSignal. One core, two thin drivers.
 */

/** A piece of work that yields progress fractions and returns a `T`. */
export type Work<T> = Generator<number, T, void>

/**
 * Run work to the end without stopping.
 *
 * @param work The work.
 */
export function runSync<T>(work: Work<T>): T {
  let step = work.next()
  while (!step.done) step = work.next()
  return step.value
}

/**
 * Map the progress of a part of the work onto `[from, to]` of the whole.
 *
 * @param work The part.
 * @param from Where the part starts in the whole.
 * @param to Where it ends.
 */
export function* scaled<T>(work: Work<T>, from: number, to: number): Work<T> {
  let step = work.next()
  while (!step.done) {
    yield from + (to - from) * step.value
    step = work.next()
  }
  return step.value
}

/** Options of {@link runAsync}. */
export interface RunOptions {
  /** Called with the fraction done, in [0, 1], at most every 50 ms and at the end. */
  onProgress?: (fraction: number) => void
  /** Stops the work with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal
}

/** Time the work runs before it gives the event loop a turn, in milliseconds. */
const SLICE = 20
/** Least time between two progress reports, in milliseconds. */
const REPORT_EVERY = 50

/**
 * Run work in slices, giving the event loop a turn between them, so that a
 * page stays responsive, progress can be shown and an abort is seen.
 *
 * @param work The work.
 * @param options Progress callback and abort signal.
 */
export async function runAsync<T>(work: Work<T>, options: RunOptions = {}): Promise<T> {
  const { onProgress, signal } = options
  signal?.throwIfAborted()
  let sliceStart = Date.now()
  let lastReport = 0
  let step = work.next()
  while (!step.done) {
    const now = Date.now()
    if (onProgress && now - lastReport >= REPORT_EVERY) {
      lastReport = now
      onProgress(Math.min(1, Math.max(0, step.value)))
    }
    if (now - sliceStart >= SLICE) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0))
      signal?.throwIfAborted()
      sliceStart = Date.now()
    }
    step = work.next()
  }
  onProgress?.(1)
  return step.value
}
