-- Back office: users and their sessions, login throttling, token-parameter search, four-eyes review.

-- Usernames are unique across the installation (case-insensitive): the login form has no tenant field.
CREATE TABLE users (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  username text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'reviewer', 'viewer')),
  disabled boolean NOT NULL DEFAULT false,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username ON users (lower(username));
CREATE INDEX users_tenant ON users (tenant_id, created_at);

-- Server-side sessions; the cookie holds a random token and only its hash is stored.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  id text NOT NULL UNIQUE,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  tenant_id text NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- Failed sign-ins per username and per client address, for the lock after too many.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  window_started_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz
);

-- Which instances a session has seen (personal data viewing is audited once per instance per session)
-- and which it has revealed (viewers see document numbers and images only after an explicit reveal).
CREATE TABLE session_instance_access (
  session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('view', 'reveal')),
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, instance_id, kind)
);

-- Search on any process-token parameter, exact and case-sensitive: `parameters @> {"name": "value"}`.
CREATE INDEX process_tokens_parameters ON process_tokens USING gin (parameters jsonb_path_ops);
CREATE INDEX instances_token_list ON instances (tenant_id, process_token_id, created_dtm DESC, id DESC);

-- The parameter names each tenant's tokens use, kept by trigger so the list of names costs no scan.
CREATE TABLE token_parameter_names (
  tenant_id text NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (tenant_id, name)
);
CREATE FUNCTION remember_token_parameter_names() RETURNS trigger AS $$
BEGIN
  INSERT INTO token_parameter_names (tenant_id, name)
    SELECT NEW.tenant_id, k FROM jsonb_object_keys(NEW.parameters) AS k
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER process_tokens_parameter_names AFTER INSERT OR UPDATE OF parameters ON process_tokens
  FOR EACH ROW WHEN (jsonb_typeof(NEW.parameters) = 'object') EXECUTE FUNCTION remember_token_parameter_names();
INSERT INTO token_parameter_names (tenant_id, name)
  SELECT DISTINCT tenant_id, k FROM process_tokens, jsonb_object_keys(parameters) AS k
  WHERE jsonb_typeof(parameters) = 'object'
  ON CONFLICT DO NOTHING;

-- Per-tenant review settings (four-eyes); a tenant without a row has the defaults.
CREATE TABLE tenant_review_settings (
  tenant_id text PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
  four_eyes_enabled boolean NOT NULL,
  four_eyes_statuses jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text
);

-- An override that needs a second reviewer: proposed by one, approved or rejected by another.
CREATE TABLE review_proposals (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  instance_id text NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  proposed_by text NOT NULL,
  status text NOT NULL,
  wf_status text NOT NULL,
  comment text,
  request_id text,
  state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
  decided_by text,
  decided_at timestamptz,
  decision_comment text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_proposals_pending ON review_proposals (tenant_id, created_at) WHERE state = 'PENDING';
CREATE INDEX review_proposals_instance ON review_proposals (instance_id, created_at);
-- One open proposal per instance at a time.
CREATE UNIQUE INDEX review_proposals_one_pending ON review_proposals (instance_id) WHERE state = 'PENDING';

CREATE INDEX audit_log_target ON audit_log (tenant_id, target_id, id);
CREATE INDEX audit_log_instance ON audit_log (tenant_id, (details->>'instanceId'));
