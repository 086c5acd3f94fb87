import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { batchPairs, hasBatchCorpora } from '../../bench/batch-corpus.js'
import type { BatchRecord } from '../../src/batch/record.js'
import { WorkerPool } from '../../src/batch/pool.js'
import { runBatch } from '../../src/batch/run-batch.js'
import { streamInOrder, type LineResult, type LineTask } from '../../src/batch/stream.js'
import { cli, tempFiles } from '../helpers/cli.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seed = join(root, 'fixtures/solidnet-cpk-ban-2015-en-ru.txt')
const { dir, file } = tempFiles('bitext-batch-')

const records = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as BatchRecord)

file('en.txt', 'The cat sat on the mat. It was warm.\n\nThen it rained in London.\n')
file('ru.txt', 'Кошка сидела на коврике. Было тепло.\n\nПотом в Лондоне пошёл дождь.\n')
const small = file(
  'small.jsonl',
  [
    JSON.stringify({ id: 'inline', en: 'It rains. We stay home.', ru: 'Идёт дождь. Мы сидим дома.' }),
    JSON.stringify({ id: 'files', enFile: 'en.txt', ruFile: 'ru.txt' }),
    JSON.stringify({ id: 'page', pageFile: seed }),
    '{"id": "broken", "en": "no closing brace"',
    JSON.stringify({ id: 'missing', enFile: 'nowhere.txt', ruFile: 'ru.txt' }),
    '',
    JSON.stringify({ id: 'same', en: 'It rains. We stay home.', ru: 'It rains today. We stay at home.' }),
    JSON.stringify({ id: 9, source: ['Hello.', 'Goodbye.'], target: ['Привет.', 'Пока.'] }),
    JSON.stringify({ id: 'no texts', en: 'Only one side.' }),
  ].join('\n') + '\n',
)

/** What the small batch must give, whichever way it is run. */
function checkSmall(out: string) {
  const lines = records(out)
  expect(lines.map((r) => [r.line, r.id])).toEqual([
    [1, 'inline'],
    [2, 'files'],
    [3, 'page'],
    [4, null],
    [5, 'missing'],
    [7, 'same'],
    [8, 9],
    [9, 'no texts'],
  ])
  const byId = new Map(lines.map((r) => [r.id, r]))
  const inline = byId.get('inline')!
  expect(Object.keys(inline)).toEqual(['line', 'id', 'worker', 'source', 'target', 'pairs', 'noise'])
  expect('pairs' in inline && inline.pairs.map((p) => [p.source, p.target])).toEqual([[[0], [0]], [[1], [1]]])
  const files = byId.get('files')!
  expect('source' in files && files.source.sentences.map((s) => s.text)).toEqual(['The cat sat on the mat.', 'It was warm.', 'Then it rained in London.'])
  const page = byId.get('page')!
  expect('source' in page && [page.source.lang, page.target.lang]).toEqual(['en', 'ru'])
  expect('noise' in page && page.noise.map((n) => n.text)).toContain('11/16/15, 2:44 PM')
  expect('pairs' in byId.get(9)! && (byId.get(9) as { pairs: unknown[] }).pairs).toHaveLength(2)
  const errors = lines.filter((r) => 'error' in r).map((r) => 'error' in r && [r.line, r.error.code])
  expect(errors).toEqual([
    [4, 'INVALID_JSON'],
    [5, 'INVALID_INPUT'],
    [7, 'SAME_LANGUAGE'],
    [9, 'INVALID_INPUT'],
  ])
  expect(JSON.stringify(byId.get('missing'))).toContain('nowhere.txt: no such file')
  for (const r of lines) expect(typeof r.worker).toBe('number')
}

