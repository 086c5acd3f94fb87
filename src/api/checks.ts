import { BitextError } from '../errors.js'
import { DEFAULT_MAX_LENGTH } from './options.js'

/**
 * Refuse input that is not a string or is longer than the caller allows.
 *
 * @param value What the caller passed.
 * @param name Its name in the error message.
 * @param maxLength The limit in force.
 */
export function checkText(value: unknown, name: string, maxLength = DEFAULT_MAX_LENGTH): string {
  if (typeof value !== 'string') {
    throw new BitextError('INVALID_INPUT', `${name} must be a string, got ${value === null ? 'null' : typeof value}`)
  }
  checkLength(value.length, name, maxLength)
  return value
}

/**
 * Refuse input longer than the caller allows.
 *
 * @param length The input's length in UTF-16 code units.
 * @param name Its name in the error message.
 * @param maxLength The limit in force.
 */
export function checkLength(length: number, name: string, maxLength = DEFAULT_MAX_LENGTH): void {
  if (!(maxLength > 0)) throw new BitextError('INVALID_OPTION', `maxLength must be a positive number, got ${String(maxLength)}`)
  if (length > maxLength) {
    throw new BitextError(
      'INPUT_TOO_LARGE',
      `${name} has ${length} characters, more than maxLength (${maxLength}); raise the maxLength option or split the input`,
    )
  }
}
