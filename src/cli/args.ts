import { parseArgs } from 'node:util'

/** The output formats every command knows. */
export const FORMATS = ['text', 'json'] as const
/** An output format. */
export type Format = (typeof FORMATS)[number]

/** A parsed command line. */
export interface Command {
  /** `align`, `page`, `segment`, `help` or `version`. */
  name: 'align' | 'page' | 'segment' | 'help' | 'version'
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
}

/** Raised for a command line that cannot be understood; the CLI prints usage with it. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** How to call the tool. */
export const USAGE = `Usage:
  bitext-align align EN_FILE RU_FILE [--format text|json] [--presegmented] [--dictionary FILE]
  bitext-align page FILE [--format text|json] [--dictionary FILE]
  bitext-align segment FILE --lang en|ru [--format text|json]

  FILE may be - for standard input.

Options:
  --format text|json    output: side-by-side text (default) or JSON
  --presegmented        inputs hold one sentence per line, a blank line ends a paragraph
  --dictionary FILE     an English-Russian dictionary to use as well (hunalign .dic,
                        or dictd .index as Debian installs them); may be repeated
  --lang CODE           language of the text (segment), or of the source (align, page)
  --target-lang CODE    language of the target (align, page)
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
  if (values.help) return { name: 'help', files: [], format, presegmented: false, dictionaries: [] }
  if (values.version) return { name: 'version', files: [], format, presegmented: false, dictionaries: [] }
  const [name, ...files] = positionals
  const lang = values.lang ?? values['source-lang']
  const base = {
    files,
    format,
    lang,
    targetLang: values['target-lang'],
    presegmented: values.presegmented ?? false,
    dictionaries: values.dictionary ?? [],
  }
  switch (name) {
    case 'align':
      if (files.length !== 2) throw new UsageError('align needs two files: the text and its translation')
      return { name, ...base }
    case 'page':
      if (files.length !== 1) throw new UsageError('page needs one file: the page that holds both versions')
      if (base.presegmented) throw new UsageError('--presegmented is for align: a page is segmented by the tool')
      return { name, ...base }
    case 'segment':
      if (files.length !== 1) throw new UsageError('segment needs one file')
      return { name, ...base }
    case undefined:
      throw new UsageError('no command given')
    default:
      throw new UsageError(`unknown command "${name}"`)
  }
}
