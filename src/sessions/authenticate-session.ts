import type { Db } from '../store/db.js';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session-policy.js';
import { findLiveSession, touchSession } from './sql/find-session.js';
import type { SessionRow } from './sql/session-row.js';
import { hashToken } from './session-token.js';

/** The live session a cookie's token opens, with its idle clock moved on; undefined when there is none. */
export async function sessionForToken(db: Db, token: string): Promise<SessionRow | undefined> {
  const session = await findLiveSession(db, hashToken(token), SESSION_IDLE_MS);
  if (session && Date.now() - new Date(session.last_seen_at).getTime() > SESSION_TOUCH_MS) await touchSession(db, session.id);
  return session;
}
