/** Backoff before the first retry when a definition asks for retries without saying how long to wait. */
export const DEFAULT_BACKOFF_MS = 1000;

/** Most retries a step may ask for. */
export const MAX_RETRIES = 100;

/** `retries` counts the attempts after the first one; the graph stores the total. */
export function retryPolicy(retries: number | undefined, backoffMs: number | undefined): { maxAttempts: number; backoffMs: number } | undefined {
  if (retries === undefined || retries === 0) return undefined;
  return { maxAttempts: retries + 1, backoffMs: backoffMs ?? DEFAULT_BACKOFF_MS };
}
