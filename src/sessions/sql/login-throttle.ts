import type { Db } from '../../store/db.js';

/** The latest lock among the keys, if any is locked now. */
export async function lockedUntil(db: Db, keys: string[]): Promise<Date | undefined> {
  const { rows } = await db.query<{ until: Date | null }>(
    `SELECT max(locked_until) AS until FROM login_throttle WHERE key = ANY($1::text[]) AND locked_until > now()`,
    [keys],
  );
  const until = rows[0]?.until;
  return until ? new Date(until) : undefined;
}

/**
 * Counts one failure for each key (a new window once the last one is older than the lock time) and
 * locks a key that reaches `maxFailures`. Returns the lock's end when one was set.
 */
export async function recordFailure(db: Db, keys: string[], maxFailures: number, lockMs: number): Promise<Date | undefined> {
  const { rows } = await db.query<{ locked_until: Date | null }>(
    `INSERT INTO login_throttle AS t (key, failures, window_started_at)
       SELECT k, 1, now() FROM unnest($1::text[]) AS k
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.window_started_at < now() - ($3::bigint * interval '1 millisecond') THEN 1 ELSE t.failures + 1 END,
       window_started_at = CASE WHEN t.window_started_at < now() - ($3::bigint * interval '1 millisecond') THEN now() ELSE t.window_started_at END,
       locked_until = CASE
         WHEN t.window_started_at >= now() - ($3::bigint * interval '1 millisecond') AND t.failures + 1 >= $2
           THEN now() + ($3::bigint * interval '1 millisecond')
         ELSE t.locked_until END
     RETURNING locked_until`,
    [keys, maxFailures, lockMs],
  );
  const until = rows.map((r) => (r.locked_until ? new Date(r.locked_until) : undefined)).filter((d): d is Date => !!d && d.getTime() > Date.now());
  return until.sort((a, b) => b.getTime() - a.getTime())[0];
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.query(`DELETE FROM login_throttle WHERE key = ANY($1::text[])`, [keys]);
}
