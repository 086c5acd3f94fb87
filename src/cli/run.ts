import { align } from '../api/align.js'
import { alignPage } from '../api/align-page.js'
import { alignSegments } from '../api/align-segments.js'
import { segment } from '../api/segment.js'
import { BitextError } from '../errors.js'
import { createLexicon } from '../lexicon/lexicon.js'
import { loadDictionary } from '../lexicon/load.js'
import { toJson } from '../outputs/json.js'
import { formatSideBySide } from '../outputs/side-by-side.js'
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
}

/**
 * Run the command line and return the exit code: 0 on success, 1 when the
 * input cannot be aligned, 2 for a command line that cannot be understood.
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
        io.out(formatAlignment(await alignFiles(command), command))
        return 0
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

/** Align the inputs of `align` or `page`. */
async function alignFiles(command: Command): Promise<Alignment> {
  const lexicons = await Promise.all(
    command.dictionaries.map(async (path) => createLexicon(await loadDictionary(path), ['en', 'ru'])),
  )
  const options = { sourceLang: command.lang, targetLang: command.targetLang, lexicons }
  if (command.name === 'page') return alignPage(await readInput(command.files[0]), options)
  const [source, target] = await Promise.all(command.files.map(readInput))
  if (command.presegmented) return alignSegments(parsePresegmented(source), parsePresegmented(target), options)
  return align(source, target, options)
}

/** Print an alignment in the chosen format. */
function formatAlignment(alignment: Alignment, command: Command): string {
  if (command.format === 'json') return `${JSON.stringify(toJson(alignment))}\n`
  return formatSideBySide(alignment, { width: process.stdout.columns })
}

/** Print a segmented side in the chosen format. */
function formatSide(side: Side, command: Command): string {
  if (command.format === 'json') return `${JSON.stringify({ lang: side.lang, paragraphs: side.paragraphs, sentences: side.sentences })}\n`
  return side.paragraphs
    .map((p) => side.sentences.slice(...p.sentences).map((s) => s.text).join('\n'))
    .join('\n\n')
    .concat('\n')
}
