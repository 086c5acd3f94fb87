import { isAbsolute, resolve } from 'node:path'
import { align } from '../api/align.js'
import { alignPage } from '../api/align-page.js'
import { alignSegments, type Presegmented } from '../api/align-segments.js'
import type { AlignOptions } from '../api/options.js'
import { parsePresegmented, readInput } from '../cli/read-input.js'
import { BitextError, type BitextErrorCode } from '../errors.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { toJson, type AlignmentJson } from '../outputs/json.js'
import type { Alignment } from '../types.js'

/**
 * One line of a batch, as the user writes it: a JSON object holding either
 * the two texts (inline or as file paths) or one page that holds both.
 * `source`, `target`, `sourceFile` and `targetFile` are aliases of `en`,
 * `ru`, `enFile` and `ruFile`. Fields not listed here are ignored, so a line
 * may carry metadata of its own.
 */
export interface BatchLine {
  /** The caller's name for the pair, echoed in the result (a string or a number). */
  id?: string | number
  /** The source text inline; an array is presegmented sentences (flat, or paragraphs of sentences). */
  en?: string | Presegmented
  /** The target text inline; an array is presegmented sentences. */
  ru?: string | Presegmented
  /** Path of the source text (relative paths are resolved against the batch file's directory). */
  enFile?: string
  /** Path of the target text. */
  ruFile?: string
  /** One page that holds both versions, inline. */
  page?: string
  /** Path of a page that holds both versions. */
  pageFile?: string
  /** Language of the source (detected when left out). */
  sourceLang?: string
  /** Language of the target (detected when left out). */
  targetLang?: string
  /** The texts hold one sentence per line, a blank line ends a paragraph (not for pages). */
  presegmented?: boolean
}

/** Settings that hold for every line of a batch; a line's own fields win. */
export interface BatchSettings {
  /** Directory that relative file paths are resolved against. */
  baseDir: string
  /** Default source language. */
  sourceLang?: string
  /** Default target language. */
  targetLang?: string
  /** Default for `presegmented` (lines with texts, not pages). */
  presegmented?: boolean
  /** Extra lexicons, such as dictionaries given with `--dictionary`. */
  lexicons?: readonly Lexicon[]
}

/** Why a line got no alignment: a {@link BitextErrorCode}, or a batch-only reason. */
export type BatchErrorCode = BitextErrorCode | 'INVALID_JSON' | 'INTERNAL_ERROR'

/** The fields every result line starts with. */
export interface BatchRecordHead {
  /** Number of the input line, from 1 (blank lines count, though they get no result). */
  line: number
  /** The line's `id`, or null when it has none (or is not JSON). */
  id: string | number | null
  /** `threadId` of the worker thread that handled the line (absent when none did). */
  worker?: number
}

/** The result line of a pair that was aligned: the head, then the JSON form of the alignment. */
export type BatchResult = BatchRecordHead & AlignmentJson

/** The result line of a line that could not be aligned. */
export interface BatchFailure extends BatchRecordHead {
  /** What went wrong and what to do about it. */
  error: { code: BatchErrorCode; message: string }
}

/** One result line. */
export type BatchRecord = BatchResult | BatchFailure

/** The texts fields, each with its alias. */
const SOURCE_TEXT = ['en', 'source'] as const
const TARGET_TEXT = ['ru', 'target'] as const
const SOURCE_FILE = ['enFile', 'sourceFile'] as const
const TARGET_FILE = ['ruFile', 'targetFile'] as const

/**
 * Answer one line of a batch: parse it, read the files it names, align, and
 * return the result line. Never throws: a line that cannot be aligned gives
 * a {@link BatchFailure}.
 *
 * @param text The line as read (without its line break).
 * @param line Its number, from 1.
 * @param settings The batch's settings.
 * @param worker `threadId` of the thread doing the work, recorded in the result.
 */
export async function answerLine(text: string, line: number, settings: BatchSettings, worker?: number): Promise<BatchRecord> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = `the line is not valid JSON (${(error as Error).message}): write one JSON object per line`
    return { line, id: null, worker, error: { code: 'INVALID_JSON', message } }
  }
  const fields = isObject(value) ? value : undefined
  const head: BatchRecordHead = { line, id: fields ? idOf(fields) : null, worker }
  try {
    if (!fields) {
      const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
      throw invalid(`the line is ${what}, not a JSON object: write { "en": …, "ru": … } or { "page": … }`)
    }
    return { ...head, ...toJson(await alignFields(fields, settings)) }
  } catch (error) {
    return failure(head, error)
  }
}

/**
 * The result line for a line that failed.
 *
 * @param head The line's number, id and worker.
 * @param error What was thrown: a `BitextError` keeps its code, anything else is `INTERNAL_ERROR`.
 */
export function failure(head: BatchRecordHead, error: unknown): BatchFailure {
  if (error instanceof BitextError) return { ...head, error: { code: error.code, message: error.message } }
  const message = error instanceof Error ? error.message : String(error)
  return { ...head, error: { code: 'INTERNAL_ERROR', message: `internal error: ${message}` } }
}

