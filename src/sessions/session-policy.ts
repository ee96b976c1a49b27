/** How long a session lives: 30 minutes without a request, 12 hours at most. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
export const SESSION_TOUCH_MS = 60_000;

/** Sign-in throttling: this many failures within the window, per username or per client address, lock it. */
export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_LOCK_MS = 15 * 60_000;

export const SESSION_COOKIE = 'idflow_session';
