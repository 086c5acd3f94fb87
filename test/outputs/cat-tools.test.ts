/**
 * The TMX and XLIFF outputs as real translation tools read them: xmllint
 * against the TMX 1.4 DTD and the XLIFF 1.2 strict schema, translate-toolkit,
 * and OmegaT (see ../shared/tools/cat/README.md). Needs the Debian packages
 * libxml2-utils, translate-toolkit, python3-translate and omegat; a missing
 * tool skips its test locally and fails it under CI.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { align, alignPage } from '../../src/index.js'
import { toTmx } from '../../src/outputs/tmx.js'
import { toXliff } from '../../src/outputs/xliff.js'
import type { Alignment } from '../../src/types.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TOOLS = resolve(ROOT, '../shared/tools/cat')
const UDHR = resolve(ROOT, '../shared/corpora/udhr-enru')
const PYTHON = '/usr/bin/python3'
const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar'
const CI = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '')

/** Whether a command runs and exits 0. */
function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0
}

const scripts = ['tt_check.py', 'omegat_check.sh', 'fetch_schemas.sh'].every((name) => existsSync(join(TOOLS, name)))
const available = {
  xmllint: scripts && runs('xmllint', ['--version']),
  translate: scripts && runs(PYTHON, ['-c', 'import translate.storage.tmx, translate.storage.xliff']),
  omegat: scripts && existsSync(OMEGAT_JAR) && runs('java', ['-version']) && runs(PYTHON, ['-c', 'import translate.storage.tmx']),
}

/** Under CI a missing tool is a failure, so run the test to fail it; elsewhere skip it. */
function wanted(tool: keyof typeof available): boolean {
  return available[tool] || CI
}

/** Fail with a clear message when the test runs (under CI) without its tool. */
function requireTool(tool: keyof typeof available): void {
  expect(available[tool], `${tool} is missing: apt-get install -y --no-install-recommends libxml2-utils translate-toolkit python3-translate omegat (and ${TOOLS})`).toBe(true)
}

/** Run a command; fail the test with its output unless it exits 0. Returns stdout. */
function run(command: string, args: string[], timeout = 60_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, env: { ...process.env, PYTHONIOENCODING: 'utf-8' }, maxBuffer: 64 << 20 })
  expect(result.error, `${command} ${args.join(' ')}`).toBeUndefined()
  expect(result.status, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0)
  return result.stdout
}

/** Reads both files back with translate-toolkit: TMX units by language, XLIFF units with id, texts and target state. */
const READ_BACK = `
import sys, json
from translate.storage import tmx, xliff
tmx_path, xlf_path, src, tgt = sys.argv[1:5]
t = tmx.tmxfile.parsefile(tmx_path)
x = xliff.xlifffile.parsefile(xlf_path)
ns = "{" + x.namespace + "}"
print(json.dumps({
    "srclang": t.document.getroot().find("header").get("srclang"),
    "tmx": [[u.gettarget(lang=src) or "", u.gettarget(lang=tgt) or ""] for u in t.units],
    "xliffNamespace": x.namespace,
    "xliffLanguages": [x.getsourcelanguage(), x.gettargetlanguage()],
    "xliff": [[u.xmlelement.get("id"), u.source or "", u.target or "", u.xmlelement.find(ns + "target").get("state")] for u in x.units],
}, ensure_ascii=False))
`

/** The pairs of an alignment as texts: each side's sentences joined with one space. */
function pairTexts(alignment: Alignment): Array<[string, string]> {
  return alignment.pairs.map((pair) => [
    pair.source.map((i) => alignment.source.sentences[i].text).join(' '),
    pair.target.map((j) => alignment.target.sentences[j].text).join(' '),
  ])
}

let work = ''
let schemas = ''
let schemasFetched = false

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bitext-cat-'))
  schemas = join(work, 'schemas')
  if (available.xmllint) {
    schemasFetched = spawnSync('sh', [join(TOOLS, 'fetch_schemas.sh'), schemas], { stdio: 'ignore', timeout: 120_000 }).status === 0
  }
}, 150_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

const corpora = [
  {
    name: 'seed page',
    present: true,
    alignment: () => alignPage(readFileSync(join(ROOT, 'fixtures/solidnet-cpk-ban-2015-en-ru.txt'), 'utf8')),
  },
  {
    name: 'udhr-enru',
    present: existsSync(join(UDHR, 'en.txt')) && existsSync(join(UDHR, 'ru.txt')),
    alignment: () => align(readFileSync(join(UDHR, 'en.txt'), 'utf8'), readFileSync(join(UDHR, 'ru.txt'), 'utf8')),
  },
]

