import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // The library: ESM and CJS with declarations. franc is ESM-only, so it is
    // bundled into the CJS build to keep `require('bitext-align')` working.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  },
  {
    // The command-line tool, ESM only, with its shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
])
