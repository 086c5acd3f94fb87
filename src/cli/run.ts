import { writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { alignAsync, alignPageAsync, alignSegmentsAsync } from '../api/align-async.js'
import type { AlignOptions } from '../api/options.js'
import { segment } from '../api/segment.js'
import { openBatchInput, runBatch } from '../batch/run-batch.js'
import { BitextError } from '../errors.js'
import { createLexicon } from '../lexicon/lexicon.js'
import { loadDictionary } from '../lexicon/load.js'
import { toHtml } from '../outputs/html.js'
import { toReviewHtml } from '../review/page.js'
import { toJson } from '../outputs/json.js'
import { toJsonl } from '../outputs/jsonl.js'
import { formatSideBySide } from '../outputs/side-by-side.js'
import { toTmx } from '../outputs/tmx.js'
import { toTsv } from '../outputs/tsv.js'
import { toXliff } from '../outputs/xliff.js'
import { checkCompleteness, formatReport } from '../report/index.js'
import { updateAlignment } from '../revise/update.js'
import { sideFromSentences } from '../text/side.js'
import type { Alignment, Side } from '../types.js'
import { parseCommand, USAGE, UsageError, type Command } from './args.js'
import { parsePresegmented, readInput } from './read-input.js'

/** Where the CLI writes. */
export interface Output {
  /** Standard output. */
  out: (text: string) => void
  /** Standard error. */
  err: (text: string) => void
  /** Shows the progress of a long alignment (the CLI gives one when standard error is a terminal). */
  progress?: (fraction: number) => void
}

/**
 * Run the command line and return the exit code: 0 on success, 1 when the
 * input cannot be aligned (or `check` finds the coverage under
 * `--min-coverage`), 2 for a command line that cannot be understood.
 *
 * @param argv Arguments after the program name.
 * @param io Where to write.
 * @param version The package version, for `--version`.
 */
export async function run(argv: string[], io: Output, version: string): Promise<number> {
  let command: Command
  try {
    command = parseCommand(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(`bitext-align: ${error.message}\n\n${USAGE}\n`)
    return 2
  }
  if (command.output !== undefined) return runToFile(command, io, version)
  return runCommand(command, io, version)
}

/**
 * Run a command whose result goes to `-o FILE`: its output is gathered and
 * written once the command has succeeded, so a failed run leaves no file
 * (and an earlier file is not overwritten).
 */
async function runToFile(command: Command, io: Output, version: string): Promise<number> {
  if (command.name === 'batch') {
    io.err('bitext-align: batch writes its results to standard output, one line per document: redirect it instead of -o\n')
    return 2
  }
  const chunks: string[] = []
  const code = await runCommand(command, { ...io, out: (text) => chunks.push(text) }, version)
  if (code === 0 || (command.name === 'check' && code === 1 && chunks.length > 0)) {
    try {
      await writeFile(command.output!, chunks.join(''))
    } catch (error) {
      io.err(`bitext-align: cannot write ${command.output}: ${(error as Error).message}\n`)
      return 1
    }
  }
  return code
}

/** Run a parsed command, writing its result to `io.out`. */
async function runCommand(command: Command, io: Output, version: string): Promise<number> {
  try {
    switch (command.name) {
      case 'help':
        io.out(`${USAGE}\n`)
        return 0
      case 'version':
        io.out(`${version}\n`)
        return 0
      case 'segment':
        io.out(formatSide(await segmentFile(command), command))
        return 0
      case 'align':
      case 'page':
        io.out(formatAlignment(await alignFiles(command, io), command, version))
        return 0
      case 'check':
        return await check(command, io)
      case 'review':
        io.out(toReviewHtml(await alignFiles(command, io), { lowScore: command.lowScore }))
        return 0
      case 'update':
        return await update(command, io, version)
      case 'batch':
        return await batch(command, io)
    }
  } catch (error) {
    if (error instanceof BitextError) {
      io.err(`bitext-align: ${error.message}\n`)
      return 1
    }
    throw error
  }
}

/** Segment the one input file. */
async function segmentFile(command: Command): Promise<Side> {
  const text = await readInput(command.files[0])
  if (command.presegmented) return sideFromSentences(parsePresegmented(text), command.lang ?? 'und')
  return segment(text, { lang: command.lang })
}

/** The aligning options a command line asks for, with its dictionaries loaded. */
async function optionsOf(command: Command): Promise<AlignOptions> {
  const lexicons = await Promise.all(
    command.dictionaries.map(async (path) => createLexicon(await loadDictionary(path), ['en', 'ru'])),
  )
  const anchors = command.anchors === undefined ? undefined : await readAnchorsFile(command.anchors)
  return { sourceLang: command.lang, targetLang: command.targetLang, lexicons, ...(anchors === undefined ? {} : { anchors }) }
}

/** The parsed JSON of an anchors file (its shape is checked when the texts are aligned). */
async function readAnchorsFile(file: string): Promise<NonNullable<AlignOptions['anchors']>> {
  const text = await readInput(file)
  try {
    return JSON.parse(text) as NonNullable<AlignOptions['anchors']>
  } catch (error) {
    throw new BitextError(
      'INVALID_ANCHORS',
      `${file} is not JSON (${(error as Error).message}): give the anchors.json or alignment.json that the review page saved`,
    )
  }
}

/** Align the inputs of `align`, `page` or `check`. */
async function alignFiles(command: Command, io: Output): Promise<Alignment> {
  try {
    return await alignInputs(command, io)
  } catch (error) {
    // An anchor's error names the anchor; say which file it is in too.
    if (error instanceof BitextError && error.code === 'INVALID_ANCHORS' && !error.message.startsWith(`${command.anchors}`)) {
      throw new BitextError('INVALID_ANCHORS', `${command.anchors}: ${error.message}`)
    }
    throw error
  }
}

/** Align the inputs of a command, with its options. */
async function alignInputs(command: Command, io: Output): Promise<Alignment> {
  const options = { ...(await optionsOf(command)), onProgress: io.progress }
  if (command.name === 'page' || command.page) return alignPageAsync(await readInput(command.files[0]), options)
  const [source, target] = await Promise.all(command.files.map(readInput))
  if (command.presegmented) return alignSegmentsAsync(parsePresegmented(source), parsePresegmented(target), options)
  return alignAsync(source, target, options)
}

/** `check`: the completeness report; exit 1 under `--min-coverage`. */
async function check(command: Command, io: Output): Promise<number> {
  const alignment = await alignFiles(command, io)
  const report = checkCompleteness(alignment, { minCoverage: command.minCoverage })
  io.out(command.format === 'json' ? `${JSON.stringify(report)}\n` : formatReport(report, { alignment }))
  if (report.passed === false) {
    io.err(`bitext-align: coverage is under --min-coverage ${command.minCoverage}\n`)
    return 1
  }
  return 0
}

/** `update`: re-align only what changed since an earlier alignment saved as JSON. */
async function update(command: Command, io: Output, version: string): Promise<number> {
  const [previousFile, sourceFile, targetFile] = command.files
  const [previousText, source, target] = await Promise.all([readInput(previousFile), readInput(sourceFile), readInput(targetFile)])
  let previous: unknown
  try {
    previous = JSON.parse(previousText)
  } catch {
    throw new BitextError('INVALID_INPUT', `${previousFile} is not JSON: give the output of bitext-align align --format json`)
  }
  const { lexicons } = await optionsOf(command)
  const result = updateAlignment(previous as Parameters<typeof updateAlignment>[0], source, target, {
    lexicons,
    diffTimeout: command.diffTimeout,
  })
  io.err(
    `bitext-align: kept ${result.kept} pairs, re-aligned ${result.realigned}, ${result.stale} stale` +
      `${result.fallback ? ' (the texts differed too much to compare: aligned afresh)' : ''}\n`,
  )
  io.out(formatAlignment(result.alignment, command, version))
  return 0
}

/** `batch`: align the document pairs of a JSONL file on worker threads, one result line per line. */
async function batch(command: Command, io: Output): Promise<number> {
  const file = command.files[0]
  const dictionaries = await Promise.all(command.dictionaries.map((path) => loadDictionary(path)))
  const input = await openBatchInput(file)
  const summary = await runBatch({
    input,
    write: io.out,
    baseDir: file === '-' ? process.cwd() : dirname(resolve(file)),
    jobs: command.jobs,
    sourceLang: command.lang,
    targetLang: command.targetLang,
    presegmented: command.presegmented || undefined,
    dictionaries: dictionaries.map((pairs) => [...pairs]),
  })
  io.err(`bitext-align: ${summary.lines} lines, ${summary.aligned} aligned, ${summary.errors} errors, ${summary.seconds.toFixed(1)} s\n`)
  return 0
}

/** Print an alignment in the chosen format. */
function formatAlignment(alignment: Alignment, command: Command, version: string): string {
  switch (command.format) {
    case 'json':
      return `${JSON.stringify(toJson(alignment))}\n`
    case 'jsonl':
      return toJsonl(alignment)
    case 'tsv':
      return toTsv(alignment, { includeOneSided: command.includeOneSided })
    case 'tmx':
      return toTmx(alignment, { includeOneSided: command.includeOneSided, toolVersion: version })
    case 'xliff':
      return toXliff(alignment, { version: command.xliffVersion, toolVersion: version })
    case 'html':
      return toHtml(alignment, { lowScore: command.lowScore })
    case 'text':
      return formatSideBySide(alignment, { width: process.stdout.columns })
  }
}

/** Print a segmented side in the chosen format. */
function formatSide(side: Side, command: Command): string {
  if (command.format === 'json') return `${JSON.stringify({ lang: side.lang, paragraphs: side.paragraphs, sentences: side.sentences })}\n`
  if (command.format !== 'text') throw new BitextError('INVALID_OPTION', `segment prints text or json, not ${command.format}`)
  return side.paragraphs
    .map((p) => side.sentences.slice(...p.sentences).map((s) => s.text).join('\n'))
    .join('\n\n')
    .concat('\n')
}
