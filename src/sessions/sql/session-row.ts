import type { Role } from '../../domain/index.js';

/** A live session with its user and tenant, as authentication reads it. */
export interface SessionRow {
  id: string;
  user_id: string;
  tenant_id: string;
  tenant_name: string;
  username: string;
  role: Role;
  csrf_token: string;
  last_seen_at: Date;
}
