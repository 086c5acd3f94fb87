import { expect } from 'vitest'
import { BitextError } from '../../src/index.js'

/**
 * The code of the `BitextError` a call throws, or `'no error'`; any other
 * kind of exception fails the test.
 *
 * @param fn The call.
 */
export function errorCode(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(BitextError)
    return (error as BitextError).code
  }
  return 'no error'
}
