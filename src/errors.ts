/** Why an input was refused. */
export type BitextErrorCode =
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'SAME_LANGUAGE'
  | 'LANGUAGE_NOT_FOUND'
  | 'INVALID_OPTION'
  | 'INVALID_INPUT'
  | 'INVALID_ANCHORS'

/**
 * The one error type the library throws for bad input. `code` says what went
 * wrong in a form a program can test; `message` says what to fix.
 */
export class BitextError extends Error {
  /** Machine-readable reason. */
  readonly code: BitextErrorCode

  /**
   * @param code Machine-readable reason.
   * @param message What went wrong and what to do about it.
   */
  constructor(code: BitextErrorCode, message: string) {
    super(message)
    this.name = 'BitextError'
    this.code = code
  }
}