describe('bitext-align batch', () => {
  it('answers every line in order, with error records for the bad ones (workers from source)', async () => {
    const { code, out, err } = await cli('batch', small, '--jobs', '2')
    expect(code).toBe(0)
    checkSmall(out)
    expect(err).toMatch(/^bitext-align: 8 lines, 4 aligned, 4 errors, \d+\.\d s\n$/)
  }, 60_000)

  it('refuses a bad command line and a missing batch file', async () => {
    expect((await cli('batch', small, '--jobs', '0')).code).toBe(2)
    expect((await cli('batch', small, '--jobs', '1.5')).code).toBe(2)
    expect((await cli('batch', small, '--format', 'tmx')).code).toBe(2)
    expect((await cli('batch')).code).toBe(2)
    const missing = await cli('batch', join(dir, 'absent.jsonl'))
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('absent.jsonl: no such file')
  })

  it('applies the command line defaults to the lines', async () => {
    const same = file('same.jsonl', `${JSON.stringify({ en: 'It rains. We stay home.', ru: 'It rains today. We stay at home.' })}\n`)
    const { code, out } = await cli('batch', same, '--jobs', '1', '--lang', 'en', '--target-lang', 'en')
    expect(code).toBe(0)
    const [record] = records(out)
    expect('pairs' in record && record.pairs).toHaveLength(2)
  }, 60_000)

  describe('the built command', () => {
    const dist = join(root, 'dist')
    beforeAll(() => {
      // Build when dist is missing or older than the sources.
      const newest = (path: string): number =>
        statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : statSync(path).mtimeMs
      const built = ['cli.js', 'batch-worker.js'].map((name) => {
        try {
          return statSync(join(dist, name)).mtimeMs
        } catch {
          return 0
        }
      })
      const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'tsup.config.ts')))
      if (Math.min(...built) < sources) execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'pipe' })
    }, 120_000)

    const node = (args: string[], input?: string) =>
      spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { cwd: dir, encoding: 'utf8', input, maxBuffer: 1 << 30 })

    it('runs the small batch from a file and from standard input', () => {
      const result = node(['batch', small, '--jobs', '2'])
      expect(result.status).toBe(0)
      checkSmall(result.stdout)
      // From standard input, relative paths are resolved against the working directory.
      const piped = node(['batch', '-'], readFileSync(small, 'utf8'))
      expect(piped.status).toBe(0)
      checkSmall(piped.stdout)
    }, 60_000)

    it.runIf(hasBatchCorpora())(
      'aligns 1,000 document pairs from the shared corpora on two workers',
      () => {
        const pairs = batchPairs(1000)
        const input = file('thousand.jsonl', pairs.map((pair) => JSON.stringify(pair)).join('\n') + '\n')
        const result = node(['batch', input, '--jobs', '2'])
        expect(result.status).toBe(0)
        const lines = records(result.stdout)
        expect(lines).toHaveLength(1000)
        expect(lines.map((r) => r.line)).toEqual(pairs.map((_, k) => k + 1))
        expect(lines.map((r) => r.id)).toEqual(pairs.map((p) => p.id))
        expect(lines.filter((r) => 'error' in r)).toEqual([])
        for (const r of lines) expect('pairs' in r && r.pairs.length).toBeGreaterThan(0)
        expect(new Set(lines.map((r) => r.worker)).size).toBe(2)
        expect(result.stderr).toMatch(/1000 lines, 1000 aligned, 0 errors/)
      },
      180_000,
    )
  })

  it('streams through the API, two workers answering', async () => {
    let out = ''
    const lines = Array.from({ length: 40 }, (_, k) => JSON.stringify({ id: k, en: `It rains ${k} times. We stay home.`, ru: `Дождь идёт ${k} раз. Мы сидим дома.` }))
    const summary = await runBatch({ input: Readable.from([lines.join('\n')]), write: (t) => (out += t), baseDir: dir, jobs: 2 })
    expect(summary).toMatchObject({ lines: 40, aligned: 40, errors: 0, workers: 2 })
    expect(summary.maxInFlight).toBeLessThanOrEqual(8)
    expect(records(out).map((r) => r.id)).toEqual(lines.map((_, k) => k))
  }, 60_000)
})

