-- Core schema: tenants, keys, definitions, tokens, entities, instances and their results, timeline, audit.

CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'reviewer', 'viewer')),
  key_prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE definitions (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name text NOT NULL,
  version integer NOT NULL,
  type text NOT NULL DEFAULT 'KYC',
  source_format text NOT NULL CHECK (source_format IN ('bpmn', 'json')),
  source jsonb,
  bpmn_xml text NOT NULL,
  graph jsonb NOT NULL,
  used boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name, version)
);

CREATE TABLE process_tokens (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  definition_id text NOT NULL REFERENCES definitions(id),
  type text NOT NULL CHECK (type IN ('UNLIMITED', 'MULTI_USE_COUNT_LIMITED', 'MULTI_USE_TIME_LIMITED')),
  status text NOT NULL DEFAULT 'ACTIVE',
  not_before_dtm timestamptz,
  not_after_dtm timestamptz,
  max_count integer,
  counter integer NOT NULL DEFAULT 0,
  parameters jsonb NOT NULL DEFAULT '{}',
  ext_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX process_tokens_tenant ON process_tokens (tenant_id, created_at DESC);

CREATE TABLE entities (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  entity_type text NOT NULL DEFAULT 'INDIVIDUAL',
  data jsonb NOT NULL,
  monitored boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_tenant ON entities (tenant_id, created_at DESC);
CREATE INDEX entities_monitored ON entities (tenant_id) WHERE monitored;

CREATE TABLE instances (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  definition_id text NOT NULL REFERENCES definitions(id),
  process_defn_name text NOT NULL,
  process_defn_version integer NOT NULL,
  process_definition_type text NOT NULL,
  process_token_id text REFERENCES process_tokens(id) ON DELETE SET NULL,
  process_token_counter integer,
  entity_id text REFERENCES entities(id) ON DELETE SET NULL,
  status text NOT NULL,
  process_server_id text,
  -- millisecond precision, so that list cursors (JavaScript dates) are exact
  created_dtm timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  last_updated_dtm timestamptz NOT NULL DEFAULT now(),
  expiring_dtm timestamptz,
  completed_dtm timestamptz,
  ext_id text,
  last_name text,
  first_name text,
  date_of_birth text,
  phone_number text,
  email text,
  nationality text,
  reviewed_by text,
  doc_num text,
  request_id text,
  input jsonb NOT NULL DEFAULT '{}',
  -- workflowResult
  execution_state text,
  wf_status text NOT NULL DEFAULT 'UNCHECKED',
  wf_result text NOT NULL DEFAULT 'UNCHECKED',
  status_override_at timestamptz,
  status_override_by text,
  status_override_request_id text,
  status_override_comment text,
  issues jsonb NOT NULL DEFAULT '[]',
  errors jsonb NOT NULL DEFAULT '[]',
  validations jsonb NOT NULL DEFAULT '[]',
  flexible_fields jsonb NOT NULL DEFAULT '{}',
  started_at timestamptz,
  ended_at timestamptz,
  updated_by text,
  notes jsonb,
  -- engine bookkeeping
  next_element text,
  queued boolean NOT NULL DEFAULT false,
  run_after timestamptz NOT NULL DEFAULT now(),
  lease_owner text,
  lease_expires_at timestamptz,
  step_attempt integer NOT NULL DEFAULT 0,
  paused boolean NOT NULL DEFAULT false,
  waiting boolean NOT NULL DEFAULT false,
  notify_webhooks boolean NOT NULL DEFAULT false
);
-- The back-office list: every filter leads with the tenant and ends with the cursor order.
CREATE INDEX instances_list ON instances (tenant_id, created_dtm DESC, id DESC);
CREATE INDEX instances_list_status ON instances (tenant_id, status, created_dtm DESC, id DESC);
CREATE INDEX instances_list_definition ON instances (tenant_id, process_defn_name, created_dtm DESC, id DESC);
CREATE INDEX instances_list_first_name ON instances (tenant_id, first_name, created_dtm DESC, id DESC);
CREATE INDEX instances_list_last_name ON instances (tenant_id, last_name, created_dtm DESC, id DESC);
CREATE INDEX instances_entity ON instances (entity_id);
CREATE INDEX instances_token ON instances (process_token_id);
-- The engine's queue: only instances with work to do.
CREATE INDEX instances_runnable ON instances (run_after) WHERE queued;
CREATE INDEX instances_expiring ON instances (expiring_dtm) WHERE expiring_dtm IS NOT NULL AND completed_dtm IS NULL;

CREATE TABLE step_results (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  element_id text NOT NULL,
  step_name text NOT NULL,
  step_type text NOT NULL,
  result text NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz NOT NULL,
  request_id text,
  object_type text NOT NULL,
  object_id text,
  service_providers jsonb NOT NULL DEFAULT '[]',
  summary jsonb NOT NULL DEFAULT '{}',
  step_data jsonb NOT NULL DEFAULT '{}',
  errors jsonb NOT NULL DEFAULT '[]',
  -- A step is never recorded twice.
  UNIQUE (instance_id, element_id),
  UNIQUE (instance_id, seq)
);

CREATE TABLE process_results (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  step_result_id text NOT NULL REFERENCES step_results(id) ON DELETE CASCADE,
  entity_id text,
  class text NOT NULL,
  result text NOT NULL,
  manual_status text,
  system_status text NOT NULL DEFAULT 'VALID',
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text
);
CREATE INDEX process_results_instance ON process_results (instance_id);
CREATE INDEX process_results_step ON process_results (step_result_id);

CREATE TABLE risk_assessments (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  instance_id text NOT NULL UNIQUE REFERENCES instances(id) ON DELETE CASCADE,
  entity_id text NOT NULL,
  step_result_id text,
  thresholds jsonb NOT NULL,
  workflow_risk_score numeric NOT NULL,
  workflow_risk_level text NOT NULL,
  risk_score numeric NOT NULL,
  risk_level text NOT NULL,
  is_outdated boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  updated_request_id text
);

CREATE TABLE risk_factors (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  assessment_id text NOT NULL REFERENCES risk_assessments(id) ON DELETE CASCADE,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  step_result_id text,
  seq integer NOT NULL,
  factor text NOT NULL,
  value text NOT NULL,
  score numeric NOT NULL,
  description text,
  manual_override_score numeric,
  status text NOT NULL DEFAULT 'VALID',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text,
  updated_request_id text
);
CREATE INDEX risk_factors_assessment ON risk_factors (assessment_id, seq);

-- The timeline: one activity per step actually run.
CREATE TABLE activities (
  id bigserial PRIMARY KEY,
  tenant_id text NOT NULL,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  element_id text NOT NULL,
  name text NOT NULL,
  step_type text NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  outcome text NOT NULL,
  attempt integer NOT NULL DEFAULT 1,
  worker_id text
);
CREATE INDEX activities_instance ON activities (instance_id, id);

-- Append-only, hash-chained per tenant.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  tenant_id text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_tenant ON audit_log (tenant_id, id);

CREATE TABLE webhooks (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  url text NOT NULL,
  secret text NOT NULL,
  events jsonb NOT NULL DEFAULT '["workflow.completed"]',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_deliveries (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  webhook_id text NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  instance_id text,
  event text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'PENDING',
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  response_status integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE idempotency_keys (
  tenant_id text NOT NULL,
  key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  status_code integer,
  body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);
