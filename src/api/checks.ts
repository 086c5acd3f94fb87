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
  if (!(maxLength > 0)) throw new BitextError('INVALID_OPTION', `maxLength must be a positive number, got ${String(maxLength)}`)
  if (value.length > maxLength) {
    throw new BitextError(
      'INPUT_TOO_LARGE',
      `${name} has ${value.length} characters, more than maxLength (${maxLength}); raise the maxLength option or split the input`,
    )
  }
  return value
}
