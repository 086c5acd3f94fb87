import { parseArgs } from 'node:util'

/** The output formats of the aligning commands. */
export const FORMATS = ['text', 'json', 'jsonl', 'tsv', 'tmx', 'xliff', 'html'] as const
/** An output format. */
export type Format = (typeof FORMATS)[number]

/** The commands. */
export type CommandName = 'align' | 'page' | 'segment' | 'check' | 'review' | 'update' | 'batch' | 'help' | 'version'

/** A parsed command line. */
export interface Command {
  /** The command. */
  name: CommandName
  /** Input files (`-` is standard input). */
  files: string[]
  /** Output format. */
  format: Format
  /** Language for `segment`, or the source language. */
  lang?: string
  /** Target language. */
  targetLang?: string
  /** Inputs hold one sentence per line. */
  presegmented: boolean
  /** Dictionary files to use as extra lexicons (hunalign `.dic` or dictd `.index`). */
  dictionaries: string[]
  /** `check --page FILE`: the one file is a page holding both versions. */
  page: boolean
  /** `check --min-coverage X`: exit 1 when the source coverage is under X (0 to 1). */
  minCoverage?: number
  /** TMX, TSV: keep pairs with an empty side. */
  includeOneSided?: boolean
  /** XLIFF version. */
  xliffVersion: '1.2' | '2.0'
  /** `update`: milliseconds jsdiff may take before the texts are aligned afresh. */
  diffTimeout?: number
  /** `batch`: worker threads (default: one per core). */
  jobs?: number
  /** `--anchors FILE`: confirmed pairs to align around (an anchors file or a saved alignment). */
  anchors?: string
  /** `--low-score X`: review and html pages mark pairs scored under X as low-confidence. */
  lowScore?: number
  /** `-o FILE`: write the result to this file instead of standard output (only once it is complete). */
  output?: string
}

/** Raised for a command line that cannot be understood; the CLI prints usage with it. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** How to call the tool. */
export const USAGE = `Usage:
  bitext-align align EN_FILE RU_FILE [--format F] [--presegmented] [--dictionary FILE]
  bitext-align page FILE [--format F] [--dictionary FILE]
  bitext-align segment FILE [--lang en|ru] [--format text|json]
  bitext-align check EN_FILE RU_FILE [--min-coverage X] [--format text|json]
  bitext-align check --page FILE [--min-coverage X] [--format text|json]
  bitext-align review EN_FILE RU_FILE -o review.html [--anchors FILE] [--low-score X]
  bitext-align review --page FILE -o review.html [--anchors FILE] [--low-score X]
  bitext-align update OLD.json NEW_EN_FILE NEW_RU_FILE [--format F]
  bitext-align batch FILE.jsonl [--jobs N] [--dictionary FILE]

  FILE may be - for standard input.

Options:
  --format F            text (side by side, default), json, jsonl, tsv, tmx, xliff, html
  --presegmented        inputs hold one sentence per line, a blank line ends a paragraph
  --dictionary FILE     an English-Russian dictionary to use as well (hunalign .dic,
                        or dictd .index as Debian installs them); may be repeated
  --lang CODE           language of the text (segment), or of the source (align, page)
  --target-lang CODE    language of the target (align, page)
  --min-coverage X      check: exit 1 when less than X (0 to 1) of the source sentences
                        have a counterpart
  --include-one-sided   tmx: keep pairs with no counterpart (left out by default)
  --xliff-version V     1.2 (default) or 2.0
  --anchors FILE        align, page, check, review: pairs confirmed in the review page
                        (its anchors.json or alignment.json); they are kept as they are
                        and only the rest is aligned
  -o, --output FILE     write the result to FILE (nothing is written if the command fails)
  --low-score X         review, --format html: mark pairs scored under X (0 to 1, default
                        0.5) as low-confidence (the pairs n and p jump to)
  --diff-timeout MS     update: time jsdiff may take before everything is aligned afresh
  -j, --jobs N          batch: worker threads (default: one per core)
  -h, --help            show this help
  -v, --version         show the version`