/**
 * The `id` of a line's text, read without failing (for a line whose worker
 * died): null when the line is not JSON or has no usable id.
 *
 * @param text The line as read.
 */
export function idOfText(text: string): string | number | null {
  try {
    const value: unknown = JSON.parse(text)
    return isObject(value) ? idOf(value) : null
  } catch {
    return null
  }
}

/** Whether a parsed line is a JSON object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A line's id when it is a string or a number. */
function idOf(fields: Record<string, unknown>): string | number | null {
  const id = fields.id
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null
}

/** Check a line's fields, read its files, and align. */
async function alignFields(fields: Record<string, unknown>, settings: BatchSettings): Promise<Alignment> {
  if (fields.id !== undefined && idOf(fields) === null) throw invalid('"id" must be a string or a number')
  const options: AlignOptions = {
    sourceLang: optionalString(fields, 'sourceLang') ?? settings.sourceLang,
    targetLang: optionalString(fields, 'targetLang') ?? settings.targetLang,
    lexicons: settings.lexicons,
  }
  const presegmented = fields.presegmented
  if (presegmented !== undefined && typeof presegmented !== 'boolean') throw invalid('"presegmented" must be true or false')

  const pageText = one(fields, ['page'])
  const pageFile = one(fields, ['pageFile'])
  const sourceText = one(fields, SOURCE_TEXT)
  const sourceFile = one(fields, SOURCE_FILE)
  const targetText = one(fields, TARGET_TEXT)
  const targetFile = one(fields, TARGET_FILE)
  const hasPage = pageText !== undefined || pageFile !== undefined
  const hasTexts = [sourceText, sourceFile, targetText, targetFile].some((name) => name !== undefined)

  if (hasPage) {
    if (hasTexts) throw invalid('give either a page ("page" or "pageFile") or the two texts ("en" and "ru"), not both')
    if (pageText !== undefined && pageFile !== undefined) throw invalid('give "page" or "pageFile", not both')
    if (presegmented === true) throw invalid('"presegmented" is for two texts: a page is segmented by the tool')
    const page = pageText !== undefined ? stringField(fields, pageText) : await readPath(fields, pageFile!, settings)
    return alignPage(page, options)
  }
  if (!hasTexts) throw invalid('no texts: give "en" and "ru" (or "enFile" and "ruFile"), or "page" (or "pageFile")')
  const source = await sideInput(fields, sourceText, sourceFile, 'source ("en" or "enFile")', settings)
  const target = await sideInput(fields, targetText, targetFile, 'target ("ru" or "ruFile")', settings)
  if (typeof source !== 'string' || typeof target !== 'string') {
    const lines = (side: string | Presegmented) => (typeof side === 'string' ? parsePresegmented(side) : side)
    return alignSegments(lines(source), lines(target), options)
  }
  if (presegmented ?? settings.presegmented) return alignSegments(parsePresegmented(source), parsePresegmented(target), options)
  return align(source, target, options)
}

/** One side's text: inline (a string, or an array of sentences) or read from a file. */
async function sideInput(
  fields: Record<string, unknown>,
  textField: string | undefined,
  fileField: string | undefined,
  what: string,
  settings: BatchSettings,
): Promise<string | Presegmented> {
  if (textField !== undefined && fileField !== undefined) throw invalid(`give the ${what} inline or as a file, not both`)
  if (textField !== undefined) {
    const value = fields[textField]
    if (typeof value === 'string' || Array.isArray(value)) return value as string | Presegmented
    throw invalid(`"${textField}" must be a string (or an array of sentences)`)
  }
  if (fileField === undefined) throw invalid(`no ${what} text`)
  return readPath(fields, fileField, settings)
}

/** Read the file a path field names, relative to the batch's directory. */
async function readPath(fields: Record<string, unknown>, name: string, settings: BatchSettings): Promise<string> {
  const path = stringField(fields, name)
  if (path === '') throw invalid(`"${name}" is empty: give a file path`)
  return readInput(isAbsolute(path) ? path : resolve(settings.baseDir, path))
}

/** Which of a field's names the line uses; refuses two aliases at once. */
function one(fields: Record<string, unknown>, names: readonly string[]): string | undefined {
  const present = names.filter((name) => fields[name] !== undefined && fields[name] !== null)
  if (present.length > 1) throw invalid(`"${present[0]}" and "${present[1]}" mean the same: give one`)
  return present[0]
}

/** A field that must be a string. */
function stringField(fields: Record<string, unknown>, name: string): string {
  const value = fields[name]
  if (typeof value !== 'string') throw invalid(`"${name}" must be a string`)
  return value
}

/** A field that may be left out, else must be a string. */
function optionalString(fields: Record<string, unknown>, name: string): string | undefined {
  return fields[name] === undefined || fields[name] === null ? undefined : stringField(fields, name)
}

/** A line whose fields are wrong. */
function invalid(message: string): BitextError {
  return new BitextError('INVALID_INPUT', message)
}
