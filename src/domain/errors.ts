/** How a failed use case is answered: the API maps each kind to one HTTP status, the CLI to one exit code. */
export type FailureKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'unsupported' | 'unprocessable' | 'locked';

/** A use case refused its input or found the state wrong; the code is stable and the message names the fix. */
export class IdflowError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) =>
  new IdflowError('not_found', 'NOT_FOUND', `${what} ${id} does not exist (or belongs to another tenant): check the id`);
