/** An `instances` row as the database returns it. */
export interface InstanceRow {
  id: string;
  tenant_id: string;
  definition_id: string;
  process_defn_name: string;
  process_defn_version: number;
  process_definition_type: string;
  process_token_id: string | null;
  process_token_counter: number | null;
  entity_id: string | null;
  status: string;
  process_server_id: string | null;
  created_dtm: Date;
  last_updated_dtm: Date;
  expiring_dtm: Date | null;
  completed_dtm: Date | null;
  ext_id: string | null;
  last_name: string | null;
  first_name: string | null;
  date_of_birth: string | null;
  phone_number: string | null;
  email: string | null;
  nationality: string | null;
  reviewed_by: string | null;
  doc_num: string | null;
  request_id: string | null;
  input: Record<string, unknown>;
  execution_state: string | null;
  wf_status: string;
  wf_result: string;
  status_override_at: Date | null;
  status_override_by: string | null;
  status_override_request_id: string | null;
  status_override_comment: string | null;
  issues: unknown[];
  errors: unknown[];
  validations: unknown[];
  flexible_fields: Record<string, string>;
  started_at: Date | null;
  ended_at: Date | null;
  updated_by: string | null;
  notes: Record<string, unknown> | null;
  next_element: string | null;
  queued: boolean;
  run_after: Date;
  lease_owner: string | null;
  lease_expires_at: Date | null;
  step_attempt: number;
  paused: boolean;
  waiting: boolean;
  notify_webhooks: boolean;
}

export const APPLICANT_COLUMNS = {
  firstName: 'first_name',
  lastName: 'last_name',
  dateOfBirth: 'date_of_birth',
  email: 'email',
  phoneNumber: 'phone_number',
  nationality: 'nationality',
  docNum: 'doc_num',
  extId: 'ext_id',
} as const;
