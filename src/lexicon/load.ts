import { readFile, stat } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { BitextError } from '../errors.js'
import { parseDictd } from './dictd.js'
import { parseHunalignDictionary } from './hunalign.js'
import type { WordPair } from './lexicon.js'

/**
 * Read a dictionary file the user pointed at and return its word pairs.
 * Node only (it reads files); the parsers it calls work anywhere.
 *
 * The file name decides the format:
 * - `NAME.index`, `NAME.dict` or `NAME.dict.dz`: a dictd dictionary as
 *   Debian installs them in `/usr/share/dictd/`. The other file of the pair
 *   is looked for next to the given one (`NAME.dict.dz`, else `NAME.dict`,
 *   for an index); a `.dz` is gunzipped. Pairs are `[headword, translation]`.
 * - anything else: a hunalign dictionary, UTF-8 text of `TARGET @ SOURCE`
 *   lines. Pairs are `[source, target]`.
 *
 * @param path Path of the dictionary file.
 * @returns The word pairs, first-language word first.
 * @throws BitextError `INVALID_INPUT` when a file is missing or unreadable,
 *   is not what its name says, or holds no pairs at all.
 */
export async function loadDictionary(path: string): Promise<WordPair[]> {
  const dictd = dictdFiles(path)
  if (!dictd) {
    const text = decodeUtf8(await readBytes(path), path)
    return nonEmpty(parseHunalignDictionary(text), path, 'no "TARGET @ SOURCE" lines (hunalign dictionary format)')
  }
  const { base, given } = dictd
  const indexPath = `${base}.index`
  let dictPath = path
  if (given === 'index') {
    const found = await findFirst([`${base}.dict.dz`, `${base}.dict`])
    if (found === undefined) {
      await readBytes(indexPath) // A missing index is the first thing to report.
      throw new BitextError(
        'INVALID_INPUT',
        `found the dictd index ${indexPath} but not its definitions: put ${base}.dict.dz (or ${base}.dict) next to it`,
      )
    }
    dictPath = found
  }
  let dict = await readBytes(dictPath)
  if (given === 'dict' && !(await isFile(indexPath))) {
    throw new BitextError('INVALID_INPUT', `found the dictd definitions ${dictPath} but not their index: put ${indexPath} next to it`)
  }
  const index = decodeUtf8(await readBytes(indexPath), indexPath)
  if (dict[0] === 0x1f && dict[1] === 0x8b) {
    // .dict.dz is gzip with an extra header field; some installs also leave a gzipped .dict.
    try {
      dict = gunzipSync(dict)
    } catch (error) {
      throw new BitextError(
        'INVALID_INPUT',
        `cannot gunzip ${dictPath} (${(error as Error).message}): the file is damaged; reinstall or re-download the dictionary`,
      )
    }
  }
  return nonEmpty(parseDictd(index, dict), dictPath, 'no entries with Russian (Cyrillic) translations')
}

/** The dictd base name and which file was given, or undefined for a file that is not dictd's. */
function dictdFiles(path: string): { base: string; given: 'index' | 'dict' } | undefined {
  const lower = path.toLowerCase()
  for (const [suffix, given] of [
    ['.index', 'index'],
    ['.dict.dz', 'dict'],
    ['.dict', 'dict'],
  ] as const) {
    if (lower.endsWith(suffix) && path.length > suffix.length) return { base: path.slice(0, -suffix.length), given }
  }
  return undefined
}

/** The first of the paths that is a file. */
async function findFirst(paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) if (await isFile(path)) return path
  return undefined
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** A file's bytes, or a BitextError saying why it cannot be read. */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file; check the path'
        : code === 'EISDIR'
          ? 'it is a directory; give the dictionary file itself'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message
    throw new BitextError('INVALID_INPUT', `cannot read dictionary ${path}: ${reason}`)
  }
}

/** UTF-8 text of a file (a BOM is left for the parser), refusing other encodings. */
function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new BitextError(
      'INVALID_INPUT',
      `dictionary ${path} is not valid UTF-8: convert it first (for example: iconv -f WINDOWS-1251 -t UTF-8 ${path})`,
    )
  }
}

/** The pairs, or a BitextError if there are none: the file was most likely not a dictionary of that format. */
function nonEmpty(pairs: WordPair[], path: string, what: string): WordPair[] {
  if (pairs.length > 0) return pairs
  throw new BitextError('INVALID_INPUT', `dictionary ${path} holds ${what}: check that it is the right file`)
}
