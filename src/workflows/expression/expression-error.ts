/** A condition expression that does not parse. `position` is the 0-based offset in the source. */
export class ExpressionError extends Error {
  readonly code = 'EXPRESSION_SYNTAX';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}
