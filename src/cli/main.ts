import { createRequire } from 'node:module'
import { run } from './run.js'

const require = createRequire(import.meta.url)
const { version } = require('../package.json') as { version: string }

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}, version).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bitext-align: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 70
  },
)