describe.each(corpora)('$name in translation tools', ({ name, present, alignment: make }) => {
  let alignment: Alignment
  const files = { tmx: '', tmxAll: '', xlf: '', xlf20: '' }

  beforeAll(() => {
    if (!present) return
    alignment = make()
    const stem = join(work, name.replace(/\W+/g, '-'))
    files.tmx = `${stem}.tmx`
    files.tmxAll = `${stem}.all.tmx`
    files.xlf = `${stem}.xlf`
    files.xlf20 = `${stem}.2.0.xlf`
    writeFileSync(files.tmx, toTmx(alignment))
    writeFileSync(files.tmxAll, toTmx(alignment, { includeOneSided: true }))
    writeFileSync(files.xlf, toXliff(alignment))
    writeFileSync(files.xlf20, toXliff(alignment, { version: '2.0' }))
  })

  it.runIf(present && wanted('xmllint'))('is valid against the TMX 1.4 DTD and the XLIFF 1.2 strict schema (xmllint)', () => {
    requireTool('xmllint')
    expect(schemasFetched, `sh ${join(TOOLS, 'fetch_schemas.sh')} ${schemas} failed`).toBe(true)
    expect(alignment.source.lang).toBe('en')
    expect(alignment.target.lang).toBe('ru')
    for (const tmx of [files.tmx, files.tmxAll]) {
      run('xmllint', ['--noout', '--nonet', '--path', schemas, '--dtdvalid', join(schemas, 'tmx14.dtd'), tmx])
    }
    run('xmllint', ['--noout', '--nonet', '--schema', join(schemas, 'xliff-core-1.2-strict.xsd'), files.xlf])
    run('xmllint', ['--noout', '--nonet', files.xlf20]) // 2.0: well-formed only
  })

  it.runIf(present && wanted('translate'))('reads back as the same pairs in translate-toolkit', () => {
    requireTool('translate')
    run(PYTHON, [join(TOOLS, 'tt_check.py'), files.tmx, files.xlf, 'en', 'ru'])
    const read = JSON.parse(run(PYTHON, ['-c', READ_BACK, files.tmx, files.xlf, 'en', 'ru'])) as {
      srclang: string
      tmx: Array<[string, string]>
      xliffNamespace: string
      xliffLanguages: [string, string]
      xliff: Array<[string, string, string, string]>
    }
    const pairs = pairTexts(alignment)
    const twoSided = pairs.filter(([source, target]) => source !== '' && target !== '')
    expect(twoSided.length).toBeGreaterThan(0)
    expect(read.srclang).toBe('en')
    expect(read.tmx).toEqual(twoSided)
    expect(read.xliffNamespace).toBe('urn:oasis:names:tc:xliff:document:1.2')
    expect(read.xliffLanguages).toEqual(['en', 'ru'])
    expect(read.xliff.map(([id, source, target]) => [id, source, target])).toEqual(
      pairs.map(([source, target], k) => [String(k + 1), source, target]),
    )
    const states = read.xliff.map(([, , , state]) => state)
    expect(states).toEqual(
      alignment.pairs.map((pair) =>
        pair.target.length === 0 ? 'needs-translation' : pair.source.length === 0 ? 'x-no-source' : pair.stale ? 'needs-review-translation' : 'translated',
      ),
    )
  })

  it.runIf(present && wanted('omegat'))(
    'loads in OmegaT: the TMX pre-translates its sources, the XLIFF opens as a document',
    () => {
      requireTool('omegat')
      const out = run('sh', [join(TOOLS, 'omegat_check.sh'), files.tmx, files.xlf, 'en', 'ru'], 110_000)
      expect(out).toMatch(/^OMEGAT TMX OK \(\d+ exact matches\)$/m)
      expect(out).toMatch(/^OMEGAT XLIFF OK \(\d+ unique segments\)$/m)
      const matches = Number(out.match(/OMEGAT TMX OK \((\d+)/)?.[1])
      expect(matches).toBe(pairTexts(alignment).filter(([source, target]) => source !== '' && target !== '').length)
    },
    120_000,
  )
})
