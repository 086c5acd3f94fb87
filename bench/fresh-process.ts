import { execFileSync } from 'node:child_process'

/**
 * Run a TypeScript bench script in a fresh Node process (so its peak memory
 * is its own), pinned to one core where `taskset` exists, and return the last
 * line it prints (one JSON object), parsed.
 *
 * @param script Path of the script.
 * @param args Its arguments.
 */
export function runFresh<T>(script: string, args: readonly string[]): T {
  const command = ['--import', 'tsx', script, ...args]
  let output: string
  try {
    output = execFileSync('taskset', ['-c', '0', process.execPath, ...command], { encoding: 'utf8', maxBuffer: 1 << 20 })
  } catch {
    output = execFileSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 1 << 20 })
  }
  return JSON.parse(output.trim().split('\n').pop()!) as T
}
