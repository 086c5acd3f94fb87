import { defineConfig } from 'tsup'

/** ESM-only dependencies, bundled into the CommonJS build so `require` works. */
const ESM_ONLY = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space', 'stemmer']

export default defineConfig([
  {
    // The library as ES modules, with declarations.
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:fs/promises', 'node:zlib', 'node:path'],
  },
  {
    // The library as CommonJS, with declarations.
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:fs/promises', 'node:zlib', 'node:path'],
    noExternal: ESM_ONLY,
  },
  {
    // The command-line tool, ESM only, with its shebang, and the worker
    // thread script of `bitext-align batch`, found next to it at run time.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
])
