/** An error the API answers as `{ error: { code, message } }` with its HTTP status. The message names the fix. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export { notFound } from '../domain/errors.js';
