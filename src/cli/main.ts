import { createRequire } from 'node:module'
import { progressBar } from './progress-bar.js'
import { run } from './run.js'

const require = createRequire(import.meta.url)
const { version } = require('../package.json') as { version: string }

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const write = (text: string) => process.stderr.write(text)
run(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: write,
    // A progress bar only where a person watches: a terminal, not a pipe or a log.
    progress: process.stderr.isTTY ? progressBar(write) : undefined,
  },
  version,
).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bitext-align: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 70
  },
)
