/**
 * `bitext-align batch` on document pairs built from ../shared/corpora:
 * `npx tsx bench/batch.ts [COUNT]` (default 1,000) runs the built command
 * (`dist/cli.js`, built first when missing) with one worker and with one
 * worker per core, on those lines and on five times as many, and prints for each run the
 * lines, seconds, lines per second, the CPU time of the command and all its
 * threads (from this process's `/proc/self/stat` children fields, which count
 * a child once it has exited), CPU time over wall time (above 1 when more
 * than one core worked), its peak resident memory (polled from
 * `/proc/PID/status`), and how many lines each worker thread answered.
 */
import { execFileSync, spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { batchPairs, hasBatchCorpora } from './batch-corpus.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const count = Number(process.argv[2] ?? 1000)
const cores = availableParallelism()

if (!hasBatchCorpora()) {
  console.error('bench/batch.ts: ../shared/corpora is missing')
  process.exit(1)
}
if (!existsSync(join(root, 'dist/batch-worker.js'))) execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' })

/** Write `lines` pairs to a JSONL file, one pair at a time. */
async function writeBatch(lines: number): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-bench-batch-')), `pairs-${lines}.jsonl`)
  const out = createWriteStream(path)
  for (const pair of batchPairs(lines)) {
    if (!out.write(`${JSON.stringify(pair)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise((r) => out.end(r))
  return path
}

/** CPU seconds (user + system) of this process's exited children, from `/proc/self/stat`. */
function childrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  // Fields after the command name (which may hold spaces): cutime and cstime are fields 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3])
  return ticks / clockTicks
}
const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100

/** One run of the command: figures and the output's worker counts. */
async function measure(file: string, jobs: number) {
  const cpuBefore = childrenCpu()
  const started = performance.now()
  const child = spawn(process.execPath, [cli, 'batch', file, '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let peakKb = 0
  const poll = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (match) peakKb = Math.max(peakKb, Number(match[1]))
    } catch {
      // The child has exited.
    }
  }, 20)
  const perWorker = new Map<number, number>()
  let lines = 0
  let errors = 0
  let rest = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop()!
    for (const line of parts) {
      // Read only the head of each record: `{"line":N,"id":…,"worker":W,…`.
      const worker = Number(/"worker":(\d+)/.exec(line.slice(0, 300))?.[1])
      perWorker.set(worker, (perWorker.get(worker) ?? 0) + 1)
      lines += 1
      if (/^\{"line":\d+,"id":(?:"(?:[^"\\]|\\.)*"|[^,]*),"worker":\d+,"error"/.test(line)) errors += 1
    }
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(poll)
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`bitext-align batch exited with ${code}: ${stderr}`)
  const cpu = childrenCpu() - cpuBefore
  return { lines, errors, jobs, seconds, cpu, peakMb: peakKb / 1024, perWorker: [...perWorker.values()], summary: stderr.trim() }
}

const small = await writeBatch(count)
const large = await writeBatch(count * 5)
console.log(`bitext-align batch: ${count} document pairs from ../shared/corpora (${(statSync(small).size / 1e6).toFixed(1)} MB), ${cores} cores available\n`)
console.log('| lines | jobs | seconds | lines/s | CPU s | CPU / wall | peak RSS | lines per worker |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
for (const [file, jobs] of [
  [small, 1],
  [small, cores],
  [large, 1],
  [large, cores],
] as const) {
  const r = await measure(file, jobs)
  console.log(
    `| ${r.lines} | ${r.jobs} | ${r.seconds.toFixed(2)} | ${(r.lines / r.seconds).toFixed(0)} | ${r.cpu.toFixed(2)} | ${(r.cpu / r.seconds).toFixed(2)} | ${r.peakMb.toFixed(0)} MB | ${r.perWorker.join(' + ')} |`,
  )
  if (r.errors > 0) console.log(`  (${r.errors} error records: ${r.summary})`)
}
