import { open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import type { Readable } from 'node:stream'
import { BitextError } from '../errors.js'
import type { WordPair } from '../lexicon/lexicon.js'
import { WorkerPool } from './pool.js'
import { streamInOrder, type StreamStats } from './stream.js'

/** How to run a batch. */
export interface BatchOptions {
  /** The JSONL input, read line by line. */
  input: Readable
  /** Write output (whole result lines, in input order). */
  write: (text: string) => void
  /** Directory that relative file paths in the lines are resolved against. */
  baseDir: string
  /** Worker threads (default `os.availableParallelism()`). */
  jobs?: number
  /** Most lines in flight, running or waiting to be written (default four per worker). */
  inFlight?: number
  /** Default source language of the lines. */
  sourceLang?: string
  /** Default target language of the lines. */
  targetLang?: string
  /** Default for the lines' `presegmented`. */
  presegmented?: boolean
  /** Word pairs of dictionaries to use as extra English-Russian lexicons, one list per dictionary. */
  dictionaries?: WordPair[][]
}

/** What a batch did. */
export interface BatchSummary extends StreamStats {
  /** Lines aligned (answered without an error record). */
  aligned: number
  /** Wall-clock seconds. */
  seconds: number
  /** Worker threads started. */
  workers: number
}

/** The default number of worker threads: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism()
}

/**
 * Align a batch of document pairs, one JSON object per input line, on a pool
 * of worker threads, and write one result line per input line in input
 * order (see `answerLine` in record.ts for the line format). Memory is bounded by
 * `inFlight` lines, however long the input.
 *
 * @param options Input, output, directory, workers and defaults.
 * @returns Counts and time, once every line is written and the workers are stopped.
 * @throws When the input cannot be read or the workers cannot start.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now()
  const jobs = options.jobs ?? defaultJobs()
  const pool = new WorkerPool(jobs, {
    bitextBatchWorker: true,
    baseDir: options.baseDir,
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    presegmented: options.presegmented,
    dictionaries: options.dictionaries ?? [],
  })
  try {
    const stats = await streamInOrder({
      input: options.input,
      job: (task) => pool.run(task),
      write: options.write,
      limit: options.inFlight ?? jobs * 4,
    })
    return { ...stats, aligned: stats.lines - stats.errors, seconds: (performance.now() - started) / 1000, workers: pool.started }
  } finally {
    await pool.close()
  }
}

/**
 * Open a batch file as a stream, or standard input for `-`; a missing file
 * or a directory is refused here, before any worker starts.
 *
 * @param path A file path, or `-`.
 * @throws BitextError `INVALID_INPUT` when the file cannot be read.
 */
export async function openBatchInput(path: string): Promise<Readable> {
  if (path === '-') return process.stdin
  try {
    const handle = await open(path)
    if ((await handle.stat()).isDirectory()) {
      await handle.close()
      throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' })
    }
    return handle.createReadStream()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message
    throw new BitextError('INVALID_INPUT', `cannot read ${path}: ${reason}`)
  }
}
