import { DOCUMENT_STATUS, type DocumentStatus } from '../../domain/vocabulary.js';
import type { Db } from '../../store/db.js';
import type { DocumentRow } from './rows.js';

/** The operator's status and message. */
export async function setOperatorStatus(db: Db, tenantId: string, documentId: string, status: DocumentStatus, message: string | null, notes?: string): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(
    `UPDATE documents SET operator_status = $3, operator_message = $4, notes = COALESCE($5, notes), updated_at = now()
      WHERE tenant_id = $1 AND id = $2 RETURNING *`,
    [tenantId, documentId, DOCUMENT_STATUS[status], message, notes ?? null],
  );
  return rows[0];
}

/** The auditor's status and message; the document becomes Audited by that user, with the auditor's fraud result. */
export async function setAuditorStatus(db: Db, tenantId: string, documentId: string, status: DocumentStatus, message: string | null, auditor: string): Promise<DocumentRow | undefined> {
  const fraud = status === 'Accepted' ? 'Passed' : status === 'Failed' ? 'Failed' : status === 'Referred' ? 'Referred' : 'NotPerformed';
  const { rows } = await db.query<DocumentRow>(
    `UPDATE documents SET auditor_status = $3, auditor_message = $4, audited = true, audited_by_user = $5,
            document_validations = jsonb_set(document_validations, '{DocumentFraudAuditor}', $6::jsonb), updated_at = now()
      WHERE tenant_id = $1 AND id = $2 RETURNING *`,
    [tenantId, documentId, DOCUMENT_STATUS[status], message, auditor, JSON.stringify({ Name: 'DocumentFraudAuditor', Result: fraud })],
  );
  return rows[0];
}