describe('streamInOrder', () => {
  /** Lines produced on demand, counting how many have been read from it. */
  function lazyInput(count: number) {
    let produced = 0
    const stream = new Readable({
      highWaterMark: 64,
      read() {
        if (produced === count) this.push(null)
        else this.push(`{"n":${produced++}}\n`)
      },
    })
    return { stream, produced: () => produced }
  }

  it('pauses reading while the limit is in flight, and writes in input order', async () => {
    const limit = 4
    const input = lazyInput(1000)
    const held: Array<() => void> = []
    let auto = false
    let running = 0
    let most = 0
    let out = ''
    const job = (task: LineTask) =>
      new Promise<LineResult>((resolve) => {
        running += 1
        most = Math.max(most, running)
        const release = () => {
          running -= 1
          resolve({ output: `${task.line}`, error: task.line % 10 === 0 })
        }
        if (auto) setTimeout(release, Math.floor(Math.random() * 3))
        else held.push(release)
      })
    const done = streamInOrder({ input: input.stream, job, write: (t) => (out += t), limit })
    // Nothing finishes: reading stops near the limit however long the input.
    await new Promise((r) => setTimeout(r, 50))
    expect(held).toHaveLength(limit)
    expect(input.stream.isPaused()).toBe(true)
    expect(input.produced()).toBeLessThan(limit + 20)
    expect(out).toBe('')
    // Now let the jobs finish, out of order: the held ones last first, the rest after random delays.
    auto = true
    for (const release of held.splice(0).reverse()) release()
    const stats = await done
    expect(most).toBeLessThanOrEqual(limit)
    expect(stats.maxInFlight).toBe(limit)
    expect(stats.pauses).toBeGreaterThan(10)
    expect(stats).toMatchObject({ lines: 1000, errors: 100 })
    expect(out).toBe(Array.from({ length: 1000 }, (_, k) => `${k + 1}\n`).join(''))
  })

  it('holds a finished line until the slow line before it is written', async () => {
    const order: string[] = []
    const job = (task: LineTask) =>
      new Promise<LineResult>((resolve) => setTimeout(() => resolve({ output: task.text, error: false }), task.line === 1 ? 40 : 1))
    const stats = await streamInOrder({ input: Readable.from(['slow\nfast\n\n  \nlast']), job, write: (t) => order.push(t), limit: 3 })
    expect(order).toEqual(['slow\n', 'fast\n', 'last\n'])
    expect(stats).toMatchObject({ lines: 3, errors: 0, maxInFlight: 3 })
  })
})

describe('WorkerPool', () => {
  const data = { bitextBatchWorker: true as const, baseDir: dir, dictionaries: [] }
  /** A worker that echoes lines, and dies on the line whose text is `die`. */
  const echo = `
    const { parentPort } = require('node:worker_threads')
    parentPort.on('message', ({ line, text }) => {
      if (text === 'die') process.exit(3)
      parentPort.postMessage({ type: 'result', line, output: text, error: false })
    })
    parentPort.postMessage({ type: 'ready' })`

  it('answers the line of a worker that died with an error record, and goes on with a new worker', async () => {
    const pool = new WorkerPool(2, data, { code: echo, eval: true })
    try {
      const texts = ['a', 'b', 'die', 'c', 'd', '{"id":"x"', 'die', 'e']
      const results = await Promise.all(texts.map((text, k) => pool.run({ line: k + 1, text })))
      expect(results.map((r) => (r.error ? JSON.parse(r.output).error.code : r.output))).toEqual([
        'a',
        'b',
        'INTERNAL_ERROR',
        'c',
        'd',
        '{"id":"x"',
        'INTERNAL_ERROR',
        'e',
      ])
      expect(JSON.parse(results[2].output)).toMatchObject({ line: 3, id: null })
      expect(pool.started).toBeGreaterThanOrEqual(3)
    } finally {
      await pool.close()
    }
  })

  it('fails every line when the worker cannot start', async () => {
    const pool = new WorkerPool(2, data, { code: 'throw new Error("no such script")', eval: true })
    await expect(Promise.all([1, 2, 3].map((line) => pool.run({ line, text: '{}' })))).rejects.toThrow(/could not start: no such script/)
    await pool.close()
  })
})
