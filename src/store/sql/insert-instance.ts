import type { Db } from '../db.js';
import type { ApplicantFields } from '../../domain/applicant.js';
import type { InstanceRow } from './instance-row.js';

export interface NewInstance {
  id: string;
  tenantId: string;
  definition: { id: string; name: string; version: number; type: string };
  entityId: string;
  processTokenId?: string;
  processTokenCounter?: number;
  applicant: ApplicantFields;
  input: Record<string, unknown>;
  requestId: string;
  expiringDtm?: string;
  /** Queue it for the workers (asynchronous), or hold it leased by `leaseOwner` to run inline. */
  queued: boolean;
  leaseOwner?: string;
  leaseMs?: number;
  notifyWebhooks: boolean;
}

export async function insertInstance(db: Db, n: NewInstance): Promise<InstanceRow> {
  const { rows } = await db.query<InstanceRow>(
    `INSERT INTO instances (id, tenant_id, definition_id, process_defn_name, process_defn_version, process_definition_type,
                            process_token_id, process_token_counter, entity_id, status, execution_state, wf_status,
                            first_name, last_name, date_of_birth, email, phone_number, nationality, doc_num, ext_id,
                            input, request_id, expiring_dtm, queued, lease_owner, lease_expires_at, process_server_id, notify_webhooks)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', NULL, 'UNCHECKED',
             $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $19, $20::timestamptz, true, $21,
             CASE WHEN $21::text IS NULL THEN NULL ELSE now() + ($22 || ' milliseconds')::interval END, $21, $23)
     RETURNING *`,
    [
      n.id,
      n.tenantId,
      n.definition.id,
      n.definition.name,
      n.definition.version,
      n.definition.type,
      n.processTokenId ?? null,
      n.processTokenCounter ?? null,
      n.entityId,
      n.applicant.firstName ?? null,
      n.applicant.lastName ?? null,
      n.applicant.dateOfBirth ?? null,
      n.applicant.email ?? null,
      n.applicant.phoneNumber ?? null,
      n.applicant.nationality ?? null,
      n.applicant.docNum ?? null,
      n.applicant.extId ?? null,
      JSON.stringify(n.input),
      n.requestId,
      n.expiringDtm ?? null,
      n.leaseOwner ?? null,
      String(n.leaseMs ?? 0),
      n.notifyWebhooks,
    ],
  );
  return rows[0];
}