/**
 * Parse the command line (without the node and script paths).
 *
 * @param argv Arguments after the program name.
 * @throws {UsageError} For unknown options, a missing command or the wrong number of files.
 */
export function parseCommand(argv: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        presegmented: { type: 'boolean' },
        dictionary: { type: 'string', multiple: true },
        page: { type: 'boolean' },
        'min-coverage': { type: 'string' },
        'include-one-sided': { type: 'boolean' },
        'xliff-version': { type: 'string' },
        'diff-timeout': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        anchors: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'low-score': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const format = (values.format ?? 'text') as Format
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}": use one of ${FORMATS.join(', ')}`)
  const xliffVersion = (values['xliff-version'] ?? '1.2') as Command['xliffVersion']
  if (xliffVersion !== '1.2' && xliffVersion !== '2.0') throw new UsageError(`unknown XLIFF version "${xliffVersion}": use 1.2 or 2.0`)
  const number = (name: string, raw: string | undefined, min: number, max: number) => {
    if (raw === undefined) return undefined
    const value = Number(raw)
    if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}, got "${raw}"`)
    return value
  }
  const [name, ...files] = positionals
  const command: Command = {
    name: 'help',
    files,
    format,
    lang: values.lang ?? values['source-lang'],
    targetLang: values['target-lang'],
    presegmented: values.presegmented ?? false,
    dictionaries: values.dictionary ?? [],
    page: values.page ?? false,
    minCoverage: number('min-coverage', values['min-coverage'], 0, 1),
    includeOneSided: values['include-one-sided'],
    xliffVersion,
    diffTimeout: number('diff-timeout', values['diff-timeout'], 0, 3_600_000),
    jobs: number('jobs', values.jobs, 1, 1024),
    anchors: values.anchors,
    output: values.output,
    lowScore: number('low-score', values['low-score'], 0, 1),
  }
  if (command.jobs !== undefined && !Number.isInteger(command.jobs)) throw new UsageError(`--jobs must be a whole number, got "${values.jobs}"`)
  if (command.anchors !== undefined && !['align', 'page', 'check', 'review'].includes(name ?? '')) {
    throw new UsageError('--anchors is for align, page, check and review')
  }
  if (values.help) return command
  if (values.version) return { ...command, name: 'version' }
  const needs = (count: number, what: string) => {
    if (files.length !== count) throw new UsageError(`${name} needs ${what}`)
  }
  switch (name) {
    case 'align':
      needs(2, 'two files: the text and its translation')
      break
    case 'page':
      needs(1, 'one file: the page that holds both versions')
      if (command.presegmented) throw new UsageError('--presegmented is for align: a page is segmented by the tool')
      break
    case 'segment':
      needs(1, 'one file')
      break
    case 'check':
      if (command.page) needs(1, 'one file with --page: the page that holds both versions')
      else needs(2, 'two files (the text and its translation), or --page FILE')
      if (!['text', 'json'].includes(format)) throw new UsageError('check prints text or json')
      break
    case 'review':
      if (command.page) needs(1, 'one file with --page: the page that holds both versions')
      else needs(2, 'two files (the text and its translation), or --page FILE')
      if (values.format !== undefined && format !== 'html') throw new UsageError('review writes an HTML page')
      break
    case 'update':
      needs(3, 'three files: the earlier alignment as JSON, then the new text and the new translation')
      break
    case 'batch':
      needs(1, 'one file: the JSONL of document pairs, one per line')
      if (values.format !== undefined && format !== 'json') throw new UsageError('batch prints JSON, one result per line')
      break
    case undefined:
      throw new UsageError('no command given')
    default:
      throw new UsageError(`unknown command "${name}"`)
  }
  return { ...command, name }
}
