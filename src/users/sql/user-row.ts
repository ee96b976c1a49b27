import type { Role } from '../../domain/index.js';

export interface UserRow {
  id: string;
  tenant_id: string;
  username: string;
  password_hash: string;
  role: Role;
  disabled: boolean;
  last_login_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** A user as the API shows it: never the password hash. */
export function userView(u: UserRow) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: u.id,
    tenantId: u.tenant_id,
    username: u.username,
    role: u.role,
    disabled: u.disabled,
    lastLoginAt: iso(u.last_login_at),
    createdAt: iso(u.created_at),
    updatedAt: iso(u.updated_at),
  };
}
export type UserView = ReturnType<typeof userView>;
