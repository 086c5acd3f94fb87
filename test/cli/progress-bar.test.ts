import { describe, expect, it } from 'vitest'
import { progressBar } from '../../src/cli/progress-bar.js'
import { run } from '../../src/cli/run.js'
import { fileURLToPath } from 'node:url'

describe('the progress bar', () => {
  it('redraws one line as the work advances and erases it at the end', () => {
    let screen = ''
    const update = progressBar((text) => (screen += text), 10)
    update(0.5)
    expect(screen).toBe('\r[#####     ]  50% aligning')
    update(0.5)
    expect(screen).toBe('\r[#####     ]  50% aligning')
    update(1)
    expect(screen.endsWith(`\r${' '.repeat(26)}\r`)).toBe(true)
  })

  it('is fed by the CLI when it has one, and the CLI stays quiet without', async () => {
    const seed = fileURLToPath(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url))
    const seen: number[] = []
    let err = ''
    await run(['page', seed, '--format', 'json'], { out: () => {}, err: (t) => (err += t), progress: (f) => seen.push(f) }, '0')
    expect(seen[seen.length - 1]).toBe(1)
    await run(['page', seed, '--format', 'json'], { out: () => {}, err: (t) => (err += t) }, '0')
    expect(err).toBe('')
  })
})
