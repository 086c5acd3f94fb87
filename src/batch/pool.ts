import { Worker } from 'node:worker_threads'
import type { WordPair } from '../lexicon/lexicon.js'
import { failure, idOfText } from './record.js'
import type { LineResult, LineTask } from './stream.js'

/** What each worker is started with (structured-cloned into it). */
export interface BatchWorkerData {
  /** Marks the thread as a batch worker. */
  bitextBatchWorker: true
  /** Directory that relative file paths are resolved against. */
  baseDir: string
  /** Default source language. */
  sourceLang?: string
  /** Default target language. */
  targetLang?: string
  /** Default for `presegmented`. */
  presegmented?: boolean
  /** Word pairs of the dictionaries to use as extra English-Russian lexicons, one list per dictionary. */
  dictionaries: WordPair[][]
}

/** A message from the pool to a worker: one line to answer. */
export type WorkerRequest = LineTask

/** A message from a worker to the pool. */
export type WorkerReply = { type: 'ready' } | ({ type: 'result'; line: number } & LineResult)

/** A line waiting for a worker or being answered, with its promise's callbacks. */
interface Pending {
  task: LineTask
  resolve: (result: LineResult) => void
  reject: (error: Error) => void
}

/** A worker with the line it is on. */
interface Slot {
  worker: Worker
  /** The worker has loaded and said so. */
  ready: boolean
  current?: Pending
}

/** A worker script: a file, or code to evaluate. */
export type WorkerScript = { code: string; eval: true } | { code: URL; eval: false }

/**
 * Where the worker script is and how to start it: `dist/batch-worker.js` next
 * to the built CLI, or `src/batch/worker.ts` when running from source (under
 * vitest or tsx), loaded through tsx's loader in the worker.
 */
export function workerScript(): WorkerScript {
  const here = import.meta.url
  if (!here.endsWith('.ts')) return { code: new URL('./batch-worker.js', here), eval: false }
  const script = new URL('./worker.ts', here).href
  let tsx = 'tsx/esm/api'
  try {
    tsx = import.meta.resolve('tsx/esm/api')
  } catch {
    // Left bare: resolved from the working directory.
  }
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}) })`
  return { code, eval: true }
}

/**
 * A pool of worker threads that answer batch lines, one line per worker at
 * a time. Workers start lazily, up to `size`, as lines arrive. Each task
 * resolves with its result line; a worker that dies mid-line answers that
 * line with an `INTERNAL_ERROR` record and is replaced. A worker that dies
 * before it is ready (the script cannot load) fails every task: the batch
 * cannot run at all.
 */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private broken?: Error
  private closed = false
  /** Number of workers started so far (replacements included). */
  started = 0

  /**
   * @param size Most workers.
   * @param data What each worker is started with.
   * @param script The worker script (by default {@link workerScript}; tests give their own).
   */
  constructor(
    private readonly size: number,
    private readonly data: BatchWorkerData,
    private readonly script: WorkerScript = workerScript(),
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a pool needs at least one worker, got ${size}`)
  }

  /**
   * Answer one line on a worker.
   *
   * @param task The line.
   * @returns Its result line; rejects only when the workers cannot run at all.
   */
  run(task: LineTask): Promise<LineResult> {
    if (this.broken) return Promise.reject(this.broken)
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject })
      this.dispatch()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
    this.slots.length = 0
  }

  /** Give queued lines to idle workers, and start workers for the rest (up to the size). */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break
      if (!slot.ready || slot.current) continue
      slot.current = this.queue.shift()!
      slot.worker.postMessage(slot.current.task satisfies WorkerRequest)
    }
    let starting = this.slots.filter((slot) => !slot.ready).length
    while (this.queue.length > starting && this.slots.length < this.size && !this.broken && !this.closed) {
      this.spawn()
      starting += 1
    }
  }

  /** Start one worker. */
  private spawn(): void {
    const worker = new Worker(this.script.code, { eval: this.script.eval, workerData: this.data })
    const slot: Slot = { worker, ready: false }
    this.slots.push(slot)
    this.started += 1
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true
      } else if (slot.current) {
        const { resolve } = slot.current
        slot.current = undefined
        resolve({ output: reply.output, error: reply.error })
      }
      this.dispatch()
    })
    let lastError: Error | undefined
    worker.on('error', (error) => {
      lastError = error
    })
    worker.on('exit', (code) => {
      const index = this.slots.indexOf(slot)
      if (index < 0) return // Terminated by close().
      this.slots.splice(index, 1)
      if (this.closed) return
      const reason = lastError?.message ?? `the worker exited with code ${code}`
      if (!slot.ready) {
        this.fail(new Error(`the batch worker could not start: ${reason}`))
        return
      }
      if (slot.current) {
        const { task, resolve } = slot.current
        const record = failure({ line: task.line, id: idOfText(task.text) }, new Error(`the worker handling this line died: ${reason}`))
        resolve({ output: JSON.stringify(record), error: true })
      }
      this.dispatch()
    })
  }

  /** The workers cannot run: reject everything. */
  private fail(error: Error): void {
    if (this.broken) return
    this.broken = error
    for (const { reject } of this.queue.splice(0)) reject(error)
    for (const slot of this.slots) slot.current?.reject(error)
    void this.close()
  }
}
