import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

/** One non-blank input line, handed to the job. */
export interface LineTask {
  /** Number of the line in the input, from 1. */
  line: number
  /** The line's text, without its line break. */
  text: string
}

/** What the job gives back for one line. */
export interface LineResult {
  /** The output line, without its line break. */
  output: string
  /** Whether the line is an error record (for the summary). */
  error: boolean
}

/** How to stream a batch. */
export interface StreamOptions {
  /** The input, read line by line. */
  input: Readable
  /** Handle one line; should not reject (a rejection aborts the stream). */
  job: (task: LineTask) => Promise<LineResult>
  /** Write output (called with whole lines, in input order). */
  write: (text: string) => void
  /**
   * Most lines in flight at once: started and not yet written, whether
   * still running or finished and waiting for an earlier line. Reading
   * pauses at this limit, so memory is bounded by it.
   */
  limit: number
}

/** What a stream did. */
export interface StreamStats {
  /** Lines answered (blank lines are skipped and not counted). */
  lines: number
  /** Lines answered with an error record. */
  errors: number
  /** Most lines that were in flight at once (at most the limit). */
  maxInFlight: number
  /** Times reading was paused because the limit was reached. */
  pauses: number
}

/**
 * Read lines, run a job on each with up to `limit` lines in flight, and
 * write the results in input order as they become writable. A finished line
 * waits only for the lines before it; reading pauses while `limit` lines are
 * in flight, so memory stays bounded however long the input is (lines that
 * readline has already split from the chunk it is reading are held until a
 * slot frees: at most one chunk of input). Blank lines are skipped.
 *
 * @param options Input, job, output and limit.
 * @returns What was done, once the input has ended and every line is written.
 */
export function streamInOrder(options: StreamOptions): Promise<StreamStats> {
  const { input, job, write } = options
  const limit = Math.max(1, Math.floor(options.limit))
  const stats: StreamStats = { lines: 0, errors: 0, maxInFlight: 0, pauses: 0 }
  return new Promise((resolve, reject) => {
    const reader = createInterface({ input, crlfDelay: Infinity })
    /** Lines read but not started (those readline split out after a pause). */
    const waiting: LineTask[] = []
    /** Finished results waiting for an earlier line, by sequence number. */
    const finished = new Map<number, LineResult>()
    let lineNumber = 0
    let started = 0
    let written = 0
    let inFlight = 0
    let ended = false
    let paused = false
    let failed = false

    const fail = (error: unknown) => {
      if (failed) return
      failed = true
      reader.close()
      reject(error)
    }

    const flush = () => {
      for (let result = finished.get(written); result !== undefined; result = finished.get(written)) {
        finished.delete(written)
        written += 1
        inFlight -= 1
        stats.lines += 1
        if (result.error) stats.errors += 1
        write(`${result.output}\n`)
      }
    }

    const start = (task: LineTask) => {
      const sequence = started++
      inFlight += 1
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight)
      job(task).then((result) => {
        if (failed) return
        finished.set(sequence, result)
        try {
          flush()
        } catch (error) {
          fail(error)
          return
        }
        pump()
      }, fail)
    }

    const pump = () => {
      while (waiting.length > 0 && inFlight < limit) start(waiting.shift()!)
      const full = waiting.length > 0 || inFlight >= limit
      if (full && !paused && !ended) {
        paused = true
        stats.pauses += 1
        reader.pause()
      } else if (!full && paused) {
        paused = false
        reader.resume()
      }
      if (ended && waiting.length === 0 && inFlight === 0 && !failed) resolve(stats)
    }

    reader.on('line', (text) => {
      lineNumber += 1
      if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      if (text.trim() === '') return
      waiting.push({ line: lineNumber, text })
      pump()
    })
    reader.on('close', () => {
      ended = true
      pump()
    })
    input.on('error', fail)
  })
}
