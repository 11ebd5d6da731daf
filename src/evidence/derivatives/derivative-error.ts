/** Why a display copy, thumbnail or conversion could not be made; the original is untouched either way. */
export type DerivativeProblem =
  /** The bytes do not decode as the type they were detected as (truncated, corrupt). */
  | 'unreadable'
  /** Too many pixels or too long to convert safely; staff download the original instead. */
  | 'too_large'
  /** No derivative of this kind exists for this type. */
  | 'unsupported';

/** A derivative could not be made. The message never carries file contents or metadata values. */
export class DerivativeError extends Error {
  constructor(
    readonly problem: DerivativeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DerivativeError';
  }
}
