import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/cli/run.js'

/**
 * A fresh temporary folder and a function that writes a file into it.
 *
 * @param prefix Name prefix of the folder.
 */
export function tempFiles(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return {
    dir,
    file(name, content) {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
  }
}

/**
 * Run the command line in-process and collect what it writes.
 *
 * @param argv Arguments after the program name.
 */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, '9.9.9')
  return { code, out, err }
}
