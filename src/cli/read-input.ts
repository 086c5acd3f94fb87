import { readFile } from 'node:fs/promises'
import { BitextError } from '../errors.js'

/**
 * Read a text file, or standard input for `-`, as a string. UTF-8 (with or
 * without BOM) and UTF-16 with a BOM are read; anything else is refused with
 * a message that says what to do.
 *
 * @param path A file path, or `-` for standard input.
 */
export async function readInput(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message
    throw new BitextError('INVALID_INPUT', `cannot read ${path}: ${reason}`)
  }
  return decode(bytes, path === '-' ? 'standard input' : path)
}

/**
 * Decode bytes as text, refusing binary data.
 *
 * @param bytes The file's bytes.
 * @param name The file's name, for messages.
 */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', name)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', name)
  if (bytes.includes(0)) {
    throw new BitextError('INVALID_INPUT', `${name} looks like a binary file (it holds NUL bytes): give a UTF-8 text file`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new BitextError(
      'INVALID_INPUT',
      `${name} is not valid UTF-8: convert it first (for example: iconv -f WINDOWS-1251 -t UTF-8 ${name})`,
    )
  }
}

/**
 * Decode bytes that start with a UTF-16 byte-order mark, refusing binary data
 * that merely starts with those two bytes.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  let text: string | undefined
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    text = undefined
  }
  if (text === undefined || text.includes('\0')) {
    throw new BitextError(
      'INVALID_INPUT',
      `${name} looks like a binary file (it starts with a UTF-16 byte-order mark but is not UTF-16 text): give a UTF-8 text file`,
    )
  }
  return text
}

/** All of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Read presegmented text: one sentence per line, a blank line ends a
 * paragraph. Line `i` (counting non-blank lines) is sentence `i`.
 *
 * @param text The file's text.
 */
export function parsePresegmented(text: string): string[][] {
  const paragraphs: string[][] = []
  let current: string[] = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push(current)
      current = []
    } else current.push(line)
  }
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}
