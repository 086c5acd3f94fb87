/**
 * The batch worker thread: answers the lines the pool posts, one at a time,
 * and posts each result line back. Built as `dist/batch-worker.js`; run from
 * source through tsx. Started by {@link WorkerPool}, never by hand.
 *
 * @module
 */
import { parentPort, threadId, workerData } from 'node:worker_threads'
import { createLexicon } from '../lexicon/lexicon.js'
import type { BatchWorkerData, WorkerReply, WorkerRequest } from './pool.js'
import { answerLine, type BatchSettings } from './record.js'

const data = workerData as BatchWorkerData | undefined
const port = parentPort
if (!port || data?.bitextBatchWorker !== true) {
  throw new Error('bitext-align: the batch worker runs only inside the worker pool of `bitext-align batch`')
}

const settings: BatchSettings = {
  baseDir: data.baseDir,
  sourceLang: data.sourceLang,
  targetLang: data.targetLang,
  presegmented: data.presegmented,
  lexicons: data.dictionaries.map((pairs) => createLexicon(pairs, ['en', 'ru'])),
}

port.on('message', (request: WorkerRequest) => {
  answerLine(request.text, request.line, settings, threadId).then((record) => {
    const reply: WorkerReply = { type: 'result', line: request.line, output: JSON.stringify(record), error: 'error' in record }
    port.postMessage(reply)
  })
})
port.postMessage({ type: 'ready' } satisfies WorkerReply)
